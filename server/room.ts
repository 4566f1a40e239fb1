import type { Role } from './capabilities.ts';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { readMeta } from '../src/doc/read.ts';
import { CLOSE_INTERNAL_ERROR } from './closeCodes.ts';
import { errorMessage, type Log } from './log.ts';
import type { ReleasedPresence } from './presence.ts';
import { encodePreview } from './preview.ts';
import { encodeAwareness, encodeUpdate } from './protocol.ts';
import type { Storage, StoredLog } from './storage.ts';
import { storedBytes } from './storedState.ts';
import { decodeUpdate } from './updates/check.ts';

/** One client socket as the room sees it; the transport (connection.ts) implements it. */
export interface RoomConnection {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Awareness client ids this socket brought in, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /** The client address the socket came from (clientAddress.ts). */
  readonly address: string;
  /**
   * Sends a cold board's stored log ahead of its load (storedState.ts). Undefined if the socket
   * could not take it; else resolves once it is written out.
   */
  sendStoredState(message: Uint8Array): Promise<void> | undefined;
  /**
   * The browser keeps its own copy of the board (it asked with `?copy=1`), so it holds most of
   * the stored log already and is sent none ahead of a load.
   */
  readonly keepsCopy: boolean;
  /** What the socket's link lets it do (capabilities.ts). */
  readonly role: Role;
  /** The hash of the facilitator key it connected with, if any (updates/facilitation.ts). */
  readonly keyHash: string | null;
}

export interface Room {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections: Set<RoomConnection>;
  /** Which socket holds each awareness client id (presence.ts). */
  readonly presenceOwners: Map<number, RoomConnection>;
  /** Ids whose socket closed lately, held for its address (presence.ts). */
  readonly presenceReleased: Map<number, ReleasedPresence>;
  /** The socket that first wrote under each Yjs client id, while it stays (writers.ts). */
  readonly writers: Map<number, RoomConnection>;
  /** The state vector of the stored log the room was loaded from. */
  readonly storedStateVector: ReadonlyMap<number, number>;
  /** The connections that were sent that log ahead of the load (storedState.ts). */
  readonly sentStoredLog: ReadonlySet<RoomConnection>;
}

/** A room plus what its lifecycle needs; only rooms.ts and this file see these fields. */
export interface LiveRoom extends Room {
  unloaded: boolean;
  lastSeq: number;
  /** About the size of the stored document: its log, or its last compaction plus later updates. */
  storedBytes: number;
  updatesSinceCompact: number;
  lastEditAt: number | null;
  idleTimer: NodeJS.Timeout | null;
  metaTimer: NodeJS.Timeout | null;
  preview: { seq: number; data: Uint8Array; builtAt: number } | null;
}

export interface RoomPersistence {
  storage: Storage;
  compactEvery: number;
  log: Log;
  /** How long a burst of edits may go before the boards row copies the title and edit time. */
  metaFlushMs: number;
  /**
   * A smaller document loads in well under 100 ms: a preview would only add a render, and
   * sending its stored log ahead of the load would save nothing.
   */
  bigBoardBytes: number;
  /** Called when an update could not be stored: the room must be dropped at once. */
  onSaveFailed(room: LiveRoom): void;
}

/** Loads a board's stored log into a fresh Y.Doc and wires its persistence. Throws if the log is unreadable. */
export function openRoom(id: string, stored: StoredLog, persistence: RoomPersistence, sentStoredLog: ReadonlySet<RoomConnection> = new Set()): LiveRoom {
  const doc = new Y.Doc();
  try {
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  } catch (error) {
    // No room and no update handler exist yet, so a broken load writes nothing: it can never
    // become an empty document that the next edit or compaction stores over the real one.
    doc.destroy();
    throw new Error(whyUnreadable(stored.updates, error), { cause: error });
  }
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const room: LiveRoom = {
    id,
    doc,
    awareness,
    connections: new Set(),
    presenceOwners: new Map(),
    presenceReleased: new Map(),
    writers: new Map(),
    storedStateVector: Y.decodeStateVector(Y.encodeStateVector(doc)),
    sentStoredLog,
    unloaded: false,
    lastSeq: stored.lastSeq,
    storedBytes: storedBytes(stored),
    // A log of several entries (e.g. left by a crash) is folded at the next compaction or unload.
    updatesSinceCompact: stored.updates.length > 1 ? stored.updates.length : 0,
    lastEditAt: null,
    idleTimer: null,
    metaTimer: null,
    preview: null,
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => persistAndRelay(room, update, origin, persistence));
  awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>) => {
    if (room.unloaded) return; // destroy() announces the server's own (empty) presence
    const message = encodeAwareness(awareness, [...added, ...updated, ...removed]);
    for (const connection of room.connections) connection.send(message);
  });
  return room;
}

