import * as Y from 'yjs';
import { CLOSE_INTERNAL_ERROR } from './closeCodes.ts';
import { errorMessage } from './log.ts';
import type { LiveRoom, RoomPersistence } from './room.ts';
import { applyStoredUpdate } from './updates/apply.ts';

/*
 * Every change of a room's document goes through its queue, one step at a time: the step
 * checks the update against the document as the steps before it left it, stores it, and only
 * then applies it, which relays it (room.ts). So the document, and with it every sync answer,
 * preview and compaction made of it, holds only what is stored; and no one is sent an update
 * that a crash could lose.
 */

/** The room was unloading, or dropped, when the step came: nothing of it was stored. */
export class RoomGone extends Error {
  override name = 'RoomGone';
}

/** The update could not be stored: the room was dropped and its sockets closed. */
export class NotStored extends Error {
  override name = 'NotStored';
}

/**
 * What a check found: the update changes the document, and what to do once it is applied; or
 * it changes nothing, and nothing of it is stored or applied.
 */
export type Checked = { changes: true; applied?: () => void } | { changes: false };

/** Runs `step` once every step queued before it has ended, however that one ended. */
export function enqueue<T>(room: LiveRoom, step: () => Promise<T> | T): Promise<T> {
  const run = room.queue.then(step);
  room.queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/**
 * Stores a client's update and applies it, in its turn. `check` runs first, against the
 * document as it then stands, and throws to refuse the update. Rejects with the check's error,
 * RoomGone, NotStored, or the apply's error.
 */
export function storeThenApply(room: LiveRoom, persistence: RoomPersistence, update: Uint8Array, origin: unknown, check: () => Checked): Promise<void> {
  // A room that unloads still stores what was queued before; nothing after.
  if (room.unloaded) return Promise.reject(new RoomGone('the board was unloaded'));
  return enqueue(room, async () => {
    if (room.doc.isDestroyed) throw new RoomGone('the board was dropped');
    const checked = check();
    if (!checked.changes) return;
    await store(room, persistence, update);
    apply(room, update, origin);
    checked.applied?.();
  });
}

/**
 * A change the server makes (a rename through the API): made on a copy of the document, whose
 * update is stored, then applied and relayed as a client's would be. Resolves to what `change`
 * returned of the copy.
 */
export function changeThenApply<T>(room: LiveRoom, persistence: RoomPersistence, change: (doc: Y.Doc) => T): Promise<T> {
  if (room.unloaded) return Promise.reject(new RoomGone('the board was unloaded'));
  return enqueue(room, async () => {
    if (room.doc.isDestroyed) throw new RoomGone('the board was dropped');
    const copy = new Y.Doc();
    try {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
      const before = Y.encodeStateVector(copy);
      let changed = false;
      copy.on('update', () => (changed = true));
      const result = change(copy);
      if (!changed) return result;
      const update = Y.encodeStateAsUpdate(copy, before);
      await store(room, persistence, update);
      apply(room, update, 'server');
      return result;
    } finally {
      copy.destroy();
    }
  });
}

/**
 * Appends the update. Its seq should follow the room's `lastSeq`, up to which the room holds
 * every stored update; if another server sharing the store appended meanwhile, what it stored
 * is applied (and relayed) first, so `lastSeq` stays the point up to which nothing is missing,
 * which a compaction of this room's document may fold.
 */
async function store(room: LiveRoom, persistence: RoomPersistence, update: Uint8Array): Promise<void> {
  let step = 'save an update';
  try {
    const seq = await persistence.storage.append(room.id, update);
    step = 'read what was stored before its update';
    if (seq > room.lastSeq + 1) await catchUp(room, persistence, seq);
    room.lastSeq = seq;
  } catch (error) {
    // Nothing unstored was applied or relayed. Dropping the room makes every client resync
    // from the stored state on reconnect, and their own copies still hold the unsaved edit.
    persistence.log(`board ${room.id}: could not ${step} (${errorMessage(error)}); closing its sockets`);
    if (!room.doc.isDestroyed) {
      for (const connection of room.connections) connection.close(CLOSE_INTERNAL_ERROR, 'Board could not be saved');
      persistence.onSaveFailed(room);
    }
    throw new NotStored(errorMessage(error), { cause: error });
  }
}

/** Applies what was stored after the room's `lastSeq` and before `seq`, the room's own update. */
async function catchUp(room: LiveRoom, { storage }: RoomPersistence, seq: number): Promise<void> {
  const missed = await storage.loadSince(room.id, room.lastSeq);
  if (missed.snapshot) apply(room, missed.snapshot.data, STORED_ELSEWHERE);
  for (const stored of missed.updates) if (stored.seq < seq) apply(room, stored.data, STORED_ELSEWHERE);
}

/** The origin of updates another server stored: every socket here is sent them. */
const STORED_ELSEWHERE = 'storage';

function apply(room: LiveRoom, update: Uint8Array, origin: unknown): void {
  // Stored, it belongs to the board even if the room was dropped meanwhile: the next load reads it.
  if (room.doc.isDestroyed) return;
  room.applying = true;
  try {
    applyStoredUpdate(room.doc, update, origin);
  } finally {
    room.applying = false;
  }
}
