import * as Y from 'yjs';
import { EXTRA_LIMITS, LIMITS, STAGE, UNKNOWN_FIELDS_KEY, fieldNamed, isEmotion } from '../../src/model/index.ts';
import { TYPE_MAP, TYPE_TEXT, type DecodedItem, type DecodedUpdate } from './decode.ts';
import { ownerName, type Place, type Slot } from './places.ts';
import { UpdateError } from './reader.ts';

/*
 * What a board's kinds allow (src/model, one definition per kind), applied to each item an
 * update adds: only keys a record names, each value of its field's type and size, texts within
 * their length, and no more records of a kind than a board may hold.
 */

/** The items of the update that the document does not hold yet, each with how much of it is new. */
export interface NewItem {
  item: DecodedItem;
  /** Characters or entries of the item beyond what the document already holds. */
  fresh: number;
}

export function checkItems(update: DecodedUpdate, items: readonly NewItem[], places: Map<DecodedItem, Place>, doc: Y.Doc): void {
  const texts = new Map<Slot & { t: 'text' }, number>();
  const newKeys = new Map<Slot & { t: 'records' | 'scores' }, Set<string>>();
  for (const { item, fresh } of items) {
    const place = places.get(item)!;
    const { slot } = place;
    if (slot.t === 'gone') continue;
    if (slot.t === 'none') throw new UpdateError(slot.reason);
    if (item.content.kind === 'deleted') {
      // Nothing to read, but Yjs still files it under its key: no key of a board is longer.
      if (place.sub !== null && place.sub.length > LIMITS.id) throw new UpdateError(`it writes under a key over ${LIMITS.id} characters`);
      continue;
    }
    if (item.content.kind === 'other') throw new UpdateError(`it writes ${item.content.name} content, which no part of a board holds`);
    if (slot.t === 'text') {
      if (place.sub !== null || item.content.kind !== 'string') throw new UpdateError(`it writes something other than text into ${slot.owner}'s ${slot.field.label.toLowerCase()}`);
      texts.set(slot, (texts.get(slot) ?? 0) + fresh - deletedWithinUpdate(update, item));
      continue;
    }
    if (place.sub === null) throw new UpdateError(`it adds a list item to ${ownerName(slot)}, which holds named fields only`);
    if (slot.t === 'records') {
      if (place.sub.length > LIMITS.id) throw new UpdateError(`it names a ${slot.kind.noun} with an id over ${LIMITS.id} characters`);
      if (item.content.kind !== 'type' || item.content.typeRef !== TYPE_MAP) throw new UpdateError(`it writes a ${slot.kind.noun} that is not a map of fields`);
      addKey(newKeys, slot, place.sub);
    } else if (slot.t === 'scores') {
      if (place.sub.length > LIMITS.id) throw new UpdateError('it scores a stage whose id is over the limit');
      if (item.content.kind !== 'any' || item.content.values.length !== 1 || !isEmotion(item.content.values[0])) {
        throw new UpdateError('it sets an emotion score that is not a whole number from -2 to 2');
      }
      addKey(newKeys, slot, place.sub);
    } else {
      checkField(slot, place.sub, item);
    }
  }
  const growing = [...texts].filter(([, added]) => added > 0);
  if (growing.length > 0) {
    const deleted = deletedPerType(update, doc);
    for (const [slot, added] of growing) checkTextLength(slot, added, slot.text ? (deleted.get(slot.text) ?? 0) : 0);
  }
  for (const [slot, keys] of newKeys) checkCount(slot, keys);
}

function addKey<S>(keys: Map<S, Set<string>>, slot: S, key: string): void {
  let set = keys.get(slot);
  if (!set) keys.set(slot, (set = new Set()));
  set.add(key);
}

/** A value written under `key` on a record or on the board's meta or workshop state. */
function checkField(slot: Slot & { t: 'part' | 'record' }, key: string, item: DecodedItem): void {
  const owner = ownerName(slot);
  if (key === UNKNOWN_FIELDS_KEY) {
    if (item.content.kind !== 'any' || item.content.values.length !== 1) throw new UpdateError(`it writes ${owner}'s unknown fields as something other than one value`);
    return checkUnknownFields(item.content.values[0], owner);
  }
  const field = fieldNamed(slot.kind, key);
  if (!field) throw new UpdateError(`it writes ${JSON.stringify(key.slice(0, 30))} on ${owner}, which has no such field`);
  const { content } = item;
  // A shared text or map goes where the kind stores one; its own contents are checked as items.
  if (content.kind === 'type') {
    if (content.typeRef === (field.storage === 'text' ? TYPE_TEXT : field.storage === 'map' ? TYPE_MAP : -1)) return;
    throw new UpdateError('it puts a shared type where a board has none');
  }
  const plainTextAllowed = field.storage === 'text';
  if (content.kind === 'any' && content.values.length === 1 && (field.storage === 'value' || plainTextAllowed) && field.accepts(content.values[0])) return;
  const size = field.maxLength === undefined ? '' : ` (at most ${field.maxLength} characters)`;
  throw new UpdateError(`it sets ${owner}'s ${field.label.toLowerCase()} to something it cannot hold${size}`);
}

