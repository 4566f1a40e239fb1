import type { z } from 'zod';
import { color, emotion, oneOf, optionalNumber, optionalRef, order, rating, ref, string, tags, text } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/** Which way a measure gets better: NPS up, effort or waiting down. */
export const MEASURE_DIRECTIONS = ['higher', 'lower'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

/** The largest magnitude a measure's value or target may have: past it a number stops being exact. */
export const MEASURE_LIMIT = 1e15;

/**
 * A touchpoint (or action, pain point…) in one cell of the grid. It stores which cell it is in
 * and its order there, never a pixel position: the layout derives positions. In a measures lane
 * a card is a measure (measure.ts): its title names it (NPS), and it has a value, a target, a
 * unit, the way it gets better, and the strategy canvas's Metrics item it measures. An
 * opportunity is rated for impact and effort, 1 to 5 (opportunities.ts ranks them).
 */
export const CARD = defineRecord('cards', 'card', 20_000, {
  stageId: ref('Stage'),
  laneId: ref('Lane'),
  order: order(),
  title: text('Title', LIMITS.shortText),
  body: text('Description', LIMITS.longText),
  channel: string('Channel', LIMITS.title),
  owner: string('Owner', LIMITS.title),
  emotion: emotion('Emotion'),
  tags: tags('Tags'),
  color: color('Colour', 'slate'),
  link: string('Link', LIMITS.link),
  value: optionalNumber('Value', { min: -MEASURE_LIMIT, max: MEASURE_LIMIT }),
  target: optionalNumber('Target', { min: -MEASURE_LIMIT, max: MEASURE_LIMIT }),
  unit: string('Unit', LIMITS.unit),
  better: oneOf('Better when', MEASURE_DIRECTIONS, 'higher'),
  metricId: optionalRef('Strategy metric'),
  impact: rating('Impact'),
  effort: rating('Effort'),
});

export const CardSchema = CARD.schema;
export type Card = z.infer<typeof CardSchema>;
export type CardTextField = 'title' | 'body';
/** What the card editor and the clipboard set, besides the texts and the cell. */
export const CARD_DETAIL_KEYS = ['channel', 'owner', 'emotion', 'tags', 'color', 'link', 'value', 'target', 'unit', 'better', 'metricId', 'impact', 'effort'] as const;
export type CardFields = Pick<Card, (typeof CARD_DETAIL_KEYS)[number]>;
/** The columns of the touchpoints spreadsheet, after the stage and the lane. */
export const CARD_CSV_KEYS = ['title', 'body', 'channel', 'owner', 'emotion', 'tags', 'impact', 'effort'] as const;

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
