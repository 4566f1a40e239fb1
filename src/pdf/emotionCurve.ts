import type { Stage } from '../model/index.ts';

export interface CurvePoint {
  x: number;
  y: number;
  score: number;
  /** The stage's index on the whole map. */
  stage: number;
}

export interface EmotionCurve {
  /** The scored stages of this page's group, each marked with a dot and its score. */
  marked: CurvePoint[];
  /** Where the path starts (it may lie outside the row, at a stage of another page). */
  start: { x: number; y: number } | null;
  /** Cubic Bézier segments for jsPDF's `lines`, each relative to the previous one's end. */
  segments: number[][];
}

/**
 * The emotion curve of one page's group of stages, from the scores of the whole map: `x` and
 * `y` place any stage's score, even one on another page. The path runs from the last scored
 * stage before the group to the first one after it, so clipped to the row it leaves the page
 * where the journey goes on, rather than stopping at the group's edge.
 */
export function emotionCurve(stages: readonly Stage[], scores: Readonly<Record<string, number>>, first: number, count: number, x: (stage: number) => number, y: (score: number) => number): EmotionCurve {
  const all: CurvePoint[] = [];
  stages.forEach((stage, i) => {
    // Own scores only: a stage id such as "constructor" names no score of an object's prototype.
    const score = Object.hasOwn(scores, stage.id) ? scores[stage.id] : undefined;
    if (score !== undefined) all.push({ x: x(i), y: y(score), score, stage: i });
  });
  const inGroup = (p: CurvePoint) => p.stage >= first && p.stage < first + count;
  if (all.length < 2) return { marked: all.filter(inGroup), start: null, segments: [] };
  const firstIn = all.findIndex((p) => p.stage >= first);
  const lastIn = all.findLastIndex((p) => p.stage < first + count);
  const from = firstIn === -1 ? all.length - 1 : Math.max(0, firstIn - 1);
  const to = lastIn === -1 ? 0 : Math.min(all.length - 1, lastIn + 1);
  const segments: number[][] = [];
  for (let i = from; i < to; i++) segments.push(catmullRom(all[i - 1] ?? all[i]!, all[i]!, all[i + 1]!, all[i + 2] ?? all[i + 1]!));
  return { marked: all.filter(inGroup), start: segments.length > 0 ? all[from]! : null, segments };
}

type Point = Pick<CurvePoint, 'x' | 'y'>;

/** The Catmull-Rom segment from p0 to p1 as a cubic Bézier, relative to p0. */
function catmullRom(before: Point, p0: Point, p1: Point, after: Point): number[] {
  const c1 = { x: p0.x + (p1.x - before.x) / 6, y: p0.y + (p1.y - before.y) / 6 };
  const c2 = { x: p1.x - (after.x - p0.x) / 6, y: p1.y - (after.y - p0.y) / 6 };
  return [c1.x - p0.x, c1.y - p0.y, c2.x - p0.x, c2.y - p0.y, p1.x - p0.x, p1.y - p0.y];
}
