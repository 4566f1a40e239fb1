import type { z } from 'zod';
import { oneOf, optionalRef, order, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

export type StrategyBand = 'business' | 'customer' | 'plans';
export type SalesPhase = 'pre' | 'post' | 'both';

export interface StrategySection {
  id: StrategySectionId;
  /** The order in which a team fills the canvas in (1–12); the Sales model panel has none. */
  step: number | null;
  band: StrategyBand;
  phase: SalesPhase;
}

/**
 * The sections of the Customer Experience Strategy Canvas (Cust. Core 2015), in fill order.
 * Titles (the canvas's own) and prompts (Journeyboard's one-line guidance) are in the i18n
 * catalogues, under strategy.section.<id>.
 */
export const STRATEGY_SECTIONS = [
  { id: 'who', step: 1, band: 'customer', phase: 'both' },
  { id: 'needsPre', step: 2, band: 'customer', phase: 'pre' },
  { id: 'needsPost', step: 2, band: 'customer', phase: 'post' },
  { id: 'customerActivitiesPre', step: 3, band: 'customer', phase: 'pre' },
  { id: 'customerActivitiesPost', step: 3, band: 'customer', phase: 'post' },
  { id: 'interactionPreferences', step: 4, band: 'customer', phase: 'both' },
  { id: 'goalsPre', step: 5, band: 'business', phase: 'pre' },
  { id: 'goalsPost', step: 5, band: 'business', phase: 'post' },
  { id: 'culture', step: 6, band: 'business', phase: 'both' },
  { id: 'businessActivitiesPre', step: 7, band: 'business', phase: 'pre' },
  { id: 'businessActivitiesPost', step: 7, band: 'business', phase: 'post' },
  { id: 'channels', step: 8, band: 'business', phase: 'both' },
  { id: 'serviceModel', step: 9, band: 'plans', phase: 'post' },
  { id: 'metricsPre', step: 10, band: 'plans', phase: 'pre' },
  { id: 'metricsPost', step: 10, band: 'plans', phase: 'post' },
  { id: 'engagementPlan', step: 11, band: 'plans', phase: 'pre' },
  { id: 'retentionPlan', step: 12, band: 'plans', phase: 'post' },
  { id: 'salesModel', step: null, band: 'plans', phase: 'pre' },
] as const satisfies readonly (Omit<StrategySection, 'id'> & { id: string })[];

export type StrategySectionId = (typeof STRATEGY_SECTIONS)[number]['id'];
export const STRATEGY_SECTION_IDS = STRATEGY_SECTIONS.map((s) => s.id) as StrategySectionId[];
export const CHANNELS_SECTION: StrategySectionId = 'channels';

/** The sections whose items are measures, and so may be attached to a stage of the map. */
export const METRIC_SECTIONS: readonly StrategySectionId[] = ['metricsPre', 'metricsPost'];

export function isMetricSection(id: StrategySectionId): boolean {
  return METRIC_SECTIONS.includes(id);
}

export function isStrategySectionId(value: unknown): value is StrategySectionId {
  return typeof value === 'string' && (STRATEGY_SECTION_IDS as string[]).includes(value);
}

/** One line of a section. A metric may be attached to a stage, and then shows on the map. */
export const STRATEGY_ITEM = defineRecord('strategy', 'strategy item', 2_000, {
  sectionId: oneOf('Section', STRATEGY_SECTION_IDS),
  order: order(),
  text: text('Text', LIMITS.longText),
  stageId: optionalRef('Stage'),
});

export const StrategyItemSchema = STRATEGY_ITEM.schema;
export type StrategyItem = z.infer<typeof StrategyItemSchema>;
