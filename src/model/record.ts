import { z } from 'zod';
import type { Field } from './field.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a field of any value type
export type Fields = Record<string, Field<any>>;

type Shape<F extends Fields> = { [K in keyof F]: F[K]['schema'] };
export type FieldValues<F extends Fields> = { [K in keyof F]: F[K]['empty'] };

/** The parts of a board that are one object (meta, session): their fields and schema. */
export interface PartKind<F extends Fields = Fields> {
  /** The document's root and the file's key, e.g. 'meta'. */
  readonly root: string;
  readonly fields: F;
  readonly keys: readonly (keyof F & string)[];
  readonly schema: z.ZodObject<Shape<F>>;
}

/** A kind of record that a board holds many of (stages, cards…), each under its id. */
export interface RecordKind<F extends Fields = Fields> extends Omit<PartKind<F>, 'schema'> {
  /** One of them, for messages: "card". */
  readonly noun: string;
  /** How many a board may hold: a file with more is refused, and so is an update that adds more. */
  readonly maxCount: number;
  readonly schema: z.ZodObject<{ id: z.ZodString } & Shape<F>>;
}

function shapeOf<F extends Fields>(fields: F): Shape<F> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.schema])) as Shape<F>;
}

export function definePart<const F extends Fields>(root: string, fields: F): PartKind<F> {
  return { root, fields, keys: Object.keys(fields), schema: z.object(shapeOf(fields)) };
}

export function defineRecord<const F extends Fields>(root: string, noun: string, maxCount: number, fields: F): RecordKind<F> {
  const schema = z.object({ id: z.string().min(1), ...shapeOf(fields) }) as RecordKind<F>['schema'];
  return { root, noun, maxCount, fields, keys: Object.keys(fields), schema };
}

/**
 * The fields among `keys` that `patch` gives a usable value for, made usable: what a command
 * writes of whatever a form, a paste or a file handed it. Anything else is left out.
 */
export function cleanFields<F extends Fields, K extends keyof F & string>(kind: Pick<PartKind<F>, 'fields'>, patch: Record<string, unknown>, keys: readonly K[]): Partial<Pick<FieldValues<F>, K>> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in patch)) continue;
    const value = kind.fields[key]!.coerce(patch[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<Pick<FieldValues<F>, K>>;
}

/** Every field among `keys` from an untrusted object (the clipboard), empty where unusable. */
export function restoreFields<F extends Fields, K extends keyof F & string>(kind: Pick<PartKind<F>, 'fields'>, value: Record<string, unknown>, keys: readonly K[]): Pick<FieldValues<F>, K> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = kind.fields[key]!;
    out[key] = field.coerce(value[key]) ?? field.empty;
  }
  return out as Pick<FieldValues<F>, K>;
}

/** The field a kind names `key`, or undefined: never one of Object's own properties, whatever the key. */
export function fieldNamed(kind: Pick<PartKind, 'fields'>, key: string): Field | undefined {
  return Object.hasOwn(kind.fields, key) ? kind.fields[key] : undefined;
}

/** The keys of the fields stored as `storage` (the texts people type together, say). */
export function keysStoredAs(kind: Pick<PartKind, 'fields' | 'keys'>, storage: Field['storage']): string[] {
  return kind.keys.filter((key) => kind.fields[key]!.storage === storage);
}

/**
 * The one key under which a record keeps the fields its kind does not name (from a file of a
 * newer version), as a plain object, so that every other key a record holds is one it names.
 */
export const UNKNOWN_FIELDS_KEY = 'unknownFields';
