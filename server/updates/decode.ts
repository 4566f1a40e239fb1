import { ByteReader, MAX_CLOCK, MAX_VALUE_DEPTH, UpdateError, jsonDepth } from './reader.ts';

/*
 * A Yjs update (format v1, the one y-websocket speaks) read into plain data, without touching
 * any document: which structs it adds for which client, what each refers to, what it holds,
 * and which ranges it deletes. Nothing here recurses further than MAX_VALUE_DEPTH.
 */

export interface StructId {
  client: number;
  clock: number;
}

/** What an item holds, as far as the server's checks need to know. */
export type ItemContent =
  | { kind: 'deleted' }
  | { kind: 'string'; text: string }
  | { kind: 'any'; values: unknown[] }
  | { kind: 'type'; typeRef: number }
  /** JSON, binary, embed, format and sub-document content: nothing on a board uses them. */
  | { kind: 'other'; name: string };

export interface DecodedItem {
  kind: 'item';
  client: number;
  clock: number;
  length: number;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** The name of a root type, when the item sits directly in one. */
  parentKey: string | null;
  parentId: StructId | null;
  /** The map key the item is the value of; null for a list or text item, or when inherited. */
  parentSub: string | null;
  content: ItemContent;
}

/** A garbage-collected range, or a skipped one (a gap the update does not cover). */
export interface DecodedGap {
  kind: 'gc' | 'skip';
  client: number;
  clock: number;
  length: number;
}

export type DecodedStruct = DecodedItem | DecodedGap;

export interface DecodedUpdate {
  /** Each client's structs, in clock order. */
  structs: Map<number, DecodedStruct[]>;
  /** Each client's deleted ranges as [clock, length] pairs, sorted, apart and none empty. */
  deletes: Map<number, [number, number][]>;
}

// Yjs's type references (YArray, YMap, YText, YXmlElement, YXmlFragment, YXmlHook, YXmlText).
export const TYPE_MAP = 1;
export const TYPE_TEXT = 2;
const TYPE_XML_ELEMENT = 3;
const TYPE_XML_HOOK = 5;
const LAST_TYPE_REF = 6;

const BITS5 = 31;
const HAS_ORIGIN = 128;
const HAS_RIGHT_ORIGIN = 64;
const HAS_PARENT_SUB = 32;

/** Reads a whole update; throws UpdateError with a sentence for anything malformed. */
export function decodeUpdate(bytes: Uint8Array): DecodedUpdate {
  const reader = new ByteReader(bytes);
  const structs = new Map<number, DecodedStruct[]>();
  const clientCount = reader.varUint();
  for (let i = 0; i < clientCount; i++) {
    const structCount = reader.varUint();
    // Every struct takes at least a byte: a count beyond the bytes left is a lie.
    if (structCount > bytes.length - reader.pos) throw new UpdateError('a struct count points past the end of the update');
    const client = reader.varUint();
    if (structs.has(client)) throw new UpdateError('a client appears twice in the update');
    let clock = reader.clock();
    const list: DecodedStruct[] = [];
    for (let j = 0; j < structCount; j++) {
      const struct = readStruct(reader, client, clock);
      list.push(struct);
      clock += struct.length;
      if (clock > MAX_CLOCK) throw new UpdateError('a clock is out of range');
    }
    structs.set(client, list);
  }
  const deletes = readDeleteSet(reader);
  if (!reader.done) throw new UpdateError('the update has bytes after its end');
  return { structs, deletes };
}

