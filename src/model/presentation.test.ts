import { describe, expect, it } from 'vitest';
import { guideSectionAt, guideStepOf, presentationKey, presentedStageIndex, stageAfter } from './presentation.ts';
import { GUIDE_STEPS } from './strategyGuide.ts';

const stages = ['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => ({ id }));

describe('the presented stage', () => {
  it('is the stage in the session while it exists', () => {
    expect(presentedStageIndex(stages, 's2')).toBe(1);
    expect(presentedStageIndex(stages, 's6', 0)).toBe(5);
  });

  it('stays where it stood when the presented stage is deleted, held within the stages left', () => {
    const withoutS3 = stages.filter((s) => s.id !== 's3');
    expect(presentedStageIndex(withoutS3, 's3', 2)).toBe(2);
    expect(withoutS3[presentedStageIndex(withoutS3, 's3', 2)]!.id).toBe('s4');
    // The last stage deleted while presented: the new last one is shown.
    expect(presentedStageIndex(stages.slice(0, 5), 's6', 5)).toBe(4);
    expect(presentedStageIndex(stages.slice(0, 2), 'gone', 5)).toBe(1);
  });

  it('is the first stage when none was presented, and none on a map without stages', () => {
    expect(presentedStageIndex(stages, null)).toBe(0);
    expect(presentedStageIndex(stages, null, Number.NaN)).toBe(0);
    expect(presentedStageIndex([], 's1', 3)).toBe(-1);
  });
});

describe('the next and previous stage', () => {
  it('moves one stage on or back, and stops at the first and the last', () => {
    expect(stageAfter(stages, 0, 1)).toBe('s2');
    expect(stageAfter(stages, 1, -1)).toBe('s1');
    expect(stageAfter(stages, 0, -1)).toBe('s1');
    expect(stageAfter(stages, 5, 1)).toBe('s6');
    expect(stageAfter(stages, 9, 0)).toBe('s6');
    expect(stageAfter([], 0, 1)).toBeNull();
  });
});

describe('the presented guide step', () => {
  it('is found from the section the session names, and names each step by its first section', () => {
    for (let step = 0; step < GUIDE_STEPS.length; step++) expect(guideStepOf(guideSectionAt(step))).toBe(step);
    expect(guideStepOf('salesModel')).toBe(GUIDE_STEPS.length - 1);
    expect(guideStepOf(null)).toBe(0);
    expect(guideStepOf('no such section')).toBe(0);
    expect(guideSectionAt(99)).toBe(guideSectionAt(GUIDE_STEPS.length - 1));
  });
});

describe('presentation keys', () => {
  it('turn pages with the arrows, a clicker’s Page Down and Page Up, and Space; Escape stops', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((key) => presentationKey(key))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((key) => presentationKey(key))).toEqual(['previous', 'previous']);
    expect(presentationKey(' ', true)).toBe('previous');
    expect(presentationKey('Escape')).toBe('stop');
    expect(presentationKey('a')).toBeNull();
  });
});
