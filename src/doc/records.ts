import * as Y from 'yjs';
import { UNKNOWN_FIELDS_KEY, fieldNamed, type Field, type FieldValues, type Fields, type PartKind } from '../model/index.ts';
import { newText, replaceText, textField } from './text.ts';

/*
 * How a record kind's fields (src/model, one definition per kind) live in a Y.Map: read
 * leniently, written whole when the record is made, patched afterwards. A text people type
 * together is a Y.Text; the scores of an emotion lane are a Y.Map; everything else is a value.
 */

type Kind<F extends Fields = Fields> = Pick<PartKind<F>, 'fields' | 'keys'>;

/** A kind's fields as a list, made once: reads run for every record on every change. */
const fieldLists = new WeakMap<object, [string, Field][]>();

function fieldList(kind: { fields: Fields; keys: readonly string[] }): [string, Field][] {
  let list = fieldLists.get(kind);
  if (!list) fieldLists.set(kind, (list = kind.keys.map((key) => [key, kind.fields[key]!])));
  return list;
}

/**
 * The record's fields, each made usable or read as empty: a document is written by many
 * clients, some of them possibly broken or hostile, so reading never throws. Shared types are
 * read as the plain data they hold. `id` leads the record when given. Null when the map cannot
 * be a record of the kind (a strategy item in no known section).
 */
export function readRecordFields<F extends Fields>(kind: Kind<F>, map: Y.Map<unknown>, id?: string): FieldValues<F> | null {
  const out: Record<string, unknown> = id === undefined ? {} : { id };
  for (const [key, field] of fieldList(kind)) {
    let value = map.get(key);
    if (value instanceof Y.AbstractType) value = value instanceof Y.Text ? value.toString() : value instanceof Y.Map ? value.toJSON() : undefined;
    const usable = value === undefined ? field.empty : (field.coerce(value) ?? field.empty);
    if (usable === undefined) return null;
    out[key] = usable;
  }
  return out as FieldValues<F>;
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

/**
 * Fields left out of a new record while they hold their empty value, which the readers give back
 * for a missing one: a measure's direction is "higher" on every card that is no measure, and a
 * board of 10,000 cards would carry it 10,000 times.
 */
const OMITTED_AT_EMPTY: Readonly<Record<string, true>> = { better: true };

/**
 * Writes a new record's fields into its (still empty) map. Shared types are made even when
 * empty: two people starting to type into a text that one of them made first would each make
 * their own, and one of them would lose what they typed. Other empty values are left out (see
 * isEmptyValue). Fields the kind does not name (from a file of a newer version) are kept
 * together under one key, so that every key a record holds is one the kind names.
 */
export function fillRecord(map: Y.Map<unknown>, kind: Kind, fields: Record<string, unknown>): void {
  let unknown: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'id' && !Object.hasOwn(kind.fields, key)) (unknown ??= {})[key] = value;
  }
  for (const key of kind.keys) {
    const value = fields[key];
    const storage = kind.fields[key]!.storage;
    if (storage === 'text') map.set(key, newText(typeof value === 'string' ? value : ''));
    else if (storage === 'map') map.set(key, new Y.Map(Object.entries((value as Record<string, unknown> | undefined) ?? {})));
    else if (!isEmptyValue(value) && !(key in OMITTED_AT_EMPTY && value === kind.fields[key]!.empty)) map.set(key, value);
  }
  if (unknown) map.set(UNKNOWN_FIELDS_KEY, unknown);
}

/**
 * Writes changed fields of an existing record (already cleaned). A text is edited only where
 * it changed, so another person's typing elsewhere in it is kept.
 */
export function patchRecord(map: Y.Map<unknown>, kind: Kind, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    const field = fieldNamed(kind, key);
    if (!field) continue;
    if (field.storage === 'text') replaceText(textField(map, key), typeof value === 'string' ? value : '');
    else if (field.storage === 'value') map.set(key, value);
  }
}
