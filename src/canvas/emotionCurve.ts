export interface CurvePoint { x: number; y: number }

/** The emotion lane's drawing: room above +2 and below -2, and the radius of a score's point. */
export const EMOTION_CURVE = { padding: 28, point: 7 } as const;

/** The y of a score (-2..+2) in a band `height` tall with `padding` above and below. */
export function scoreY(score: number, height: number, padding: number): number {
  return padding + ((2 - score) / 4) * (height - 2 * padding);
}

/** One cubic Bézier piece of the curve: two control points and where it ends. */
export interface CurveSegment { c1: CurvePoint; c2: CurvePoint; to: CurvePoint }

/**
 * A smooth curve through the points (Catmull-Rom turned into cubic Béziers), passing exactly
 * through every point, as the pieces that follow the first point.
 */
export function smoothSegments(points: readonly CurvePoint[]): CurveSegment[] {
  const segments: CurveSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    segments.push({
      c1: { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 },
      c2: { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 },
      to: p2,
    });
  }
  return segments;
}

/** The smooth curve as an SVG path. One point draws nothing; two draw a straight line. */
export function smoothPath(points: readonly CurvePoint[]): string {
  if (points.length < 2) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  const pieces = smoothSegments(points).map(({ c1, c2, to }) => ` C ${f(c1.x)} ${f(c1.y)}, ${f(c2.x)} ${f(c2.y)}, ${f(to.x)} ${f(to.y)}`);
  return `M ${f(points[0]!.x)} ${f(points[0]!.y)}${pieces.join('')}`;
}
