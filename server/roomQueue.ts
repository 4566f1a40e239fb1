import * as Y from 'yjs';
import { CLOSE_INTERNAL_ERROR } from './closeCodes.ts';
import { errorMessage } from './log.ts';
import type { LiveRoom, RoomPersistence } from './room.ts';
import { applyStoredUpdate } from './updates/apply.ts';
import { isFacilitated } from './updates/facilitation.ts';

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
 * document as it then stands, and throws to refuse the update; if another instance stored
 * updates meanwhile, they are applied first and the update is checked again, so every update
 * is judged against the whole stored board before it. Rejects with the check's error,
 * RoomGone, NotStored, or the apply's error.
 */
export function storeThenApply(room: LiveRoom, persistence: RoomPersistence, update: Uint8Array, origin: unknown, check: () => Checked): Promise<void> {
  // A room that unloads still stores what was queued before; nothing after.
  if (room.unloaded) return Promise.reject(new RoomGone('the board was unloaded'));
  return enqueue(room, async () => {
    for (;;) {
      if (room.doc.isDestroyed) throw new RoomGone('the board was dropped');
      const checked = check();
      if (!checked.changes) return;
      if (!(await store(room, persistence, update))) continue;
      const facilitated = isFacilitated(room.doc);
      apply(room, update, origin);
      checked.applied?.();
      // Told by the instance that stored the ending update only, so one version marks it.
      if (facilitated && !isFacilitated(room.doc)) persistence.onSessionEnded(room.id);
      return;
    }
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
    for (;;) {
      if (room.doc.isDestroyed) throw new RoomGone('the board was dropped');
      const made = changeOnCopy(room.doc, change);
      if (made.update === null) return made.result;
      if (!(await store(room, persistence, made.update))) continue;
      apply(room, made.update, 'server');
      return made.result;
    }
  });
}

function changeOnCopy<T>(doc: Y.Doc, change: (doc: Y.Doc) => T): { result: T; update: Uint8Array | null } {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(copy);
    let changed = false;
    copy.on('update', () => (changed = true));
    const result = change(copy);
    return { result, update: changed ? Y.encodeStateAsUpdate(copy, before) : null };
  } finally {
    copy.destroy();
  }
}

/**
 * An update another instance stored as `seq` and published: applied and relayed, never stored
 * again. One the room holds already is skipped; one past the next means messages were missed,
 * and the room reads everything after its `lastSeq` from the store instead.
 */
export function applyPublished(room: LiveRoom, persistence: RoomPersistence, seq: number, update: Uint8Array): Promise<void> {
  if (room.unloaded) return Promise.resolve();
  return enqueue(room, async () => {
    if (room.doc.isDestroyed || seq <= room.lastSeq) return;
    if (seq > room.lastSeq + 1) return readMissed(room, persistence);
    // Stored, it is the board's whatever happens here: the room moves past it either way.
    room.lastSeq = seq;
    try {
      apply(room, update, STORED_ELSEWHERE);
    } catch (error) {
      persistence.log(`board ${room.id}: an update another instance stored as ${seq} could not be applied here (${errorMessage(error)})`);
    }
  });
}

/** Reads and applies, in the room's turn, whatever was stored after its `lastSeq`: while fan-out is down, or once it is back. */
export function catchUpFromStore(room: LiveRoom, persistence: RoomPersistence): Promise<void> {
  if (room.unloaded) return Promise.resolve();
  return enqueue(room, async () => {
    if (!room.doc.isDestroyed) await readMissed(room, persistence);
  });
}

async function readMissed(room: LiveRoom, persistence: RoomPersistence): Promise<void> {
  try {
    await catchUp(room, persistence);
  } catch (error) {
    dropUnsaved(room, persistence, `could not read what other instances stored (${errorMessage(error)})`);
  }
}

/**
 * Appends the update after the room's `lastSeq`, up to which the room holds every stored
 * update, and publishes it to the other instances. Resolves to false, storing nothing, if one
 * of them stored an update first: the room has then applied what they stored.
 */
async function store(room: LiveRoom, persistence: RoomPersistence, update: Uint8Array): Promise<boolean> {
  let step = 'save an update';
  try {
    const seq = await persistence.storage.appendAfter(room.id, room.lastSeq, update);
    if (seq === null) {
      step = 'read what another instance stored before its update';
      const before = room.lastSeq;
      await catchUp(room, persistence);
      // Else the next try would be refused again, for ever.
      if (room.lastSeq === before) throw new Error(`the store refuses seq ${before + 1} yet holds nothing after ${before}`);
      return false;
    }
    room.lastSeq = seq;
    persistence.fanout.publish(room.id, { kind: 'update', seq, update });
    persistence.onStored(room.id);
    return true;
  } catch (error) {
    dropUnsaved(room, persistence, `could not ${step} (${errorMessage(error)})`);
    throw new NotStored(errorMessage(error), { cause: error });
  }
}

/**
 * Nothing unstored was applied or relayed. Dropping the room makes every client resync from
 * the stored state on reconnect, and their own copies still hold an unsaved edit.
 */
function dropUnsaved(room: LiveRoom, persistence: RoomPersistence, why: string): void {
  persistence.log(`board ${room.id}: ${why}; closing its sockets`);
  if (room.doc.isDestroyed) return;
  for (const connection of room.connections) connection.close(CLOSE_INTERNAL_ERROR, 'Board could not be saved');
  persistence.onSaveFailed(room);
}

/** Applies what was stored after the room's `lastSeq`: from the snapshot if a compaction folded past it. */
async function catchUp(room: LiveRoom, { storage }: RoomPersistence): Promise<void> {
  const missed = await storage.loadSince(room.id, room.lastSeq);
  if (missed.snapshot) {
    apply(room, missed.snapshot.data, STORED_ELSEWHERE);
    room.lastSeq = Math.max(room.lastSeq, missed.snapshot.uptoSeq);
  }
  for (const stored of missed.updates) {
    apply(room, stored.data, STORED_ELSEWHERE);
    room.lastSeq = Math.max(room.lastSeq, stored.seq);
  }
}

/** The origin of updates another instance stored: every socket here is sent them. */
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
