import * as Y from 'yjs';
import type { ErrorCode, Problem } from '../../src/i18n/problem.ts';
import { COMMENT, META, VOTE } from '../../src/model/index.ts';
import type { Role } from '../capabilities.ts';
import type { DecodedItem, DecodedUpdate, StructId } from './decode.ts';
import { slotOfDocType, type Slot } from './places.ts';
import type { UpdateInDoc } from './updateInDoc.ts';

/*
 * What each role may change, decided from the update itself before it touches the board:
 * the place of every item it adds (places.ts) and of every item its delete set would remove.
 *
 *   owner    anything a board may hold (rules.ts)
 *   edit     the same, but the board's title: renaming is the owner's
 *   comment  new comments and replies (a reply's thread is set as it is written, never after),
 *            the "resolved" mark of a comment, and dots (placed or taken back whole, dots.ts); whose
 *            comment it resolves is the page's to say, as people have no accounts, and it
 *            writes only under its own Yjs client ids (writers.ts)
 *   view     nothing
 *
 * Deleting what is already deleted changes nothing and is no one's business: a client's sync
 * step 2 carries its whole delete set, whatever its role.
 */

/** The update asks for more than the socket's role allows; the caller closes it (4403). */
export class RoleRefused extends Error {
  constructor(readonly problem: Problem & { code: RoleRefusal }) {
    super(ROLE_REFUSALS[problem.code]);
  }
}

/** Each refusal's English sentence, by the code the page words it by. */
const ROLE_REFUSALS = {
  viewCannotChange: 'a view link cannot change the board',
  ownerRenamesOnly: 'only the owner can rename the board',
  commentOnlyComments: 'a comment link can only add comments and votes',
  commentAsItself: 'a comment link writes only as itself, not as another person on the board',
  facilitatorOnly: 'only the workshop’s facilitator can change the workshop',
  lockedStructure: 'it is locked: only the workshop’s facilitator or the board’s owner can change it',
  dotNotYours: 'a dot is placed or taken back only by the person whose dot it is',
  dotRoundClosed: 'dots are placed and taken back only while their round is open',
  dotOutOfRound: 'a dot goes only on a card of its round',
  dotUnchanged: 'a dot is never changed, only placed or taken back',
} as const satisfies Partial<Record<ErrorCode, string>>;
export type RoleRefusal = keyof typeof ROLE_REFUSALS;

export function checkRole(doc: Y.Doc, { update, added: items, places, deleted: deletions }: UpdateInDoc, role: Role): void {
  if (role === 'owner') return;
  // Any struct past the document's state is stored and moves everyone's clocks on, even one Yjs
  // drops (a garbage-collected range, an item under a deleted parent): a view link sends none.
  if (role === 'view' && addsStructs(doc, update)) throw new RoleRefused({ code: 'viewCannotChange' });
  for (const item of items) {
    const { slot, sub } = places.get(item)!;
    if (slot.t === 'gone' || slot.t === 'none') continue; // dropped by Yjs, or refused by the rules
    const why = refusalToAdd(role, slot, sub);
    if (why !== null) throw new RoleRefused({ code: why });
    // A value set under a map key that holds one already deletes that one as it lands, with
    // nothing in the update's delete set to say so: it is judged as that delete.
    const replaced = sub === null ? null : liveValueUnder(doc, item, sub);
    const whyNot = replaced && refusalToDelete(role, doc, replaced);
    if (whyNot) throw new RoleRefused({ code: whyNot });
  }
  deletions.forEach((deleted) => {
    const why = refusalToDelete(role, doc, deleted);
    if (why !== null) throw new RoleRefused({ code: why });
  });
}

/** Why `role` may not write at `slot`/`sub`, or null when it may. */
function refusalToAdd(role: Role, slot: Slot, sub: string | null): RoleRefusal | null {
  if (role === 'view') return 'viewCannotChange';
  if (role === 'edit') return isTitle(slot, sub) ? 'ownerRenamesOnly' : null;
  // comment
  if (slot.t === 'records' && (slot.kind === COMMENT || slot.kind === VOTE)) return null;
  // A vote or comment it writes now is its own whole; a vote already there is cast or taken
  // back whole, and a comment already there may only be marked resolved or open again.
  if (slot.t === 'record' && slot.kind === VOTE && slot.made !== null) return null;
  if (slot.t === 'record' && slot.kind === COMMENT && (slot.made !== null || sub === 'resolved')) return null;
  return 'commentOnlyComments';
}

/** Why `role` may not delete `item` (a live item of the document), or null when it may. */
function refusalToDelete(role: Role, doc: Y.Doc, item: Y.Item): RoleRefusal | null {
  if (role === 'view') return 'viewCannotChange';
  if (!(item.parent instanceof Y.AbstractType)) return null;
  const slot = slotOfDocType(doc, item.parent);
  if (role === 'edit') return isTitle(slot, item.parentSub) ? 'ownerRenamesOnly' : null;
  // comment: a vote taken back, or a comment's old "resolved" value being replaced.
  if (slot.t === 'records' && slot.kind === VOTE) return null;
  // A vote's fields go with it when it is taken back (Yjs deletes a map's values with the map).
  if (slot.t === 'record' && slot.kind === VOTE) return null;
  if (slot.t === 'record' && slot.kind === COMMENT && item.parentSub === 'resolved') return null;
  return 'commentOnlyComments';
}

function isTitle(slot: Slot, sub: string | null): boolean {
  if (slot.t === 'part') return slot.kind.root === META.root && sub === 'title';
  return slot.t === 'text' && slot.field === META.fields.title;
}

/** Whether the update holds any struct, item or garbage-collected range, past the document's state. */
function addsStructs(doc: Y.Doc, update: DecodedUpdate): boolean {
  for (const [client, structs] of update.structs) {
    const known = Y.getState(doc.store, client);
    if (structs.some((struct) => struct.kind !== 'skip' && struct.clock + struct.length > known)) return true;
  }
  return false;
}

/**
 * The live value the document holds under `sub` in the map `item` goes into, when that map is
 * one of the document's (not one the update makes): the value the item replaces.
 */
function liveValueUnder(doc: Y.Doc, item: DecodedItem, sub: string): Y.Item | null {
  const parent = parentInDoc(doc, item);
  const current = parent?._map.get(sub);
  return current && !current.deleted ? current : null;
}

/** A shared type as Yjs types an item's parent. */
export type SharedType = Exclude<Y.Item['parent'], Y.ID | null>;

/** The type `item` goes into, if the document holds it; null for one the update makes. */
export function parentInDoc(doc: Y.Doc, item: DecodedItem): SharedType | null {
  if (item.parentKey !== null) return doc.share.get(item.parentKey) ?? null;
  if (item.parentId !== null) {
    const parent = docStruct(doc, item.parentId);
    return parent instanceof Y.Item && parent.content instanceof Y.ContentType ? parent.content.type : null;
  }
  // A map value names the value it follows at its key, or the one after it: they share its parent.
  const neighbour = (item.origin && docStruct(doc, item.origin)) ?? (item.rightOrigin && docStruct(doc, item.rightOrigin));
  return neighbour instanceof Y.Item && neighbour.parent instanceof Y.AbstractType ? neighbour.parent : null;
}

function docStruct(doc: Y.Doc, id: StructId): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null;
  return (structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC | undefined) ?? null;
}

