import { describe, expect, it } from 'vitest';
import { BODY_LINE_STEPS, MIN_TITLE_AT_1080P, TITLE_STEPS, presentSizes, windowScale } from './presentSizes.ts';

const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 720 };

describe('the presented stage’s sizes', () => {
  it('give a sparse stage the largest type on a projector', () => {
    // The lighting template's stages: one lane of three cards.
    expect(presentSizes(PROJECTOR, [3]).cardTitle).toBe(TITLE_STEPS[0]);
  });

  it('shrink a fuller stage, never below 24 px card titles at 1920x1080', () => {
    const sparse = presentSizes(PROJECTOR, [3]);
    const full = presentSizes(PROJECTOR, [6, 5, 4]);
    expect(full.cardTitle).toBeLessThan(sparse.cardTitle);
    expect(full.cardTitle).toBeGreaterThanOrEqual(MIN_TITLE_AT_1080P);
    expect(presentSizes(PROJECTOR, [40, 40, 40, 40]).cardTitle).toBe(MIN_TITLE_AT_1080P);
  });

  it('scale with the window by the side that runs out first, and keep the parts in proportion', () => {
    expect(windowScale(PROJECTOR)).toBe(1);
    expect(windowScale(LAPTOP)).toBeCloseTo(2 / 3);
    expect(windowScale({ width: 1920, height: 720 })).toBeCloseTo(2 / 3);
    const laptop = presentSizes(LAPTOP, [3]);
    expect(laptop.cardTitle).toBeGreaterThanOrEqual(16);
    expect(laptop.cardTitle).toBeLessThan(presentSizes(PROJECTOR, [3]).cardTitle);
    for (const sizes of [laptop, presentSizes(PROJECTOR, [8, 8])]) {
      expect(sizes.stageTitle).toBeGreaterThan(sizes.cardTitle * 1.5);
      expect(sizes.cardBody).toBeLessThan(sizes.cardTitle);
      expect(sizes.cardBody).toBeGreaterThanOrEqual(12);
    }
  });

  it('never let a tiny window take the type below half its projector size', () => {
    expect(presentSizes({ width: 320, height: 200 }, [2]).cardTitle).toBe(MIN_TITLE_AT_1080P / 2);
  });
});

describe('the descriptions shown', () => {
  it('run longer where the stage has room and are cut shorter where it is full', () => {
    expect(presentSizes(PROJECTOR, [3]).bodyLines).toBe(BODY_LINE_STEPS[0]);
    expect(presentSizes(PROJECTOR, [40, 40]).bodyLines).toBe(BODY_LINE_STEPS.at(-1));
  });
});

describe('sticky notes beside the lanes', () => {
  it('take room from the cards, so a stage with notes may need smaller type', () => {
    const cards = [8];
    const without = presentSizes(PROJECTOR, cards);
    const withNotes = presentSizes(PROJECTOR, cards, { notes: true });
    expect(withNotes.cardTitle * 100 + withNotes.bodyLines).toBeLessThanOrEqual(without.cardTitle * 100 + without.bodyLines);
    expect(withNotes.cardTitle).toBeGreaterThanOrEqual(MIN_TITLE_AT_1080P);
  });
});

describe('cards without descriptions', () => {
  it('leave room for larger titles', () => {
    expect(presentSizes(PROJECTOR, [8], { notes: true, bodies: false }).cardTitle).toBeGreaterThan(presentSizes(PROJECTOR, [8], { notes: true }).cardTitle);
  });
});
