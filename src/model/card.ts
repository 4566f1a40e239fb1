import { z } from 'zod';
import { ColorSchema } from './colors.ts';
import { EmotionScoreSchema } from './lane.ts';
import { LIMITS } from './limits.ts';

/**
 * A touchpoint (or action, pain point…) in one cell of the grid. It stores which cell it is in
 * and its order there, never a pixel position: the layout derives positions.
 */
export const CardSchema = z.object({
  id: z.string().min(1),
  stageId: z.string(),
  laneId: z.string(),
  order: z.string().min(1),
  title: z.string().max(LIMITS.shortText).default(''),
  body: z.string().max(LIMITS.longText).default(''),
  channel: z.string().max(LIMITS.title).default(''),
  owner: z.string().max(LIMITS.title).default(''),
  emotion: EmotionScoreSchema.nullable().default(null),
  tags: z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags).default([]),
  color: ColorSchema.default('slate'),
  link: z.string().max(LIMITS.link).default(''),
});
export type Card = z.infer<typeof CardSchema>;
export type CardTextField = 'title' | 'body';
export type CardFields = Omit<Card, 'id' | 'stageId' | 'laneId' | 'order' | CardTextField>;

export const CARD_DEFAULTS: CardFields & Pick<Card, CardTextField> = {
  title: '',
  body: '',
  channel: '',
  owner: '',
  emotion: null,
  tags: [],
  color: 'slate',
  link: '',
};

const FOLLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The link as an href only when it is safe to follow; `javascript:` and friends return null. */
export function safeHref(link: string): string | null {
  const text = link.trim();
  // Most cards have no link. Asked of every card on each layout, a thrown error was the costly
  // part: it records the call stack, deep inside React's render.
  if (!text) return null;
  try {
    const url = new URL(text);
    return FOLLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
