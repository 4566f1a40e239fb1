import * as Y from 'yjs';
import { PART_KINDS, RECORD_KINDS, fieldNamed, type Field, type PartKind, type RecordKind } from '../../src/model/index.ts';
import { TYPE_MAP, TYPE_TEXT, type DecodedItem, type DecodedStruct, type DecodedUpdate, type StructId } from './decode.ts';

/*
 * Where in a board each item of an update lands: which root, which record, which field. An
 * item names its parent outright (a root's name, or the id of the type it goes into) or takes
 * its left or right neighbour's, as Yjs does when it integrates it; the parent is then a type
 * already in the room's document or one this same update makes.
 */

/** A shared type's place in a board. */
export type Slot =
  | { t: 'part'; kind: PartKind }
  | { t: 'records'; kind: RecordKind; map: Y.Map<unknown> | null }
  /** `made`: the item of this update that makes the record, null for one the document holds. */
  | { t: 'record'; kind: RecordKind; made: DecodedItem | null }
  | { t: 'text'; kind: PartKind | RecordKind; owner: string; field: Field; text: Y.Text | null; made: DecodedItem | null }
  | { t: 'scores'; map: Y.Map<unknown> | null; made: DecodedItem | null }
  /** Yjs drops the item on arrival (its parent was deleted and collected): nothing to check. */
  | { t: 'gone' }
  | { t: 'none'; reason: string };

/** The parent an item goes into, and the map key it is the value of (null in a text). */
export interface Place {
  slot: Slot;
  sub: string | null;
}

const GONE: Slot = { t: 'gone' };

/** Places of the document's own types: a type never moves, so each is worked out once. */
const docSlots = new WeakMap<Y.AbstractType<unknown>, Slot>();

/** Each document's roots, one slot object each: the checks add up what an update does per slot. */
const rootSlots = new WeakMap<Y.Doc, Map<string, Slot>>();

function rootSlot(doc: Y.Doc, name: string): Slot {
  let roots = rootSlots.get(doc);
  if (!roots) rootSlots.set(doc, (roots = new Map()));
  let slot = roots.get(name);
  if (!slot) {
    slot = newRootSlot(doc, name);
    // An unknown name is never kept: a sender could otherwise fill the map with names.
    if (slot.t !== 'none') roots.set(name, slot);
  }
  return slot;
}

function newRootSlot(doc: Y.Doc, name: string): Slot {
  if (Object.hasOwn(PART_KINDS, name)) return { t: 'part', kind: PART_KINDS[name as keyof typeof PART_KINDS] as unknown as PartKind };
  if (Object.hasOwn(RECORD_KINDS, name)) {
    // Known by name, so made a map if no update has touched it yet (Yjs keeps a root it only
    // heard of as an untyped one, whose entries would not count).
    return { t: 'records', kind: RECORD_KINDS[name as keyof typeof RECORD_KINDS] as unknown as RecordKind, map: doc.getMap(name) };
  }
  return { t: 'none', reason: `it writes to ${JSON.stringify(name.slice(0, 40))}, which is no part of a board` };
}

/** The place of a type made under `parent` at key `sub`. */
function childTypeSlot(parent: Slot, sub: string | null, typeRef: number, text: Y.Text | null, map: Y.Map<unknown> | null, made: DecodedItem | null): Slot {
  if (parent.t === 'gone') return GONE;
  if (sub !== null) {
    if (parent.t === 'records' && typeRef === TYPE_MAP) return { t: 'record', kind: parent.kind, made };
    const kind = parent.t === 'part' || parent.t === 'record' ? parent.kind : null;
    const field = kind ? fieldNamed(kind, sub) : undefined;
    if (kind && field?.storage === 'text' && typeRef === TYPE_TEXT) return { t: 'text', kind, owner: ownerName(parent), field, text, made };
    if (field?.storage === 'map' && typeRef === TYPE_MAP) return { t: 'scores', map, made };
  }
  return { t: 'none', reason: 'it puts a shared type where a board has none' };
}

export function ownerName(slot: Slot): string {
  if (slot.t === 'record' || slot.t === 'records') return `a ${slot.kind.noun}`;
  if (slot.t === 'part') return slot.kind.root === 'meta' ? 'the board' : 'the workshop';
  return 'the board';
}

export function slotOfDocType(doc: Y.Doc, type: Y.AbstractType<unknown>): Slot {
  const known = docSlots.get(type);
  if (known) return known;
  const item = type._item;
  let slot: Slot;
  if (item === null) slot = rootSlot(doc, Y.findRootTypeKey(type));
  else if (!(item.parent instanceof Y.AbstractType)) slot = GONE;
  else {
    const typeRef = type instanceof Y.Text ? TYPE_TEXT : type instanceof Y.Map ? TYPE_MAP : -1;
    slot = childTypeSlot(slotOfDocType(doc, item.parent), item.parentSub, typeRef, type instanceof Y.Text ? type : null, type instanceof Y.Map ? type : null, null);
  }
  docSlots.set(type, slot);
  return slot;
}

