export interface CurvePoint { x: number; y: number }

/** The y of a score (-2..+2) in a band `height` tall with `padding` above and below. */
export function scoreY(score: number, height: number, padding: number): number {
  return padding + ((2 - score) / 4) * (height - 2 * padding);
}

/**
 * A smooth SVG path through the points (Catmull-Rom turned into cubic Béziers), passing
 * exactly through every point. One point draws nothing; two draw a straight line.
 */
export function smoothPath(points: readonly CurvePoint[]): string {
  if (points.length < 2) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M ${f(points[0]!.x)} ${f(points[0]!.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C ${f(c1.x)} ${f(c1.y)}, ${f(c2.x)} ${f(c2.y)}, ${f(p2.x)} ${f(p2.y)}`;
  }
  return d;
}