/**
 * Which stored update a load failed on, and why, in words: Yjs's own error for such bytes may
 * be "Maximum call stack size exceeded" or an index out of range.
 */
function whyUnreadable(updates: readonly Uint8Array[], error: unknown): string {
  for (let i = 0; i < updates.length; i++) {
    try {
      decodeUpdate(updates[i]!);
    } catch (reason) {
      return `stored update ${i + 1} of ${updates.length} cannot be read: ${errorMessage(reason)}`;
    }
  }
  return `its stored updates cannot be applied: ${errorMessage(error)}`;
}

function persistAndRelay(room: LiveRoom, update: Uint8Array, origin: unknown, persistence: RoomPersistence): void {
  if (room.unloaded) return;
  try {
    room.lastSeq = persistence.storage.append(room.id, update);
  } catch (error) {
    // Never relay what is not on disk. Dropping the room makes every client resync from the
    // stored state on reconnect, and their own copies still hold the unsaved edit.
    persistence.log(`board ${room.id}: could not save an update (${errorMessage(error)}); closing its sockets`);
    for (const connection of room.connections) connection.close(CLOSE_INTERNAL_ERROR, 'Board could not be saved');
    persistence.onSaveFailed(room);
    return;
  }
  // Only after the append: any edit another client has seen is already on disk. The origin is
  // the sender's connection, which has the update already.
  const message = encodeUpdate(update);
  for (const connection of room.connections) {
    if (connection !== origin) connection.send(message);
  }
  room.lastEditAt = Date.now();
  room.storedBytes += update.byteLength;
  room.updatesSinceCompact++;
  if (room.updatesSinceCompact >= persistence.compactEvery) compactRoom(room, persistence);
  room.metaTimer ??= setTimeout(() => flushRoomMeta(room, persistence), persistence.metaFlushMs).unref();
}

export function compactRoom(room: LiveRoom, { storage, log }: RoomPersistence): void {
  try {
    const state = Y.encodeStateAsUpdate(room.doc);
    storage.compact(room.id, state, room.lastSeq);
    room.storedBytes = state.byteLength;
    room.updatesSinceCompact = 0;
  } catch (error) {
    // The compaction is one transaction, so a failed one left the log as it was.
    log(`board ${room.id}: compaction failed (${errorMessage(error)})`);
  }
}

/**
 * While edits flow, a preview asked for within this long of the last one is served as it is:
 * building one for a 10,000-card board takes about 60 ms, and the live document replaces the
 * preview within seconds anyway.
 */
const PREVIEW_REUSE_MS = 1000;

/** The live room's preview, rebuilt when the board changed since the last one; none for a small board. */
export function roomPreview(room: LiveRoom, { bigBoardBytes }: RoomPersistence): Uint8Array | undefined {
  if (room.storedBytes < bigBoardBytes) return undefined;
  const cached = room.preview;
  if (cached && (cached.seq === room.lastSeq || Date.now() - cached.builtAt < PREVIEW_REUSE_MS)) return cached.data;
  room.preview = { seq: room.lastSeq, data: encodePreview(room.doc), builtAt: Date.now() };
  return room.preview.data;
}

/** Stores the preview a cold open paints first, unless the stored one is already current. */
export function storePreview(room: LiveRoom, { storage, log, bigBoardBytes }: RoomPersistence): void {
  try {
    if (room.storedBytes < bigBoardBytes || storage.previewSeq(room.id) === room.lastSeq) return;
    const data = room.preview?.seq === room.lastSeq ? room.preview.data : encodePreview(room.doc);
    storage.savePreview(room.id, data, room.lastSeq);
  } catch (error) {
    // Only the fast first paint is lost: without a current preview, a browser waits for the doc.
    log(`board ${room.id}: could not store its preview (${errorMessage(error)})`);
  }
}

/** The boards row keeps a copy of the title for listings; the doc remains the source of truth. */
export function flushRoomMeta(room: LiveRoom, { storage, log }: RoomPersistence): void {
  if (room.metaTimer) clearTimeout(room.metaTimer);
  room.metaTimer = null;
  if (room.lastEditAt === null) return;
  try {
    storage.updateBoardMeta(room.id, readMeta(room.doc).title, room.lastEditAt);
  } catch (error) {
    log(`board ${room.id}: could not copy its title (${errorMessage(error)})`);
  }
}

/** Marks the room gone and frees it, without saving anything. */
export function destroyRoom(room: LiveRoom): void {
  // Marked first: a client whose join was waiting on this room's promise sees the flag and
  // loads afresh instead of joining a destroyed doc.
  room.unloaded = true;
  if (room.idleTimer) clearTimeout(room.idleTimer);
  if (room.metaTimer) clearTimeout(room.metaTimer);
  room.awareness.destroy();
  room.doc.destroy();
}
