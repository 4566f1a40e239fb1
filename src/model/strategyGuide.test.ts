import { describe, expect, it } from 'vitest';
import { STRATEGY_SECTIONS } from './index.ts';
import { GUIDE_STEPS, NUMBERED_STEPS, clampStep } from './strategyGuide.ts';

describe('the guided walk', () => {
  it('goes through steps 1 to 12 in order, then the unnumbered Sales model panel', () => {
    expect(GUIDE_STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null]);
    expect(NUMBERED_STEPS).toBe(12);
    expect(GUIDE_STEPS.at(-1)!.sections.map((s) => s.id)).toEqual(['salesModel']);
  });

  it('shows a step’s Pre-Sales and Post-Sales sections together, pre first', () => {
    const needs = GUIDE_STEPS.find((s) => s.step === 2)!;
    expect(needs.sections.map((s) => s.id)).toEqual(['needsPre', 'needsPost']);
    const metrics = GUIDE_STEPS.find((s) => s.step === 10)!;
    expect(metrics.sections.map((s) => s.phase)).toEqual(['pre', 'post']);
  });

  it('visits every section once', () => {
    expect(GUIDE_STEPS.flatMap((s) => s.sections).length).toBe(STRATEGY_SECTIONS.length);
  });

  it('keeps a requested step inside the walk', () => {
    expect(clampStep(-3)).toBe(0);
    expect(clampStep(99)).toBe(GUIDE_STEPS.length - 1);
    expect(clampStep(Number.NaN)).toBe(0);
    expect(clampStep(2.7)).toBe(2);
  });
});
