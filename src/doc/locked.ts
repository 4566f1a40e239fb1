import * as Y from 'yjs';
import { leadsWorkshop } from '../model/facilitator.ts';
import { CARD, LANE, LOCK, SESSION, STAGE } from '../model/index.ts';
import { NotAllowed, type EditContext } from './context.ts';

/*
 * Locked structure (src/model/lock.ts), as the page keeps to it. The server refuses any change
 * to a locked stage, lane or card from someone who does not lead the workshop
 * (server/updates/locks.ts), and a refused change stops the whole board syncing; so commands
 * check first and throw before they touch the document, as they do for a role.
 */

/** A shared type of a document, as Yjs types an item's parent. */
export type SharedType = Exclude<Y.Item['parent'], Y.ID | null>;

const LOCKABLE_ROOTS = [STAGE.root, LANE.root, CARD.root];

/** Whether the context's person leads the workshop, so that locks do not hold them. */
export function leads(ctx: EditContext): boolean {
  return leadsWorkshop(ctx.role, ctx.doc.getMap<unknown>(SESSION.root).get('facilitatorKeyHash'), ctx.keyHash);
}

/** The ids among `ids` that are locked against the context's person. */
export function lockedAmong(ctx: EditContext, ids: Iterable<string>): string[] {
  if (leads(ctx)) return [];
  const locks = ctx.doc.getMap<unknown>(LOCK.root);
  return [...ids].filter((id) => locks.has(id));
}

export class Locked extends NotAllowed {
  override name = 'Locked';
}

/** Throws, touching nothing, when any of `ids` is locked against the context's person. */
export function assertUnlocked(ctx: EditContext, ids: Iterable<string>): void {
  const held = lockedAmong(ctx, ids);
  if (held.length > 0) throw new Locked(`Locked by the facilitator: ${held.join(', ')}`);
}

/** The ids of the cards in a stage or lane: deleting it deletes them. */
export function cardsIn(doc: Y.Doc, field: 'stageId' | 'laneId', id: string): string[] {
  const ids: string[] = [];
  for (const [cardId, card] of doc.getMap<unknown>(CARD.root)) {
    if (card instanceof Y.Map && card.get(field) === id) ids.push(cardId);
  }
  return ids;
}

/** The id of the locked stage, lane or card that `type` is, or lies inside (a title's text); else null. */
export function lockedRecordOf(doc: Y.Doc, type: SharedType): string | null {
  const locks = doc.getMap<unknown>(LOCK.root);
  if (locks.size === 0) return null;
  const lockable = LOCKABLE_ROOTS.map((root) => doc.share.get(root));
  for (let current: SharedType | null = type; current !== null; ) {
    const item: Y.Item | null = current._item;
    if (item === null) return null; // a root
    const parent: SharedType | null = item.parent instanceof Y.AbstractType ? item.parent : null;
    if (parent !== null && lockable.includes(parent) && typeof item.parentSub === 'string' && locks.has(item.parentSub)) return item.parentSub;
    current = parent;
  }
  return null;
}

/**
 * Whether undoing (or redoing) `step` would change a record locked against the context's
 * person: the items it would delete, and the deleted items it would bring back, are looked up
 * in the document. Reading them takes a transaction, which writes nothing.
 */
export function stepTouchesLocked(ctx: EditContext, step: Pick<Y.UndoManager['undoStack'][number], 'insertions' | 'deletions'>): boolean {
  if (leads(ctx) || ctx.doc.getMap<unknown>(LOCK.root).size === 0) return false;
  let touches = false;
  ctx.doc.transact((tr) => {
    const visit = (struct: Y.AbstractStruct) => {
      if (touches || !(struct instanceof Y.Item)) return;
      const inside = struct.parent instanceof Y.AbstractType ? lockedRecordOf(ctx.doc, struct.parent) : null;
      // The record itself, set under its id on a lockable root, counts as well as its insides.
      const own = struct.content instanceof Y.ContentType ? lockedRecordOf(ctx.doc, struct.content.type) : null;
      touches = inside !== null || own !== null;
    };
    Y.iterateDeletedStructs(tr, step.insertions, visit);
    Y.iterateDeletedStructs(tr, step.deletions, visit);
  });
  return touches;
}
