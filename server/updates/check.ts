import * as Y from 'yjs';
import type { Role } from '../capabilities.ts';
import { decodeUpdate, type DecodedItem, type DecodedUpdate } from './decode.ts';
import { checkDependencies } from './dependencies.ts';
import { placeItems, type Place } from './places.ts';
import { checkFacilitation, type SessionWriter } from './facilitation.ts';
import { checkDots } from './dots.ts';
import { checkLocks } from './locks.ts';
import { checkRole } from './roles.ts';
import { checkItems, type NewItem } from './rules.ts';
import { liveDeleted, type UpdateInDoc } from './updateInDoc.ts';

export { decodeUpdate, type DecodedUpdate } from './decode.ts';
export { UpdateError } from './reader.ts';
export { RoleRefused } from './roles.ts';
export type { SessionWriter } from './facilitation.ts';

/** A sender that gave no facilitator key: it may take a vacant workshop only with a key. */
const NO_KEY: SessionWriter = { keyHash: null, isOnBoard: () => false };

/**
 * Checks an update against the room's document before it touches it: that it integrates
 * whole (nothing Yjs would keep pending), that the sender's role may make it (roles.ts), that
 * only the facilitator changes the workshop (facilitation.ts), what is locked (locks.ts) and
 * the dot voting rounds, that a dot is placed and taken back by its own voter (dots.ts), and that what it adds is what a
 * board may hold. Throws UpdateError or RoleRefused with the
 * reason; the caller refuses the update, stores and relays nothing. Returns whether the update
 * changes the document at all: one that adds nothing and deletes only what is deleted already
 * (a client's sync answer, often) is taken, and there is nothing of it to store.
 */
export function checkUpdate(doc: Y.Doc, update: DecodedUpdate, role: Role = 'owner', writer: SessionWriter = NO_KEY): boolean {
  const state = (client: number) => Y.getState(doc.store, client);
  checkDependencies(update, state);
  const items: NewItem[] = [];
  let grows = false;
  for (const [client, structs] of update.structs) {
    const known = state(client);
    for (const struct of structs) {
      const end = struct.clock + struct.length;
      if (struct.kind !== 'skip' && end > known) grows = true;
      if (struct.kind === 'item' && end > known) items.push({ item: struct, fresh: Math.min(struct.length, end - known) });
    }
  }
  const added = items.map(({ item }) => item);
  const places = added.length === 0 ? new Map<DecodedItem, Place>() : placeItems(doc, update, added);
  const inDoc: UpdateInDoc = { update, added, places, deleted: liveDeleted(doc, update) };
  checkRole(doc, inDoc, role);
  checkFacilitation(doc, inDoc, role, writer);
  checkLocks(doc, inDoc, role, writer);
  checkDots(doc, inDoc, role, writer);
  if (items.length > 0) checkItems(update, items, places, doc);
  return grows || inDoc.deleted.length > 0;
}

/** Decodes and checks; for tests and tools that hold raw bytes. */
export function checkUpdateBytes(doc: Y.Doc, bytes: Uint8Array): DecodedUpdate {
  const update = decodeUpdate(bytes);
  checkUpdate(doc, update);
  return update;
}
