import { removeAwarenessStates } from 'y-protocols/awareness';
import { errorMessage, type Log } from './log.ts';
import { compactRoom, destroyRoom, flushRoomMeta, openRoom, roomPreview, storePreview, type LiveRoom, type Room, type RoomConnection, type RoomPersistence } from './room.ts';
import type { Storage } from './storage.ts';

export type { Room, RoomConnection } from './room.ts';

export interface RoomOptions {
  storage: Storage;
  compactEvery: number;
  idleMs: number;
  /** Default: every board gets a preview. */
  previewMinBytes?: number;
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
  closeConnections(boardId: string, code: number, reason: string): void;
  /** The preview of a board that is loaded now; undefined if it is not (see preview.ts). */
  preview(boardId: string): Uint8Array | undefined;
  stats(): { rooms: number; connections: number };
  /** Compacts and unloads every room; for shutdown. */
  unloadAll(): void;
}

export function createRooms({ storage, compactEvery, idleMs, log, metaFlushMs = 1000, previewMinBytes = 0 }: RoomOptions): Rooms {
  // The promise, not the room, is what is shared: clients who arrive while a board loads wait
  // for that same load instead of starting a second one with its own Y.Doc.
  const loading = new Map<string, Promise<LiveRoom>>();
  const live = new Map<string, LiveRoom>();
  const persistence: RoomPersistence = { storage, compactEvery, log, metaFlushMs, previewMinBytes, onSaveFailed: forget };

  function getRoom(id: string): Promise<LiveRoom> {
    const pending = loading.get(id);
    if (pending) return pending;
    const attempt = Promise.resolve().then(() => {
      const room = openRoom(id, persistence);
      live.set(id, room);
      return room;
    });
    // A failed load is forgotten, so the next client tries again rather than inheriting the error.
    attempt.catch((error: unknown) => {
      if (loading.get(id) === attempt) loading.delete(id);
      log(`board ${id}: could not be loaded (${errorMessage(error)})`);
    });
    loading.set(id, attempt);
    return attempt;
  }

  async function acquire(id: string): Promise<LiveRoom> {
    for (;;) {
      const room = await getRoom(id);
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
      const room = await acquire(boardId);
      room.connections.add(connection);
      if (room.idleTimer) clearTimeout(room.idleTimer);
      room.idleTimer = null;
      return room;
    },
    leave(room, connection) {
      const liveRoom = room as LiveRoom;
      if (!room.connections.delete(connection) || liveRoom.unloaded) return;
      const ids = [...connection.awarenessIds].filter((id) => room.awareness.states.has(id));
      if (ids.length > 0) removeAwarenessStates(room.awareness, ids, connection);
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
    closeConnections(boardId, code, reason) {
      for (const connection of live.get(boardId)?.connections ?? []) connection.close(code, reason);
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
    unloadAll() {
      for (const room of [...live.values()]) unload(room);
    },
  };
}
