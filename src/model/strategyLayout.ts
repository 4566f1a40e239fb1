import { STRATEGY_SECTIONS, type StrategyBand, type StrategySection, type StrategySectionId } from './strategy.ts';

/**
 * Where each section sits on the one-page canvas: three bands, top to bottom the business, the
 * customer, the plans and measures; each a row of six sections, Pre-Sales on the left mirrored
 * by Post-Sales on the right. The sections that span both phases sit in the middle of their band.
 */
export interface BandLayout {
  band: StrategyBand;
  label: string;
  /** Left to right. */
  sections: StrategySectionId[];
}

export const CANVAS_LAYOUT: readonly BandLayout[] = [
  { band: 'business', label: 'Business', sections: ['goalsPre', 'businessActivitiesPre', 'culture', 'channels', 'businessActivitiesPost', 'goalsPost'] },
  { band: 'customer', label: 'Customer', sections: ['needsPre', 'customerActivitiesPre', 'who', 'interactionPreferences', 'customerActivitiesPost', 'needsPost'] },
  { band: 'plans', label: 'Plans and measures', sections: ['salesModel', 'engagementPlan', 'metricsPre', 'metricsPost', 'serviceModel', 'retentionPlan'] },
];

const BY_ID = new Map<string, StrategySection>(STRATEGY_SECTIONS.map((s) => [s.id, s]));

export function sectionById(id: StrategySectionId): StrategySection {
  return BY_ID.get(id)!;
}

const PHASE_LABELS = { pre: 'Pre-Sales', post: 'Post-Sales', both: '' } as const;

/** A section's name without its phase: "Customer key activities", where the title says only "Key activities". */
export function sectionName(section: StrategySection): string {
  if (section.title !== 'Key activities') return section.title;
  return section.band === 'business' ? 'Business key activities' : 'Customer key activities';
}

/** "Goals · Pre-Sales": a section's name, with its phase when a twin section shares the name. */
export function sectionLabel(section: StrategySection): string {
  const phase = PHASE_LABELS[section.phase];
  const twin = STRATEGY_SECTIONS.some((other) => other.id !== section.id && other.step === section.step && other.step !== null);
  return twin && phase ? `${sectionName(section)} · ${phase}` : sectionName(section);
}

export function bandLabel(band: StrategyBand): string {
  return CANVAS_LAYOUT.find((b) => b.band === band)!.label;
}
