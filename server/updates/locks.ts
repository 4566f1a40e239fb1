import * as Y from 'yjs';
import { CARD, LANE, LOCK, SESSION, STAGE } from '../../src/model/index.ts';
import type { Role } from '../capabilities.ts';
import type { SessionWriter } from './facilitation.ts';
import { RoleRefused, parentInDoc, type SharedType } from './roles.ts';
import { lockedRecordOf } from '../../src/doc/locked.ts';
import { leadsWorkshop } from '../../src/model/facilitator.ts';
import type { UpdateInDoc } from './updateInDoc.ts';

/*
 * Locked structure (src/model/lock.ts). Only the owner and the workshop's facilitator lock and
 * unlock; for everyone else a locked stage, lane or card is as it stands: nothing of it is
 * changed, moved (its order, a card's cell) or deleted, and no record is put in its place.
 * What is locked is judged against the document before the update, so an update cannot
 * unlock what it then changes.
 */

const LOCKABLE_ROOTS = new Set([STAGE.root, LANE.root, CARD.root]);

export function checkLocks(doc: Y.Doc, { added: items, places, deleted: deletions }: UpdateInDoc, role: Role, writer: SessionWriter): void {
  if (leadsWorkshop(role, doc.getMap<unknown>(SESSION.root).get('facilitatorKeyHash'), writer.keyHash)) return;
  const locks = doc.getMap<unknown>(LOCK.root);
  const locked = (type: SharedType | null) => type !== null && lockedRecordOf(doc, type) !== null;
  for (const item of items) {
    const place = places.get(item);
    if (place && (place.slot.t === 'records' || place.slot.t === 'record') && place.slot.kind === LOCK) refuse();
    // An emotion lane's scores are what people say of each stage, not the lane's structure.
    if (place?.slot.t === 'scores') continue;
    const parent = parentInDoc(doc, item);
    if (locked(parent)) refuse();
    // A record set under a locked record's id would replace it.
    if (parent !== null && isLockableRoot(doc, parent) && place?.sub != null && locks.has(place.sub)) refuse();
  }
  deletions.forEach((deleted) => {
    if (deleted.parent === locks) refuse();
    // A field of a lock: without its target a lock would read as none while it still holds.
    if (deleted.parent instanceof Y.AbstractType && deleted.parent._item?.parent === locks) refuse();
    if (deleted.parent instanceof Y.AbstractType && deleted.parent._item?.parentSub === 'scores') return;
    if (deleted.content instanceof Y.ContentType && locked(deleted.content.type)) refuse();
    if (deleted.parent instanceof Y.AbstractType && locked(deleted.parent)) refuse();
  });
}

function refuse(): never {
  throw new RoleRefused({ code: 'lockedStructure' });
}

function isLockableRoot(doc: Y.Doc, type: SharedType): boolean {
  return [...LOCKABLE_ROOTS].some((root) => doc.share.get(root) === type);
}