function readStruct(reader: ByteReader, client: number, clock: number): DecodedStruct {
  const info = reader.uint8();
  const contentRef = info & BITS5;
  if (contentRef === 0 || contentRef === 10) {
    const length = reader.clock();
    if (length === 0) throw new UpdateError('a struct has no length');
    return { kind: contentRef === 0 ? 'gc' : 'skip', client, clock, length };
  }
  const origin = info & HAS_ORIGIN ? readId(reader) : null;
  const rightOrigin = info & HAS_RIGHT_ORIGIN ? readId(reader) : null;
  const ownsParentInfo = (info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0;
  let parentKey: string | null = null;
  let parentId: StructId | null = null;
  if (ownsParentInfo) {
    if (reader.varUint() === 1) parentKey = reader.string();
    else parentId = readId(reader);
  }
  const parentSub = ownsParentInfo && info & HAS_PARENT_SUB ? reader.string() : null;
  const { content, length } = readContent(reader, contentRef);
  if (length === 0) throw new UpdateError('an item has no length');
  return { kind: 'item', client, clock, length, origin, rightOrigin, parentKey, parentId, parentSub, content };
}

function readId(reader: ByteReader): StructId {
  return { client: reader.varUint(), clock: reader.clock() };
}

function readJsonText(reader: ByteReader): void {
  if (jsonDepth(reader.string()) > MAX_VALUE_DEPTH) throw new UpdateError(`a value is nested deeper than ${MAX_VALUE_DEPTH} levels`);
}

function readContent(reader: ByteReader, contentRef: number): { content: ItemContent; length: number } {
  switch (contentRef) {
    case 1:
      return { content: { kind: 'deleted' }, length: reader.clock() };
    case 2: {
      const length = reader.varUint();
      for (let i = 0; i < length; i++) readJsonText(reader);
      return { content: { kind: 'other', name: 'JSON' }, length };
    }
    case 3:
      reader.varBytes();
      return { content: { kind: 'other', name: 'binary' }, length: 1 };
    case 4: {
      const text = reader.string();
      return { content: { kind: 'string', text }, length: text.length };
    }
    case 5:
      readJsonText(reader);
      return { content: { kind: 'other', name: 'embed' }, length: 1 };
    case 6:
      reader.string();
      readJsonText(reader);
      return { content: { kind: 'other', name: 'format' }, length: 1 };
    case 7: {
      const typeRef = reader.varUint();
      if (typeRef > LAST_TYPE_REF) throw new UpdateError(`an item has an unknown type (${typeRef})`);
      if (typeRef === TYPE_XML_ELEMENT || typeRef === TYPE_XML_HOOK) reader.string();
      return { content: { kind: 'type', typeRef }, length: 1 };
    }
    case 8: {
      const length = reader.varUint();
      if (length > reader.bytes.length - reader.pos) throw new UpdateError('a length points past the end of the update');
      const values: unknown[] = [];
      for (let i = 0; i < length; i++) values.push(reader.any());
      return { content: { kind: 'any', values }, length };
    }
    case 9:
      reader.string();
      reader.any();
      return { content: { kind: 'other', name: 'sub-document' }, length: 1 };
    default:
      throw new UpdateError(`an item has an unknown kind of content (${contentRef})`);
  }
}

/**
 * Each client's deleted ranges, sorted and merged. Yjs writes them so; a forged update may
 * repeat or overlap them, which Yjs deletes once but the checks would count once per copy.
 */
function readDeleteSet(reader: ByteReader): Map<number, [number, number][]> {
  const deletes = new Map<number, [number, number][]>();
  const clientCount = reader.varUint();
  for (let i = 0; i < clientCount; i++) {
    const client = reader.varUint();
    const count = reader.varUint();
    if (count > reader.bytes.length - reader.pos) throw new UpdateError('a delete count points past the end of the update');
    const ranges = deletes.get(client) ?? [];
    for (let j = 0; j < count; j++) {
      const clock = reader.clock();
      const length = reader.clock();
      // Yjs never writes an empty range, and would keep one past its state as a pending delete.
      if (length === 0) throw new UpdateError('a deleted range is empty');
      if (clock + length > MAX_CLOCK) throw new UpdateError('a deleted range is out of range');
      ranges.push([clock, length]);
    }
    deletes.set(client, ranges);
  }
  for (const [client, ranges] of deletes) deletes.set(client, sortedAndMerged(ranges));
  return deletes;
}

function sortedAndMerged(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [clock, length] of ranges) {
    const last = merged.at(-1);
    if (last && clock <= last[0] + last[1]) last[1] = Math.max(last[1], clock + length - last[0]);
    else merged.push([clock, length]);
  }
  return merged;
}