/** Finds the struct holding `id` in the room's document or in the update. */
class Structs {
  private readonly updateStructs: Map<number, DecodedStruct[]>;
  constructor(
    private readonly doc: Y.Doc,
    update: DecodedUpdate,
  ) {
    this.updateStructs = update.structs;
  }

  find(id: StructId): Y.Item | Y.GC | DecodedStruct | null {
    const own = this.doc.store.clients.get(id.client);
    if (own && id.clock < Y.getState(this.doc.store, id.client)) return own[Y.findIndexSS(own, id.clock)] ?? null;
    const listed = this.updateStructs.get(id.client);
    if (!listed) return null;
    let low = 0;
    let high = listed.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = listed[mid]!;
      if (id.clock < struct.clock) high = mid - 1;
      else if (id.clock >= struct.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return null;
  }
}

/** How an item's place follows from another item of the same update. */
interface Follows {
  on: DecodedItem;
  /** 'beside': it takes the other's place (a neighbour); 'inside': it goes into the type the other makes. */
  how: 'beside' | 'inside';
}

const CIRCLE: Place = { slot: { t: 'none', reason: 'its edits refer to each other in a circle' }, sub: null };

/**
 * Works out the place of every item in the update. Items that take their place from another
 * item of the update form chains (a run of typing is one); a chain is followed in a loop, not
 * by recursion, however long it is.
 */
export function placeItems(doc: Y.Doc, update: DecodedUpdate, items: readonly DecodedItem[]): Map<DecodedItem, Place> {
  const structs = new Structs(doc, update);
  const places = new Map<DecodedItem, Place>();
  const madeSlots = new Map<DecodedItem, Slot>();

  /** The place of a type this update makes, once its own item's place is known. */
  const slotOfMadeType = (item: DecodedItem, place: Place): Slot => {
    let slot = madeSlots.get(item);
    if (!slot) {
      slot = item.content.kind === 'type' ? childTypeSlot(place.slot, place.sub, item.content.typeRef, null, null, item) : GONE;
      madeSlots.set(item, slot);
    }
    return slot;
  };

  /** An item's place when its parent or neighbour is in the document; else the item it follows. */
  const direct = (item: DecodedItem): Place | Follows => {
    if (item.parentKey !== null) return { slot: rootSlot(doc, item.parentKey), sub: item.parentSub };
    if (item.parentId !== null) {
      const parent = structs.find(item.parentId);
      if (parent instanceof Y.Item) return { slot: parent.content instanceof Y.ContentType ? slotOfDocType(doc, parent.content.type) : GONE, sub: item.parentSub };
      if (isUpdateItem(parent)) return { on: parent, how: 'inside' };
      return { slot: GONE, sub: null };
    }
    const left = item.origin ? structs.find(item.origin) : null;
    const right = item.rightOrigin ? structs.find(item.rightOrigin) : null;
    if (isCollected(left) || isCollected(right)) return { slot: GONE, sub: null };
    const neighbour = left ?? right;
    if (neighbour instanceof Y.Item) {
      return { slot: neighbour.parent instanceof Y.AbstractType ? slotOfDocType(doc, neighbour.parent) : GONE, sub: neighbour.parentSub };
    }
    if (isUpdateItem(neighbour)) return { on: neighbour, how: 'beside' };
    return { slot: GONE, sub: null };
  };

  for (const start of items) {
    if (places.has(start)) continue;
    // Walk along what each item follows to one whose place is known, then fill the chain in.
    // A chain longer than the update's items has come round on itself.
    const chain: { item: DecodedItem; follows: Follows | null }[] = [];
    let item = start;
    let place: Place | undefined;
    for (;;) {
      if (chain.length > items.length) {
        place = CIRCLE;
        break;
      }
      const found = direct(item);
      if ('slot' in found) {
        place = found;
        chain.push({ item, follows: null });
        break;
      }
      chain.push({ item, follows: found });
      place = places.get(found.on);
      if (place) break;
      item = found.on;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item: link, follows } = chain[i]!;
      if (follows && place !== CIRCLE) place = follows.how === 'beside' ? place : { slot: slotOfMadeType(follows.on, place!), sub: link.parentSub };
      places.set(link, place!);
    }
  }
  return places;
}

function isUpdateItem(struct: Y.Item | Y.GC | DecodedStruct | null): struct is DecodedItem {
  return struct !== null && !(struct instanceof Y.Item) && !(struct instanceof Y.GC) && struct.kind === 'item';
}

function isCollected(struct: Y.Item | Y.GC | DecodedStruct | null): boolean {
  return struct instanceof Y.GC || (struct !== null && !(struct instanceof Y.Item) && struct.kind === 'gc');
}
