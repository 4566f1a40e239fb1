import type { z } from 'zod';
import { color, oneOf, optionalRef, order, scores, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';
import type { Translate } from '../i18n/index.ts';

export { EMOTION_MAX, EMOTION_MIN, EmotionScoreSchema, clampEmotion, isEmotion } from './field.ts';

/** What a row of the map holds; the kind decides its default title and how it is drawn. */
export const LANE_KINDS = [
  'touchpoints',
  'actions',
  'channels',
  'emotion',
  'painPoints',
  'opportunities',
  'owner',
  'text',
  // Each card a measure of its stage (NPS, conversion…) with a value and a target (measure.ts).
  'metrics',
  // A service blueprint's lanes, behind the customer's (blueprint.ts draws the lines between them).
  'frontstage',
  'backstage',
  'support',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

/** A lane kind as people read it, in the language of `t`: the title a lane shows while it has none of its own. */
export function laneKindLabel(kind: LaneKind, t: Translate): string {
  return t(`lane.kind.${kind}`);
}

/** Which of a persona's two curves an emotion lane draws: the journey as it is, or as it is to be (dashed). */
export const CURVE_STATES = ['asIs', 'toBe'] as const;
export type CurveState = (typeof CURVE_STATES)[number];

/**
 * A row of the map. An emotion lane also keeps one score per stage, drawn as a curve: its
 * persona's (persona.ts), in that persona's colour, as-is or to-be; or no one's.
 */
export const LANE = defineRecord('lanes', 'lane', 100, {
  order: order(),
  kind: oneOf('Kind', LANE_KINDS, 'touchpoints'),
  title: text('Title', LIMITS.title),
  color: color('Colour', 'slate'),
  scores: scores('Scores'),
  personaId: optionalRef('Persona'),
  curve: oneOf('Curve', CURVE_STATES, 'asIs'),
});

export const LaneSchema = LANE.schema;
export type Lane = z.infer<typeof LaneSchema>;
export type LaneFields = Omit<Lane, 'id' | 'order' | 'scores' | 'personaId' | 'curve'> & Partial<Pick<Lane, 'personaId' | 'curve'>>;

/**
 * The as-is curve a to-be emotion lane is compared with: the first as-is emotion lane of the
 * same persona, drawn pale under it, so the row reads as the change the team wants. None for
 * an as-is lane, a lane of no one, or a persona with no as-is curve.
 */
export function asIsCurveOf(lane: Lane, lanes: readonly Lane[]): Lane | null {
  if (lane.kind !== 'emotion' || lane.curve !== 'toBe' || lane.personaId === null) return null;
  return lanes.find((other) => other.kind === 'emotion' && other.curve === 'asIs' && other.personaId === lane.personaId) ?? null;
}
