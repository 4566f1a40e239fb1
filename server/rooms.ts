import type { Role } from './capabilities.ts';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { errorMessage, type Log } from './log.ts';
import { releasePresence } from './presence.ts';
import { releaseWriter } from './writers.ts';
import * as Y from 'yjs';
import { singleInstance, type Fanout, type FanoutMessage } from './fanout.ts';
import { closeRoomConnections, compactRoom, destroyRoom, flushRoomMeta, openRoom, retireRoom, roomPreview, storePreview, type LiveRoom, type Room, type RoomConnection, type RoomPersistence } from './room.ts';
import { receiveFanout } from './roomFanout.ts';
import { catchUpFromStore, changeThenApply, enqueue, RoomGone, storeThenApply, type Checked } from './roomQueue.ts';
import type { Storage } from './storage.ts';
import { encodeStoredState, storedBytes } from './storedState.ts';

export type { Room, RoomConnection } from './room.ts';

export interface CapturedBoard {
  state: Uint8Array;
  seq: number;
  people: string[];
}

export interface RoomOptions {
  storage: Storage;
  /** How rooms of one board on several instances hear of each other (fanout.ts). Default: a server alone. */
  fanout?: Fanout;
  compactEvery: number;
  idleMs: number;
  /** From this size on, a board gets a preview and its stored log is sent ahead of its load. Default: every board. */
  bigBoardBytes?: number;
  log: Log;
  metaFlushMs?: number;
  /** Called once an update a client of this instance sent is stored. */
  onStored?: (boardId: string) => void;
  /** Called once an update a client of this instance sent ended the workshop's session. */
  onSessionEnded?: (boardId: string) => void;
}

/** The open boards of this process: each loaded once, shared by its clients, unloaded when idle. */
export interface Rooms {
  /** Resolves to a loaded, live room the connection is now part of; rejects if the board cannot be loaded. */
  join(boardId: string, connection: RoomConnection): Promise<Room>;
  leave(room: Room, connection: RoomConnection): void;
  /**
   * Stores a client's update, then applies and relays it, after every update submitted before
   * it (roomQueue.ts). `check` runs in the update's turn and throws to refuse it.
   */
  submit(room: Room, update: Uint8Array, origin: RoomConnection, check: () => Checked): Promise<void>;
  /** Reads the live document (loading it if needed). */
  read<T>(boardId: string, look: (room: Room) => T): Promise<T>;
  /**
   * The live document's whole state, the seq it holds every stored update up to, and the names
   * of the people on the board now, on every instance (for a version: versionsApi.ts).
   */
  capture(boardId: string): Promise<CapturedBoard>;
  /** Makes a change on a copy of the live document, then stores, applies and relays it like any edit. */
  change<T>(boardId: string, change: (doc: Y.Doc) => T): Promise<T>;
  /** Closes the board's sockets, on every instance, or only those opened with a link of `role`. */
  closeConnections(boardId: string, code: number, reason: string, role?: Role): void;
  /** Copies a loaded board's title into its row now, rather than within a second (room.ts). */
  flushMeta(boardId: string): Promise<void>;
  /** The preview of a board that is loaded now; undefined if it is not (see preview.ts). */
  preview(boardId: string): Uint8Array | undefined;
  stats(): { rooms: number; connections: number };
  /**
   * Forgets a board's room, on every instance, without storing anything more of it: for a board deleted for good.
   * Resolves once an update being stored has been, so nothing is stored after the deletion.
   */
  discard(boardId: string): Promise<void>;
  /** Compacts and unloads every room; for shutdown. */
  unloadAll(): Promise<void>;
}

/**
 * How long a load waits for the first joiner's copy of the stored log to be written out. On
 * localhost that takes milliseconds; a slow link gets the rest once the load is done.
 */
const STORED_STATE_WAIT_MS = 1000;

