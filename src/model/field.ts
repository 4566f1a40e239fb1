import { z } from 'zod';
import { COLOR_NAMES, isColorName, type ColorName } from './colors.ts';
import { LIMITS, clip } from './limits.ts';

/*
 * One field of a record kind, defined once. Everything that reads or writes the field derives
 * from this: the file schema (strict: a bad value refuses the file, naming its path), the
 * document reader and the commands' cleaner (lenient: a value is cut or clamped into shape, or
 * read as empty), the clipboard, the CSV, and the server's check of every update (strict).
 */

/**
 * How the board's document stores the field: a plain value (last writer wins), a Y.Text that
 * people type into together, or a Y.Map of scores.
 */
export type FieldStorage = 'value' | 'text' | 'map';

export interface Field<T = unknown, S extends z.ZodType = z.ZodType> {
  /** The field's name for people: error messages, the CSV header. */
  readonly label: string;
  readonly storage: FieldStorage;
  /** What a missing or unusable value reads as; undefined for a field a record cannot lack. */
  readonly empty: T;
  /** For a file: the value must be this, or the file is refused at the field's path. */
  readonly schema: S;
  /** The value made usable (cut to size, clamped), or undefined when nothing can be made of it. */
  coerce(value: unknown): T | undefined;
  /** For the server: whether a stored value is exactly right. Texts are measured apart (maxLength). */
  accepts(value: unknown): boolean;
  /** For texts and strings: the most characters (UTF-16 units, as Yjs counts) they may hold. */
  readonly maxLength?: number;
  /** The value as a spreadsheet cell. */
  toText(value: T): string;
}

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function isStringUpTo(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function stringField(label: string, max: number, storage: 'value' | 'text', empty = '') {
  return {
    label,
    storage,
    empty,
    schema: z.string().max(max).default(empty),
    maxLength: max,
    coerce: (value: unknown) => (typeof value === 'string' ? clip(value, max) : undefined),
    accepts: (value: unknown) => isStringUpTo(value, max),
    toText: asText,
  } satisfies Field<string>;
}

/** Free text people type together: a Y.Text in the document (a plain string from older clients). */
export function text(label: string, max: number, empty = '') {
  return stringField(label, max, 'text', empty);
}

/** A short value that one person sets at a time: a channel, an owner, a link. */
export function string(label: string, max: number, empty = '') {
  return stringField(label, max, 'value', empty);
}

/** The id of another record. A file must give it (`required`: and not empty). */
export function ref(label: string, { required = false } = {}) {
  const base = z.string().max(LIMITS.id);
  return {
    label,
    storage: 'value',
    empty: '',
    schema: required ? base.min(1) : base,
    maxLength: LIMITS.id,
    coerce: (value: unknown) => (isStringUpTo(value, LIMITS.id) ? value : undefined),
    accepts: (value: unknown) => isStringUpTo(value, LIMITS.id),
    toText: asText,
  } satisfies Field<string>;
}

/** The id of another record, or null for none. */
export function optionalRef(label: string) {
  return {
    label,
    storage: 'value',
    empty: null as string | null,
    schema: z.string().max(LIMITS.id).nullable().default(null),
    maxLength: LIMITS.id,
    coerce: (value: unknown) => (value === null || isStringUpTo(value, LIMITS.id) ? value : undefined),
    accepts: (value: unknown) => value === null || isStringUpTo(value, LIMITS.id),
    toText: asText,
  } satisfies Field<string | null>;
}

/** A fractional order key (order.ts); the readers sort by it. */
export function order() {
  return {
    label: 'Position',
    storage: 'value',
    empty: 'a0',
    schema: z.string().min(1).max(LIMITS.order),
    maxLength: LIMITS.order,
    coerce: (value: unknown) => (typeof value === 'string' && value !== '' && value.length <= LIMITS.order ? value : undefined),
    accepts: (value: unknown) => typeof value === 'string' && value !== '' && value.length <= LIMITS.order,
    toText: asText,
  } satisfies Field<string>;
}

export function color(label: string, empty: ColorName) {
  return {
    label,
    storage: 'value',
    empty,
    schema: z.enum(COLOR_NAMES).default(empty),
    coerce: (value: unknown) => (isColorName(value) ? value : undefined),
    accepts: isColorName,
    toText: asText,
  } satisfies Field<ColorName>;
}

/** One of a fixed list. Without `empty`, a record that lacks it is no record at all. */
export function oneOf<const V extends string>(label: string, values: readonly V[], empty?: V) {
  const is = (value: unknown): value is V => typeof value === 'string' && (values as readonly string[]).includes(value);
  const base = z.enum(values as unknown as [V, ...V[]]);
  return {
    label,
    storage: 'value',
    empty: empty as V,
    schema: empty === undefined ? base : base.default(empty),
    coerce: (value: unknown) => (is(value) ? value : undefined),
    accepts: is,
    toText: asText,
  } satisfies Field<V>;
}

export function number(label: string, { empty = 0, min = -Infinity, max = Infinity, integer = false } = {}) {
  const ok = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  let schema = z.number().min(min).max(max);
  if (integer) schema = schema.int();
  return {
    label,
    storage: 'value',
    empty,
    schema: schema.default(empty),
    coerce: (value: unknown) => (ok(value) ? value : undefined),
    accepts: ok,
    toText: asText,
  } satisfies Field<number>;
}

/**
 * The last moment a JavaScript date can hold (8.64e15 ms after 1970): a time past it cannot be
 * shown, and formatting it throws, so no stored time may go beyond it.
 */
export const LATEST_MOMENT = 8_640_000_000_000_000;

/** A moment, in milliseconds since 1970, that a date can show. */
export function moment(label: string) {
  return number(label, { min: 0, max: LATEST_MOMENT });
}

/** A moment that a date can show, or null for none (a timer that is not running). */
export function optionalMoment(label: string) {
  return optionalNumber(label, { min: 0, max: LATEST_MOMENT });
}

/** A number, or null for none (a timer that is not running). */
export function optionalNumber(label: string, { min = -Infinity, max = Infinity } = {}) {
  const ok = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  return {
    label,
    storage: 'value',
    empty: null as number | null,
    schema: z.number().min(min).max(max).nullable().default(null),
    coerce: (value: unknown) => (value === null || ok(value) ? value : undefined),
    accepts: (value: unknown) => value === null || ok(value),
    toText: asText,
  } satisfies Field<number | null>;
}

export function boolean(label: string, empty = false) {
  return {
    label,
    storage: 'value',
    empty,
    schema: z.boolean().default(empty),
    coerce: (value: unknown) => (typeof value === 'boolean' ? value : undefined),
    accepts: (value: unknown) => typeof value === 'boolean',
    toText: (value: boolean) => (value ? 'yes' : ''),
  } satisfies Field<boolean>;
}

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EmotionScoreSchema = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);

