import { describe, expect, it } from 'vitest';
import type { Stage } from '../model/index.ts';
import { emotionCurve } from './emotionCurve.ts';

const stages = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}` }) as Stage);
const x = (first: number) => (stage: number) => (stage - first) * 100 + 50;
const y = (score: number) => 50 - score * 10;
/** Where a path ends: its start plus every segment's end, each relative to the one before. */
const end = (curve: ReturnType<typeof emotionCurve>) =>
  curve.segments.reduce((at, s) => ({ x: at.x + s[4]!, y: at.y + s[5]! }), curve.start!);

describe('the emotion curve of one page of stages', () => {
  const scores = { s0: 1, s1: 2, s2: -1, s3: -2, s4: 0, s5: 1 };

  it('runs on from the last stage of the page before to the first one of the page after', () => {
    const middle = emotionCurve(stages, scores, 2, 2, x(2), y);
    expect(middle.marked.map((p) => p.stage)).toEqual([2, 3]);
    expect(middle.start).toEqual({ x: -50, y: 30, score: 2, stage: 1 });
    expect(middle.segments).toHaveLength(3);
    expect(end(middle)).toMatchObject({ x: 250, y: 50 });
  });

  it('starts at the first stage on the first page and stops at the last one on the last', () => {
    const firstPage = emotionCurve(stages, scores, 0, 3, x(0), y);
    expect(firstPage.start).toMatchObject({ x: 50, stage: 0 });
    expect(end(firstPage).x).toBe(350);
    const lastPage = emotionCurve(stages, scores, 3, 3, x(3), y);
    expect(lastPage.start).toMatchObject({ x: -50, stage: 2 });
    expect(end(lastPage).x).toBe(250);
  });

  it('crosses a page whose stages have no score, from the scored stages either side', () => {
    const gap = emotionCurve(stages, { s0: 1, s5: -1 }, 2, 2, x(2), y);
    expect(gap.marked).toEqual([]);
    expect(gap.start).toMatchObject({ stage: 0 });
    expect(gap.segments).toHaveLength(1);
  });

  it('draws no path for fewer than two scores on the whole map', () => {
    expect(emotionCurve(stages, { s2: 1 }, 0, 3, x(0), y)).toMatchObject({ start: null, segments: [] });
    expect(emotionCurve(stages, {}, 0, 3, x(0), y)).toMatchObject({ start: null, segments: [], marked: [] });
  });
});
