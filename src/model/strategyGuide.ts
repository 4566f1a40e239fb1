import { STRATEGY_SECTIONS, type StrategySection } from './strategy.ts';

/** One page of the guided walk: a fill-order step with its sections (pre and post side by side). */
export interface GuideStep {
  /** 1–12, or null for the Sales model panel, which the canvas does not number. */
  step: number | null;
  sections: StrategySection[];
}

/** The canvas in fill order, 1 to 12, then the unnumbered Sales model panel. */
export const GUIDE_STEPS: readonly GuideStep[] = (() => {
  const steps: GuideStep[] = [];
  for (const section of STRATEGY_SECTIONS) {
    const last = steps.at(-1);
    if (last && section.step !== null && last.step === section.step) last.sections.push(section);
    else steps.push({ step: section.step, sections: [section] });
  }
  return steps.sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity));
})();

export const NUMBERED_STEPS = GUIDE_STEPS.filter((s) => s.step !== null).length;

/** A step index kept inside the walk, whatever was asked for. */
export function clampStep(index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(GUIDE_STEPS.length - 1, Math.max(0, Math.trunc(index)));
}
