import * as Y from 'yjs';
import { UpdateError } from './reader.ts';

/**
 * Applies an update that passed the checks (check.ts) and is stored, so that the room never
 * holds pending structs or deletes. Should Yjs still leave some (the checks and Yjs disagreeing
 * would be a bug), what it left is dropped and the update counts as refused: what did
 * integrate is whole, and is relayed as usual.
 */
export function applyStoredUpdate(doc: Y.Doc, bytes: Uint8Array, origin: unknown): void {
  try {
    Y.applyUpdate(doc, bytes, origin);
  } catch (error) {
    // Yjs stopped part of the way through: what it kept waiting goes all the same.
    dropPending(doc.store);
    throw error;
  }
  if (dropPending(doc.store)) throw new UpdateError('part of it could not be integrated');
}

/** Drops the structs and deletes Yjs keeps waiting for what it lacks; whether there were any. */
function dropPending(store: Y.Doc['store']): boolean {
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
