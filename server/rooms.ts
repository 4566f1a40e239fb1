import type { Role } from './capabilities.ts';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { errorMessage, type Log } from './log.ts';
import { releasePresence } from './presence.ts';
import { releaseWriter } from './writers.ts';
import { compactRoom, destroyRoom, flushRoomMeta, openRoom, roomPreview, storePreview, type LiveRoom, type Room, type RoomConnection, type RoomPersistence } from './room.ts';
import type { Storage } from './storage.ts';
import { encodeStoredState, storedBytes } from './storedState.ts';

export type { Room, RoomConnection } from './room.ts';

export interface RoomOptions {
  storage: Storage;
  compactEvery: number;
  idleMs: number;
  /** From this size on, a board gets a preview and its stored log is sent ahead of its load. Default: every board. */
  bigBoardBytes?: number;
  log: Log;
  metaFlushMs?: number;
}

/** The open boards of this process: each loaded once, shared by its clients, unloaded when idle. */
export interface Rooms {
  /** Resolves to a loaded, live room the connection is now part of; rejects if the board cannot be loaded. */
  join(boardId: string, connection: RoomConnection): Promise<Room>;
  leave(room: Room, connection: RoomConnection): void;
  /** Runs `change` on the live document (loading it if needed), persisted and relayed like any edit. */
  edit<T>(boardId: string, change: (room: Room) => T): Promise<T>;
  /** Closes the board's sockets, or only those opened with a link of `role`. */
  closeConnections(boardId: string, code: number, reason: string, role?: Role): void;
  /** Copies a loaded board's title into its row now, rather than within a second (room.ts). */
  flushMeta(boardId: string): void;
  /** The preview of a board that is loaded now; undefined if it is not (see preview.ts). */
  preview(boardId: string): Uint8Array | undefined;
  stats(): { rooms: number; connections: number };
  /** Forgets a board's room without storing anything of it: for a board deleted for good. */
  discard(boardId: string): void;
  /** Compacts and unloads every room; for shutdown. */
  unloadAll(): void;
}

/**
 * How long a load waits for the first joiner's copy of the stored log to be written out. On
 * localhost that takes milliseconds; a slow link gets the rest once the load is done.
 */
const STORED_STATE_WAIT_MS = 1000;

/** What a load shares with joiners who arrive while it runs. */
interface LoadState {
  /** A big board's stored log as a message, while its load waits for it to be written out. */
  log: Uint8Array | null;
  /** Who was sent that log. */
  sentTo: Set<RoomConnection>;
}

/** A board being loaded, or loaded: the promise is what joiners share. */
interface Loading extends LoadState {
  room: Promise<LiveRoom>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export function createRooms({ storage, compactEvery, idleMs, log, metaFlushMs = 1000, bigBoardBytes = 0 }: RoomOptions): Rooms {
  // The promise, not the room, is what is shared: clients who arrive while a board loads wait
  // for that same load instead of starting a second one with its own Y.Doc.
  const loading = new Map<string, Loading>();
  const live = new Map<string, LiveRoom>();
  const persistence: RoomPersistence = { storage, compactEvery, log, metaFlushMs, bigBoardBytes, onSaveFailed: forget };

  function getRoom(id: string, joiner?: RoomConnection): Promise<LiveRoom> {
    const pending = loading.get(id);
    if (pending) {
      if (joiner && !joiner.keepsCopy && pending.log && joiner.sendStoredState(pending.log)) pending.sentTo.add(joiner);
      return pending.room;
    }
    // The load reads the log at once and may hand it to the state before returning its promise.
    const state: LoadState = { log: null, sentTo: new Set() };
    const entry: Loading = Object.assign(state, { room: loadRoom(id, state, joiner) });
    // A failed load is forgotten, so the next client tries again rather than inheriting the error.
    entry.room.catch((error: unknown) => {
      if (loading.get(id) === entry) loading.delete(id);
      log(`board ${id}: could not be loaded (${errorMessage(error)})`);
    });
    loading.set(id, entry);
    return entry.room;
  }

  // Reads the log at once, so a big board's first joiner is sent it before the document loads;
  // loading blocks this process for as long as the client takes to apply the same bytes.
  async function loadRoom(id: string, entry: LoadState, joiner?: RoomConnection): Promise<LiveRoom> {
    const stored = storage.load(id);
    if (joiner && !joiner.keepsCopy && storedBytes(stored) >= bigBoardBytes) {
      entry.log = encodeStoredState(stored);
      const written = joiner.sendStoredState(entry.log);
      if (written) {
        entry.sentTo.add(joiner);
        await Promise.race([written, delay(STORED_STATE_WAIT_MS)]);
        // unloadAll (at shutdown) drops a load that is still waiting: no room opens on storage
        // that is closing.
        if (loading.get(id) !== entry) throw new Error('unloaded while it loaded');
      }
      entry.log = null;
    }
    const room = openRoom(id, stored, persistence, entry.sentTo);
    live.set(id, room);
    return room;
  }

  async function acquire(id: string, joiner?: RoomConnection): Promise<LiveRoom> {
    for (;;) {
      const room = await getRoom(id, joiner);
      if (!room.unloaded) return room;
    }
  }

  function unload(room: LiveRoom): void {
    if (room.unloaded) return;
    flushRoomMeta(room, persistence);
    if (room.updatesSinceCompact > 0) compactRoom(room, persistence);
    storePreview(room, persistence);
    forget(room);
  }

  function forget(room: LiveRoom): void {
    loading.delete(room.id);
    live.delete(room.id);
    destroyRoom(room);
  }

  function scheduleUnloadIfIdle(room: LiveRoom): void {
    if (room.connections.size > 0 || room.unloaded) return;
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = setTimeout(() => unload(room), idleMs).unref();
  }

  return {
    async join(boardId, connection) {
      const room = await acquire(boardId, connection);
      room.connections.add(connection);
      if (room.idleTimer) clearTimeout(room.idleTimer);
      room.idleTimer = null;
      return room;
    },
    leave(room, connection) {
      const liveRoom = room as LiveRoom;
      if (!room.connections.delete(connection) || liveRoom.unloaded) return;
      releasePresence(room, connection, (ids) => removeAwarenessStates(room.awareness, ids, connection));
      releaseWriter(room, connection);
      scheduleUnloadIfIdle(liveRoom);
    },
    async edit(boardId, change) {
      const room = await acquire(boardId);
      try {
        return change(room);
      } finally {
        scheduleUnloadIfIdle(room);
      }
    },
    closeConnections(boardId, code, reason, role) {
      for (const connection of live.get(boardId)?.connections ?? []) {
        if (role === undefined || connection.role === role) connection.close(code, reason);
      }
    },
    flushMeta(boardId) {
      const room = live.get(boardId);
      if (room && !room.unloaded) flushRoomMeta(room, persistence);
    },
    preview(boardId) {
      const room = live.get(boardId);
      return room && !room.unloaded ? roomPreview(room, persistence) : undefined;
    },
    stats() {
      let connections = 0;
      for (const room of live.values()) connections += room.connections.size;
      return { rooms: live.size, connections };
    },
    discard(boardId) {
      const room = live.get(boardId);
      if (room) forget(room);
    },
    unloadAll() {
      for (const [id, entry] of loading) if (entry.log) loading.delete(id);
      for (const room of [...live.values()]) unload(room);
    },
  };
}