/** The fields a file of a newer version brought: plain JSON, bounded like an import's. */
function checkUnknownFields(value: unknown, owner: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UpdateError(`it writes ${owner}'s unknown fields as something other than an object`);
  if (!isPlainJson(value, 0)) throw new UpdateError(`it writes ${owner}'s unknown fields nested deeper than ${EXTRA_LIMITS.depth} or with values JSON cannot hold`);
  if (JSON.stringify(value).length > EXTRA_LIMITS.recordBytes) throw new UpdateError(`it writes ${owner}'s unknown fields over ${EXTRA_LIMITS.recordBytes} bytes`);
}

function isPlainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value instanceof Uint8Array || depth >= EXTRA_LIMITS.depth) return false;
  return Object.values(value).every((inner) => isPlainJson(inner, depth + 1));
}

/** How much of a new item the same update deletes again. */
export function deletedWithinUpdate(update: DecodedUpdate, item: DecodedItem): number {
  const ranges = update.deletes.get(item.client);
  if (!ranges) return 0;
  const itemEnd = item.clock + item.length;
  let deleted = 0;
  // The ranges are sorted and apart (decode.ts): start at the first that ends inside the item.
  for (let i = firstRangeEndingAfter(ranges, item.clock); i < ranges.length; i++) {
    const [clock, length] = ranges[i]!;
    if (clock >= itemEnd) break;
    deleted += Math.min(clock + length, itemEnd) - Math.max(clock, item.clock);
  }
  return deleted;
}

function firstRangeEndingAfter(ranges: readonly [number, number][], clock: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const [start, length] = ranges[middle]!;
    if (start + length <= clock) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A text may not grow past its field's limit. One that is over it already (written before
 * limits were kept) may still be shortened, or edited without growing.
 */
function checkTextLength(slot: Slot & { t: 'text' }, added: number, deletedFromText: number): void {
  const max = slot.field.maxLength!;
  const before = slot.text?.length ?? 0;
  const after = before + added - deletedFromText;
  if (after > max && after > before) {
    throw new UpdateError(`${slot.owner}'s ${slot.field.label.toLowerCase()} would hold ${after} characters, over its ${max}`, { code: 'textTooLong', values: { length: after, max } });
  }
}

/**
 * The characters the update's delete set removes from the document's types, per type. Each
 * struct is visited once at most, as the ranges do not overlap.
 */
function deletedPerType(update: DecodedUpdate, doc: Y.Doc): Map<unknown, number> {
  const deleted = new Map<unknown, number>();
  for (const [client, ranges] of update.deletes) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const known = Y.getState(doc.store, client);
    for (const [clock, length] of ranges) {
      if (clock >= known) break;
      const end = Math.min(clock + length, known);
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted || !struct.countable) continue;
        const { parent } = struct;
        const count = Math.min(end, struct.id.clock + struct.length) - Math.max(clock, struct.id.clock);
        deleted.set(parent, (deleted.get(parent) ?? 0) + count);
      }
    }
  }
  return deleted;
}

/** A board holds at most so many records of a kind, and a lane a score per stage. */
function checkCount(slot: Slot & { t: 'records' | 'scores' }, keys: Set<string>): void {
  const max = slot.t === 'records' ? slot.kind.maxCount : STAGE.maxCount;
  const map = slot.map;
  let count = keys.size;
  if (map) {
    for (const key of keys) if (map.has(key)) count--;
    if (count === 0) return;
    count += map.size;
  }
  if (count > max) {
    const what = slot.t === 'records' ? `${max.toLocaleString('en')} ${slot.kind.root}` : `${max} scores on a lane`;
    throw new UpdateError(`a board holds at most ${what}`, { code: 'tooManyRecords', values: { max, kind: slot.t === 'records' ? slot.kind.root : 'scores' } });
  }
}
