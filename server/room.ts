import type { Role } from './capabilities.ts';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { readMeta } from '../src/doc/read.ts';
import { CLOSE_INTERNAL_ERROR } from './closeCodes.ts';
import { errorMessage, type Log } from './log.ts';
import type { ReleasedPresence } from './presence.ts';
import { encodePreview } from './preview.ts';
import { encodeAwareness, encodeUpdate } from './protocol.ts';
import { notePresence } from './roomFanout.ts';
import type { Fanout } from './fanout.ts';
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
  /**
   * Presence held by sockets of other instances (roomFanout.ts): each client id with the hash
   * of the facilitator key its socket holds, or null.
   */
  readonly remotePresence: Map<number, string | null>;
}

/** A room plus what its lifecycle needs; only rooms.ts, roomQueue.ts and this file see these fields. */
export interface LiveRoom extends Room {
  unloaded: boolean;
  lastSeq: number;
  /** About the size of the stored document: its log, or its last compaction plus later updates. */
  storedBytes: number;
  updatesSinceCompact: number;
  /** A compaction is being stored: another waits for the next trigger. */
  compacting: boolean;
  lastEditAt: number | null;
  idleTimer: NodeJS.Timeout | null;
  metaTimer: NodeJS.Timeout | null;
  preview: { seq: number; data: Uint8Array; builtAt: number } | null;
  /** The steps that store then apply an update, one after another (roomQueue.ts). */
  queue: Promise<void>;
  /** True only while the queue applies a stored update: any other change of the doc is a bug. */
  applying: boolean;
  /** Stops receiving what other instances publish of the board (fanout.ts). */
  stopFanout: () => void;
}

export interface RoomPersistence {
  storage: Storage;
  /** Where a stored update and this instance's presence are published to other instances. */
  fanout: Fanout;
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
  /** Called once an update of this instance's is stored (autoVersions.ts). */
  onStored(boardId: string): void;
  /** Called once an update of this instance's ended the workshop's session (autoVersions.ts). */
  onSessionEnded(boardId: string): void;
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
    remotePresence: new Map(),
    unloaded: false,
    lastSeq: stored.lastSeq,
    storedBytes: storedBytes(stored),
    // A log of several entries (e.g. left by a crash) is folded at the next compaction or unload.
    updatesSinceCompact: stored.updates.length > 1 ? stored.updates.length : 0,
    compacting: false,
    lastEditAt: null,
    idleTimer: null,
    metaTimer: null,
    preview: null,
    queue: Promise.resolve(),
    applying: false,
    stopFanout: () => {},
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => relayStored(room, update, origin, persistence));
  awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
    if (room.unloaded) return; // destroy() announces the server's own (empty) presence
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(awareness, changed);
    for (const connection of room.connections) connection.send(message);
    notePresence(room, persistence, changed, removed, origin);
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

/**
 * Relays an update the queue stored and then applied (roomQueue.ts) to every socket but the
 * one it came from, which has it already.
 */
function relayStored(room: LiveRoom, update: Uint8Array, origin: unknown, persistence: RoomPersistence): void {
  if (!room.applying) {
    // Only the queue changes the doc, after storing what it applies. Anything else is a bug,
    // and what it changed is not stored: every client resyncs from what is.
    persistence.log(`board ${room.id}: the document changed outside the room's queue; closing its sockets`);
    for (const connection of room.connections) connection.close(CLOSE_INTERNAL_ERROR, 'Board could not be saved');
    persistence.onSaveFailed(room);
    return;
  }
  const message = encodeUpdate(update);
  for (const connection of room.connections) {
    if (connection !== origin) connection.send(message);
  }
  room.lastEditAt = Date.now();
  room.storedBytes += update.byteLength;
  room.updatesSinceCompact++;
  if (room.updatesSinceCompact >= persistence.compactEvery) void compactRoom(room, persistence);
  room.metaTimer ??= setTimeout(() => void flushRoomMeta(room, persistence), persistence.metaFlushMs).unref();
}

/**
 * Folds the stored log into one snapshot of the document. The state and the seq it covers are
 * taken together, at once: the doc holds exactly the stored updates up to `lastSeq`, and any
 * update stored meanwhile has a later seq, which the compaction leaves in the log.
 */
export async function compactRoom(room: LiveRoom, { storage, log }: RoomPersistence): Promise<void> {
  if (room.compacting) return;
  room.compacting = true;
  const state = Y.encodeStateAsUpdate(room.doc);
  const uptoSeq = room.lastSeq;
  const counted = room.updatesSinceCompact;
  const bytesBefore = room.storedBytes;
  try {
    await storage.compact(room.id, state, uptoSeq);
    // What was stored while the compaction was: still in the log, after the snapshot.
    room.storedBytes = state.byteLength + (room.storedBytes - bytesBefore);
    room.updatesSinceCompact -= counted;
  } catch (error) {
    // The compaction is one transaction, so a failed one left the log as it was.
    log(`board ${room.id}: compaction failed (${errorMessage(error)})`);
  } finally {
    room.compacting = false;
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
export async function storePreview(room: LiveRoom, { storage, log, bigBoardBytes }: RoomPersistence): Promise<void> {
  try {
    if (room.storedBytes < bigBoardBytes || (await storage.previewSeq(room.id)) === room.lastSeq) return;
    // The preview and the seq it is of, taken together: the doc holds the stored log up to it.
    const seq = room.lastSeq;
    const data = room.preview?.seq === seq ? room.preview.data : encodePreview(room.doc);
    await storage.savePreview(room.id, data, seq);
  } catch (error) {
    // Only the fast first paint is lost: without a current preview, a browser waits for the doc.
    log(`board ${room.id}: could not store its preview (${errorMessage(error)})`);
  }
}

/** The boards row keeps a copy of the title for listings; the doc remains the source of truth. */
export async function flushRoomMeta(room: LiveRoom, { storage, log }: RoomPersistence): Promise<void> {
  if (room.metaTimer) clearTimeout(room.metaTimer);
  room.metaTimer = null;
  if (room.lastEditAt === null) return;
  try {
    await storage.updateBoardMeta(room.id, readMeta(room.doc).title, room.lastEditAt);
  } catch (error) {
    log(`board ${room.id}: could not copy its title (${errorMessage(error)})`);
  }
}

/**
 * Marks the room as unloading: a client whose join was waiting on this room's promise loads
 * afresh instead of joining it, and its queue takes no new step. The steps queued already
 * still run, on its doc.
 */
export function retireRoom(room: LiveRoom): void {
  room.unloaded = true;
  if (room.idleTimer) clearTimeout(room.idleTimer);
  if (room.metaTimer) clearTimeout(room.metaTimer);
}

/** Closes the room's sockets here, or only those opened with a link of `role`. */
export function closeRoomConnections(room: Room, code: number, reason: string, role: Role | null): void {
  for (const connection of room.connections) {
    if (role === null || connection.role === role) connection.close(code, reason);
  }
}

/** Marks the room gone and frees it, without saving anything: the steps still queued do nothing. */
export function destroyRoom(room: LiveRoom): void {
  retireRoom(room);
  room.stopFanout();
  room.awareness.destroy();
  room.doc.destroy();
}