/** A score from -2 to +2 as a person would mean it: 5 is "very positive", 0.6 is "positive". */
export function clampEmotion(value: number): number {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(value)));
}

export function isEmotion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= EMOTION_MIN && value <= EMOTION_MAX;
}

function coerceEmotion(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? clampEmotion(value) : undefined;
}

/** How a moment feels, -2 to +2, or null for not said. */
export function emotion(label: string) {
  return {
    label,
    storage: 'value',
    empty: null as number | null,
    schema: EmotionScoreSchema.nullable().default(null),
    coerce: (value: unknown) => (value === null ? null : coerceEmotion(value)),
    accepts: (value: unknown) => value === null || isEmotion(value),
    toText: asText,
  } satisfies Field<number | null>;
}

/** The lowest and highest of a 1–5 rating (an opportunity's impact or effort). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;
}

/** A rating from 1 to 5, or null for not rated; a number outside is brought to the nearest. */
export function rating(label: string) {
  return {
    label,
    storage: 'value',
    empty: null as number | null,
    schema: z.number().int().min(RATING_MIN).max(RATING_MAX).nullable().default(null),
    coerce: (value: unknown) => (value === null ? null : typeof value === 'number' && Number.isFinite(value) ? Math.max(RATING_MIN, Math.min(RATING_MAX, Math.round(value))) : undefined),
    accepts: (value: unknown) => value === null || isRating(value),
    toText: asText,
  } satisfies Field<number | null>;
}

/** Labels on a card: unique, trimmed, none empty, each and all of them capped. */
export function tags(label: string) {
  const max = LIMITS.tags;
  const itemMax = LIMITS.tag;
  return {
    label,
    storage: 'value',
    // Frozen: one empty list is shared by every record that reads as having none.
    empty: Object.freeze([]) as unknown as string[],
    schema: z.array(z.string().max(itemMax)).max(max).default([]),
    coerce(value: unknown) {
      if (!Array.isArray(value)) return undefined;
      const out = new Set<string>();
      for (const item of value) {
        if (out.size >= max) break;
        const tag = typeof item === 'string' ? clip(item.trim(), itemMax).trim() : '';
        if (tag) out.add(tag);
      }
      return [...out];
    },
    accepts: (value: unknown) => Array.isArray(value) && value.length <= max && value.every((item) => isStringUpTo(item, itemMax)),
    toText: (value: string[]) => value.join(', '),
  } satisfies Field<string[]>;
}

/** Ids of other records (what a dot voting round covers): unique, none empty, at most `max`. */
export function ids(label: string, max: number) {
  return {
    label,
    storage: 'value',
    empty: Object.freeze([]) as unknown as string[],
    schema: z.array(z.string().min(1).max(LIMITS.id)).max(max).default([]),
    coerce(value: unknown) {
      if (!Array.isArray(value)) return undefined;
      const out = new Set<string>();
      for (const item of value) {
        if (out.size >= max) break;
        if (typeof item === 'string' && item !== '' && item.length <= LIMITS.id) out.add(item);
      }
      return [...out];
    },
    accepts: (value: unknown) => Array.isArray(value) && value.length <= max && value.every((item) => typeof item === 'string' && item !== '' && item.length <= LIMITS.id),
    toText: (value: string[]) => value.join(', '),
  } satisfies Field<string[]>;
}

/** A score per stage (an emotion lane's curve): a Y.Map of stage id to -2..+2 in the document. */
export function scores(label: string) {
  return {
    label,
    storage: 'map',
    empty: Object.freeze({}) as Record<string, number>,
    schema: z.record(z.string().max(LIMITS.id), EmotionScoreSchema).default({}),
    coerce(value: unknown) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      const out: Record<string, number> = {};
      for (const [stageId, score] of Object.entries(value)) {
        const clean = coerceEmotion(score);
        if (clean !== undefined && stageId.length <= LIMITS.id) out[stageId] = clean;
      }
      return out;
    },
    // The map's entries are checked one by one, as Yjs stores them (see server/updateCheck).
    accepts: isEmotion,
    toText: (value: Record<string, number>) => Object.values(value).join(' '),
  } satisfies Field<Record<string, number>>;
}
