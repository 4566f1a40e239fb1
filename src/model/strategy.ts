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
  title: string;
  band: StrategyBand;
  phase: SalesPhase;
  prompt: string;
}

/**
 * The sections of the Customer Experience Strategy Canvas (Cust. Core 2015), in fill order.
 * Titles are the canvas's own; prompts are Journeyboard's one-line guidance.
 */
export const STRATEGY_SECTIONS = [
  { id: 'who', step: 1, title: 'Who', band: 'customer', phase: 'both', prompt: 'Who the customers are: segment, location, what they like.' },
  { id: 'needsPre', step: 2, title: 'Needs', band: 'customer', phase: 'pre', prompt: 'What customers need before they buy.' },
  { id: 'needsPost', step: 2, title: 'Needs', band: 'customer', phase: 'post', prompt: 'What customers need once they have bought.' },
  { id: 'customerActivitiesPre', step: 3, title: 'Key activities', band: 'customer', phase: 'pre', prompt: 'What customers do on the way to a purchase.' },
  { id: 'customerActivitiesPost', step: 3, title: 'Key activities', band: 'customer', phase: 'post', prompt: 'What customers do after the purchase.' },
  { id: 'interactionPreferences', step: 4, title: 'Interaction preferences', band: 'customer', phase: 'both', prompt: 'How customers prefer to reach you, and when.' },
  { id: 'goalsPre', step: 5, title: 'Goals', band: 'business', phase: 'pre', prompt: 'What the business wants to achieve before the sale.' },
  { id: 'goalsPost', step: 5, title: 'Goals', band: 'business', phase: 'post', prompt: 'What the business wants to achieve after the sale.' },
  { id: 'culture', step: 6, title: 'Culture', band: 'business', phase: 'both', prompt: 'The values and habits that shape how the team treats customers.' },
  { id: 'businessActivitiesPre', step: 7, title: 'Key activities', band: 'business', phase: 'pre', prompt: 'What the business does to win the sale.' },
  { id: 'businessActivitiesPost', step: 7, title: 'Key activities', band: 'business', phase: 'post', prompt: 'What the business does to serve and keep the customer.' },
  { id: 'channels', step: 8, title: 'Channels', band: 'business', phase: 'both', prompt: 'Where customers meet you; touchpoint cards choose from this list.' },
  { id: 'serviceModel', step: 9, title: 'Service model', band: 'plans', phase: 'post', prompt: 'How service is given: hours, ownership, channels, follow-up.' },
  { id: 'metricsPre', step: 10, title: 'Metrics', band: 'plans', phase: 'pre', prompt: 'How success before the sale is measured.' },
  { id: 'metricsPost', step: 10, title: 'Metrics', band: 'plans', phase: 'post', prompt: 'How success after the sale is measured.' },
  { id: 'engagementPlan', step: 11, title: 'Awareness / engagement plan', band: 'plans', phase: 'pre', prompt: 'How customers come to know you and stay engaged.' },
  { id: 'retentionPlan', step: 12, title: 'Retention plan', band: 'plans', phase: 'post', prompt: 'How customers are kept and brought back.' },
  { id: 'salesModel', step: null, title: 'Sales model', band: 'plans', phase: 'pre', prompt: 'The principles that guide selling.' },
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
