/** Sizes past which text is cut, so a huge paste cannot bloat every client's document. */
export const LIMITS = {
  title: 200,
  shortText: 500,
  longText: 20_000,
  tags: 20,
  tag: 40,
  link: 2_000,
  /** A measure's unit: %, pts, days. */
  unit: 20,
  /** A person's display name. */
  name: 40,
  /** A record's id, and a reference to one (a vote's id joins two). */
  id: 100,
  /** A fractional order key; keys grow only when many records go between the same two. */
  order: 1_000,
  locale: 35,
  /** The lanes, and the cards, one dot voting round may cover. */
  roundScope: 20_000,
} as const;

/**
 * Fields this version does not know (written by a newer Journeyboard, or by hand) are kept and
 * handed on, within these bounds: deep or huge values would cost every copy of the board.
 */
export const EXTRA_LIMITS = {
  /** How deeply arrays and objects may nest inside one record's unknown fields. */
  depth: 16,
  /** The unknown fields of one record, as JSON. */
  recordBytes: 8 * 1024,
  /** The unknown fields of a whole file, as JSON. */
  fileBytes: 1024 * 1024,
} as const;

export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