/** What a load shares with joiners who arrive while it runs. */
interface LoadState {
  /** The stored log was read: a joiner who comes later than that is sent `log`, if anything. */
  read: boolean;
  /** Joiners who came before the log was read; they are sent it once it is, if the board is big. */
  early: RoomConnection[];
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

/** How often rooms read what other instances stored while the fan-out between them is down. */
const POLL_WHILE_DOWN_MS = 1000;
/** How often they read it while it is up, for a message lost with nothing after it to show the gap. */
const CHECK_WHILE_UP_MS = 15_000;

export function createRooms({ storage, fanout = singleInstance, compactEvery, idleMs, log, metaFlushMs = 1000, bigBoardBytes = 0, onStored = () => {}, onSessionEnded = () => {} }: RoomOptions): Rooms {
  // The promise, not the room, is what is shared: clients who arrive while a board loads wait
  // for that same load instead of starting a second one with its own Y.Doc.
  const loading = new Map<string, Loading>();
  const live = new Map<string, LiveRoom>();
  /** Rooms unloading, until the updates queued in them are stored: a new load of the board waits. */
  const closing = new Map<string, Promise<void>>();
  const persistence: RoomPersistence = { storage, fanout, compactEvery, log, metaFlushMs, bigBoardBytes, onSaveFailed: forget, onStored, onSessionEnded };

  // While the link between instances is down, each room reads what the others stored, every
  // second; once it is back, once more, and it asks the others for their presence again. While
  // it is up, every room with others to hear from reads the store now and then all the same:
  // a message another instance failed to publish, or lost alone, shows no gap here until the
  // next one comes, which on a quiet board may be never.
  const catchingUp = new WeakSet<LiveRoom>();
  const catchUpAll = () => {
    for (const room of live.values()) {
      if (catchingUp.has(room)) continue; // the last one is still queued or reading
      catchingUp.add(room);
      catchUpFromStore(room, persistence)
        .finally(() => catchingUp.delete(room))
        .catch((error: unknown) => log(`board ${room.id}: ${errorMessage(error)}`));
    }
  };
  let polling: NodeJS.Timeout | null = null;
  const checking = fanout === singleInstance ? null : setInterval(catchUpAll, CHECK_WHILE_UP_MS).unref();
  fanout.onLink((state) => {
    if (polling) clearInterval(polling);
    polling = state === 'down' ? setInterval(catchUpAll, POLL_WHILE_DOWN_MS).unref() : null;
    if (state === 'down') return;
    catchUpAll();
    for (const room of live.values()) fanout.publish(room.id, { kind: 'hello' });
  });

  function getRoom(id: string, joiner?: RoomConnection): Promise<LiveRoom> {
    const wantsLog = joiner !== undefined && !joiner.keepsCopy;
    const pending = loading.get(id);
    if (pending) {
      if (wantsLog && !pending.read) pending.early.push(joiner);
      else if (wantsLog && pending.log && joiner.sendStoredState(pending.log)) pending.sentTo.add(joiner);
      return pending.room;
    }
    const state: LoadState = { read: false, early: wantsLog ? [joiner] : [], log: null, sentTo: new Set() };
    const entry: Loading = Object.assign(state, { room: loadRoom(id, state) });
    // A failed load is forgotten, so the next client tries again rather than inheriting the error.
    entry.room.catch((error: unknown) => {
      if (loading.get(id) === entry) loading.delete(id);
      log(`board ${id}: could not be loaded (${errorMessage(error)})`);
    });
    loading.set(id, entry);
    return entry.room;
  }

  // A big board's joiners are sent its stored log before the document loads: loading blocks
  // this process for as long as a client takes to apply the same bytes.
  async function loadRoom(id: string, entry: LoadState): Promise<LiveRoom> {
    // After the room that unloads stored what its queue held: the load reads all of it.
    await closing.get(id);
    // Subscribed before the load, so that no update stored after it is missed; what arrives
    // while the board loads waits for the room.
    let room: LiveRoom | null = null;
    const early: FanoutMessage[] = [];
    const stopFanout = await fanout.roomOpened(id, (message) => (room ? receiveFanout(room, message, persistence, forget) : early.push(message)));
    try {
      room = await openLoaded(id, entry);
    } catch (error) {
      stopFanout();
      throw error;
    }
    room.stopFanout = stopFanout;
    for (const message of early.splice(0)) receiveFanout(room, message, persistence, forget);
    fanout.publish(id, { kind: 'hello' });
    return room;
  }

  async function openLoaded(id: string, entry: LoadState): Promise<LiveRoom> {
    const stored = await storage.load(id);
    entry.read = true;
    const joiners = entry.early.splice(0);
    if (joiners.length > 0 && storedBytes(stored) >= bigBoardBytes) {
      entry.log = encodeStoredState(stored);
      const writes = joiners.map((joiner) => {
        const written = joiner.sendStoredState(entry.log!);
        if (written) entry.sentTo.add(joiner);
        return written;
      });
      const first = writes.find((written) => written !== undefined);
      if (first) {
        await Promise.race([first, delay(STORED_STATE_WAIT_MS)]);
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

  /**
   * Retires the room at once, so a client who comes now loads the board afresh, once the
   * updates queued in this room are stored; then stores what it holds beyond the log.
   */
  async function unload(room: LiveRoom): Promise<void> {
    if (room.unloaded) return;
    if (live.get(room.id) === room) {
      live.delete(room.id);
      loading.delete(room.id);
    }
    retireRoom(room);
    const done = enqueue(room, async () => {
      await flushRoomMeta(room, persistence);
      if (room.updatesSinceCompact > 0) await compactRoom(room, persistence);
      await storePreview(room, persistence);
    }).finally(() => destroyRoom(room));
    const settled = done.catch(() => {});
    closing.set(room.id, settled);
    try {
      await done;
    } finally {
      if (closing.get(room.id) === settled) closing.delete(room.id);
    }
  }

  function forget(room: LiveRoom): void {
    // Only its own entries: a newer load of the board may have taken them since.
    if (live.get(room.id) === room) {
      live.delete(room.id);
      loading.delete(room.id);
    }
    destroyRoom(room);
  }

  function scheduleUnloadIfIdle(room: LiveRoom): void {
    if (room.connections.size > 0 || room.unloaded) return;
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.idleTimer = setTimeout(() => void unload(room), idleMs).unref();
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
    submit: (room, update, origin, check) => storeThenApply(room as LiveRoom, persistence, update, origin, check),
    async read(boardId, look) {
      const room = await acquire(boardId);
      try {
        return look(room);
      } finally {
        scheduleUnloadIfIdle(room);
      }
    },
    async capture(boardId) {
      const room = await acquire(boardId);
      try {
        // In the room's turn, so the state and its seq are of the same moment.
        return await enqueue(room, () => {
          if (room.doc.isDestroyed) throw new RoomGone('the board was dropped');
          return { state: Y.encodeStateAsUpdate(room.doc), seq: room.lastSeq, people: peopleOn(room) };
        });
      } finally {
        scheduleUnloadIfIdle(room);
      }
    },
    async change(boardId, change) {
      // A room unloaded before the change's turn came is loaded afresh, and the change made there.
      for (;;) {
        const room = await acquire(boardId);
        try {
          return await changeThenApply(room, persistence, change);
        } catch (error) {
          if (!(error instanceof RoomGone)) throw error;
        } finally {
          scheduleUnloadIfIdle(room);
        }
      }
    },
    closeConnections(boardId, code, reason, role) {
      const room = live.get(boardId);
      if (room) closeRoomConnections(room, code, reason, role ?? null);
      fanout.publish(boardId, { kind: 'close', code, reason, role: role ?? null });
    },
    async flushMeta(boardId) {
      const room = live.get(boardId);
      if (room && !room.unloaded) await flushRoomMeta(room, persistence);
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
    async discard(boardId) {
      fanout.publish(boardId, { kind: 'discard' });
      const room = live.get(boardId);
      if (!room) return;
      forget(room);
      await room.queue;
    },
    async unloadAll() {
      if (polling) clearInterval(polling);
      if (checking) clearInterval(checking);
      for (const [id, entry] of loading) if (entry.log) loading.delete(id);
      await Promise.all([...live.values()].map(unload));
    },
  };
}

/** The names people on the board gave, each once, in order. */
function peopleOn(room: Room): string[] {
  const names = new Set<string>();
  for (const state of room.awareness.getStates().values()) {
    const name: unknown = (state as { user?: { name?: unknown } }).user?.name;
    if (typeof name === 'string' && name.trim() !== '') names.add(name.trim());
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
