import { z } from 'zod';
import { ColorSchema } from './colors.ts';
import { LIMITS } from './limits.ts';

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
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  touchpoints: 'Touchpoints',
  actions: 'Customer actions',
  channels: 'Channels',
  emotion: 'Emotions',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  owner: 'Internal owner',
  text: 'Notes',
};

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EmotionScoreSchema = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);

/** A row of the map. An emotion lane also keeps one score per stage, drawn as a curve. */
export const LaneSchema = z.object({
  id: z.string().min(1),
  order: z.string().min(1),
  kind: z.enum(LANE_KINDS).default('touchpoints'),
  title: z.string().max(LIMITS.title).default(''),
  color: ColorSchema.default('slate'),
  scores: z.record(z.string(), EmotionScoreSchema).default({}),
});
export type Lane = z.infer<typeof LaneSchema>;
export type LaneFields = Omit<Lane, 'id' | 'order' | 'scores'>;

export function clampEmotion(value: number): number {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(value)));
}
