import type { Stage } from './stage.ts';
import { GUIDE_STEPS, clampStep } from './strategyGuide.ts';

/*
 * Which stage or guide step a presentation shows, and where next and previous go. Pure, so the
 * presenter's screen and every follower's agree on it from the same session fields.
 */

/**
 * The index of the stage on screen: the presented stage where it still exists; else, as when
 * someone deletes it while it is presented, the place it held (`lastIndex`) kept within the
 * stages left, so the presentation stays where it was instead of jumping to the start.
 * -1 when the map has no stages.
 */
export function presentedStageIndex(stages: readonly Pick<Stage, 'id'>[], stageId: string | null, lastIndex = 0): number {
  if (stages.length === 0) return -1;
  const index = stageId === null ? -1 : stages.findIndex((s) => s.id === stageId);
  if (index >= 0) return index;
  return Math.min(stages.length - 1, Math.max(0, Number.isFinite(lastIndex) ? Math.trunc(lastIndex) : 0));
}

/** The stage `step` stages on from the one at `index` (1 next, -1 previous), held to the first and last; null without stages. */
export function stageAfter(stages: readonly Pick<Stage, 'id'>[], index: number, step: number): string | null {
  if (stages.length === 0) return null;
  const to = Math.min(stages.length - 1, Math.max(0, index + step));
  return stages[to]!.id;
}

/** The guide step holding a section, or the first step for a section it does not know. */
export function guideStepOf(sectionId: string | null): number {
  const index = GUIDE_STEPS.findIndex((step) => step.sections.some((s) => s.id === sectionId));
  return Math.max(0, index);
}

/** The section that names a guide step (its first), for the session field; the step kept within the guide. */
export function guideSectionAt(step: number): string {
  return GUIDE_STEPS[clampStep(step)]!.sections[0]!.id;
}

/** What a key does in a presentation: presentation clickers send PageDown and PageUp. */
export function presentationKey(key: string, shiftKey = false): 'next' | 'previous' | 'stop' | null {
  if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !shiftKey)) return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp' || (key === ' ' && shiftKey)) return 'previous';
  if (key === 'Escape') return 'stop';
  return null;
}
