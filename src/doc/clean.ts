import {
  LANE_KINDS,
  LIMITS,
  clampEmotion,
  clip,
  isColorName,
  type CardFields,
  type LaneFields,
  type StageFields,
} from '../model/index.ts';

/*
 * Commands accept whatever a form, a paste or a file hands them: these keep the known fields,
 * of the right type, cut to size. Anything else is dropped rather than written to the document.
 */

type Patch = Record<string, unknown>;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? clip(value, max) : undefined;
}

function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function cleanStageFields(patch: Patch): Partial<StageFields> {
  return defined({
    title: text(patch.title, LIMITS.title),
    window: text(patch.window, LIMITS.title),
    description: text(patch.description, LIMITS.longText),
    color: isColorName(patch.color) ? patch.color : undefined,
  });
}

export function cleanLaneFields(patch: Patch): Partial<LaneFields> {
  const kind = (LANE_KINDS as readonly unknown[]).includes(patch.kind) ? (patch.kind as LaneFields['kind']) : undefined;
  return defined({
    title: text(patch.title, LIMITS.title),
    kind,
    color: isColorName(patch.color) ? patch.color : undefined,
  });
}

export function cleanCardFields(patch: Patch): Partial<CardFields> {
  let emotion: number | null | undefined;
  if (patch.emotion === null) emotion = null;
  else if (typeof patch.emotion === 'number' && Number.isFinite(patch.emotion)) emotion = clampEmotion(patch.emotion);
  const tags = Array.isArray(patch.tags)
    ? [...new Set(patch.tags.filter((t): t is string => typeof t === 'string').map((t) => clip(t.trim(), LIMITS.tag)))]
        .filter(Boolean)
        .slice(0, LIMITS.tags)
    : undefined;
  return defined({
    channel: text(patch.channel, LIMITS.title),
    owner: text(patch.owner, LIMITS.title),
    emotion,
    tags,
    color: isColorName(patch.color) ? patch.color : undefined,
    link: text(patch.link, LIMITS.link),
  });
}

export function setAll(map: { set(key: string, value: unknown): unknown }, fields: object): void {
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
}

/**
 * A value a record need not store: the lenient readers read a missing field as its empty value
 * ('', null, [] or {}). Each stored field is one more struct that every copy of the board
 * decodes on load, and a 10,000-card board built with its cards' empty fields took about
 * twice as long to build and to load as one without them.
 */
export function isEmptyValue(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 0;
}

/** The fields of a record being created, leaving out the empty ones (see isEmptyValue). */
export function setFilled(map: { set(key: string, value: unknown): unknown }, fields: object): void {
  for (const [key, value] of Object.entries(fields)) if (!isEmptyValue(value)) map.set(key, value);
}
