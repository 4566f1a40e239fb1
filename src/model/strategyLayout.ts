import type { Translate } from '../i18n/index.ts';
import { STRATEGY_SECTIONS, type StrategyBand, type StrategySection, type StrategySectionId } from './strategy.ts';

/**
 * Where each section sits on the one-page canvas: three bands, top to bottom the business, the
 * customer, the plans and measures; each a row of six sections, Pre-Sales on the left mirrored
 * by Post-Sales on the right. The sections that span both phases sit in the middle of their band.
 */
export interface BandLayout {
  band: StrategyBand;
  /** Left to right. */
  sections: StrategySectionId[];
}

export const CANVAS_LAYOUT: readonly BandLayout[] = [
  { band: 'business', sections: ['goalsPre', 'businessActivitiesPre', 'culture', 'channels', 'businessActivitiesPost', 'goalsPost'] },
  { band: 'customer', sections: ['needsPre', 'customerActivitiesPre', 'who', 'interactionPreferences', 'customerActivitiesPost', 'needsPost'] },
  { band: 'plans', sections: ['salesModel', 'engagementPlan', 'metricsPre', 'metricsPost', 'serviceModel', 'retentionPlan'] },
];

const BY_ID = new Map<string, StrategySection>(STRATEGY_SECTIONS.map((s) => [s.id, s]));

export function sectionById(id: StrategySectionId): StrategySection {
  return BY_ID.get(id)!;
}

/** The canvas's own title of a section: "Key activities". */
export function sectionTitle(section: StrategySection, t: Translate): string {
  return t(`strategy.section.${section.id}.title`);
}

/** A section's name without its phase: "Customer key activities", where the title says only "Key activities". */
export function sectionName(section: StrategySection, t: Translate): string {
  return t(`strategy.section.${section.id}.name`);
}

/** Journeyboard's one-line guidance for filling a section in. */
export function sectionPrompt(section: StrategySection, t: Translate): string {
  return t(`strategy.section.${section.id}.prompt`);
}

export function phaseLabel(phase: 'pre' | 'post', t: Translate): string {
  return t(`strategy.phase.${phase}`);
}

/** "Goals · Pre-Sales": a section's name, with its phase when a twin section shares the name. */
export function sectionLabel(section: StrategySection, t: Translate): string {
  const twin = STRATEGY_SECTIONS.some((other) => other.id !== section.id && other.step === section.step && other.step !== null);
  const name = sectionName(section, t);
  return twin && section.phase !== 'both' ? t('strategy.sectionWithPhase', { name, phase: phaseLabel(section.phase, t) }) : name;
}

export function bandLabel(band: StrategyBand, t: Translate): string {
  return t(`strategy.band.${band}`);
}
