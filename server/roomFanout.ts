import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { FanoutMessage } from './fanout.ts';
import { errorMessage } from './log.ts';
import { encodePresence, type PresenceEntry } from './presence.ts';
import { readAwarenessUpdate } from './protocol.ts';
import { closeRoomConnections, type LiveRoom, type Room, type RoomPersistence } from './room.ts';
import { applyPublished } from './roomQueue.ts';

/*
 * A room's side of the fan-out between instances (fanout.ts): it publishes each update it
 * stored (roomQueue.ts) and the presence of its own sockets, and takes in what the same
 * board's rooms on other instances publish. Presence from elsewhere is applied as it came,
 * having been checked where its socket is; it is relayed here, never published again.
 */

/** The origin of presence another instance published, with the facilitator key hash of each id. */
class FromFanout {
  constructor(readonly keys: ReadonlyMap<number, string>) {}
}

/** Handles one message another instance published of the room's board. */
export function receiveFanout(room: LiveRoom, message: FanoutMessage, persistence: RoomPersistence, forget: (room: LiveRoom) => void): void {
  switch (message.kind) {
    case 'update':
      // applyPublished logs what it cannot apply; a rejection here is a bug, and is logged too.
      applyPublished(room, persistence, message.seq, message.update).catch((error: unknown) => persistence.log(`board ${room.id}: ${errorMessage(error)}`));
      return;
    case 'presence':
      for (const [clientId, address] of message.held) room.presenceReleased.set(clientId, { address, at: Date.now() });
      try {
        applyAwarenessUpdate(room.awareness, heardHere(room, readAwarenessUpdate(message.awareness)), new FromFanout(new Map(message.keys)));
      } catch (error) {
        persistence.log(`board ${room.id}: dropped presence from another instance (${errorMessage(error)})`);
      }
      return;
    case 'hello':
      return publishLocalPresence(room, persistence);
    case 'close':
      return closeRoomConnections(room, message.code, message.reason, message.role);
    case 'discard':
      return forget(room);
  }
}

/**
 * Presence another instance published, as this room relays it. An id a socket here holds is
 * this instance's to speak for: a claim to it from elsewhere is dropped, as a local one would
 * be (presence.ts).
 *
 * This room is its sockets' only source of presence from other instances, so it may number
 * what it relays: a state no newer than what the room last heard of its id (the removal made
 * when its socket closed elsewhere, one step past the clock its page knows, or any clock before
 * the instance it came from restarted) gets the next number, or the room, and every page here,
 * would take the person who came back for old news until their page renewed its state. A
 * removal gets at least the number the room knows, which y-protocols takes for a removal.
 */
function heardHere(room: LiveRoom, entries: readonly PresenceEntry[]): Uint8Array {
  // Held ones are held on every instance (the `held` of the message that removed them), so the
  // instance a claim came from has judged it already.
  const kept = entries.filter(({ clientId }) => !room.presenceOwners.has(clientId));
  return encodePresence(
    kept.map((entry) => {
      const known = room.awareness.meta.get(entry.clientId)?.clock ?? -1;
      if (entry.state === 'null') return { ...entry, clock: Math.max(entry.clock, known) };
      return entry.clock <= known ? { ...entry, clock: known + 1 } : entry;
    }),
  );
}

/**
 * Keeps track of presence from other instances, and publishes what this instance's sockets
 * changed. A state that times out here times out on every instance by itself, and is not news.
 */
export function notePresence(room: LiveRoom, persistence: RoomPersistence, changed: readonly number[], removed: readonly number[], origin: unknown): void {
  for (const id of removed) room.remotePresence.delete(id);
  if (origin instanceof FromFanout) {
    for (const id of changed) if (room.awareness.states.has(id)) room.remotePresence.set(id, origin.keys.get(id) ?? null);
    return;
  }
  if (typeof origin === 'string') return; // 'timeout', or the room's own empty state
  publishPresence(room, persistence, changed, removed);
}

/** The presence of every socket here, for a room that just opened on another instance. */
export function publishLocalPresence(room: LiveRoom, persistence: RoomPersistence): void {
  const ids = [...room.presenceOwners.keys()].filter((id) => room.awareness.states.has(id));
  if (ids.length > 0) publishPresence(room, persistence, ids);
}

function publishPresence(room: LiveRoom, { fanout }: RoomPersistence, ids: readonly number[], removed: readonly number[] = []): void {
  const keys: [number, string][] = [];
  for (const id of ids) {
    const keyHash = room.presenceOwners.get(id)?.keyHash;
    if (keyHash) keys.push([id, keyHash]);
  }
  const held: [number, string][] = [];
  for (const id of removed) {
    const released = room.presenceReleased.get(id);
    if (released) held.push([id, released.address]);
  }
  fanout.publish(room.id, { kind: 'presence', awareness: encodeAwarenessUpdate(room.awareness, [...ids]), keys, held });
}

/** Whether a socket that holds the facilitator key of this hash is on the board, on any instance. */
export function keyOnBoard(room: Room, keyHash: string): boolean {
  for (const connection of room.connections) if (connection.keyHash === keyHash) return true;
  for (const held of room.remotePresence.values()) if (held === keyHash) return true;
  return false;
}
