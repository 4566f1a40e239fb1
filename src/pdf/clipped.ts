import { LIMITS, PART_KINDS, RECORD_KINDS, type Board, type Fields } from '../model/index.ts';
import { ellipsisAfter } from './printable.ts';

/*
 * A report may be drawn from any Board: a live document (which a board stored before its
 * fields were checked may hold over-long), a file, a test's. The report cuts each text to its
 * field's limit before any of it is measured, so the time to draw a board grows with its
 * number of records, never with the length of one text.
 */
const KINDS: Record<string, { fields: Fields }> = { ...RECORD_KINDS, ...PART_KINDS };

/** The most characters a text of `part` (cards, meta…) under `key` may hold: its field's, else the long-text limit. */
function maxLengthOf(part: string, key: string | undefined): number {
  if (key === 'tags') return LIMITS.tag;
  return (key !== undefined ? KINDS[part]?.fields[key]?.maxLength : undefined) ?? LIMITS.longText;
}

/** The text cut to `max` characters, ending with an ellipsis when anything was left out. */
export function clipWithEllipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: half a character would print as a box.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  const kept = text.slice(0, end).trimEnd();
  return kept + ellipsisAfter(kept);
}

/** The board with every text cut to its field's limit, and at most LIMITS.tags tags a card. */
export function clippedBoard(board: Board): Board {
  const out: Record<string, unknown> = {};
  for (const [part, value] of Object.entries(board)) out[part] = clippedValue(value, part);
  return out as unknown as Board;
}

function clippedValue(value: unknown, part: string, key?: string): unknown {
  if (typeof value === 'string') return clipWithEllipsis(value, maxLengthOf(part, key));
  if (Array.isArray(value)) {
    const items = key === 'tags' ? value.slice(0, LIMITS.tags) : value;
    // A list's items are records (keys of their own) or, for tags, texts under the list's key.
    return items.map((item) => clippedValue(item, part, typeof item === 'string' ? key : undefined));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clippedValue(v, part, k)]));
  }
  return value;
}
