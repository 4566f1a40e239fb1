import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, type Awareness } from 'y-protocols/awareness';

/*
 * Presence in a room is bound to the socket that brought it: a socket speaks for the awareness
 * client ids it introduced, and for no one else. y-websocket clients send on the states they
 * hear from others (and their removals, when a state times out on their side); those echoes
 * are dropped, and so is any claim to an id another socket holds, which would rename or remove
 * that person for everyone, their own page included.
 */

/** A tab brings in one id, its own; a reloaded document or a race on reconnect may add a few. */
export const MAX_PRESENCE_PER_SOCKET = 16;
/** A tab's state (name, colour, cursor, at most 200 selected ids) stays well under this. */
export const MAX_PRESENCE_STATE_BYTES = 8 * 1024;

/** One person's presence in an awareness update, as sent: the state as JSON, "null" for leaving. */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: string;
}

export interface PresenceHolder {
  /** The ids this socket introduced; it speaks for them until it closes. */
  readonly awarenessIds: Set<number>;
}

export interface PresenceRoom {
  readonly awareness: Awareness;
  /** Which socket holds each id in the room. */
  readonly presenceOwners: Map<number, PresenceHolder>;
}

export class PresenceRefused extends Error {}

/**
 * Applies what `holder` may say of `entries` to the room's awareness, which relays it. Throws
 * PresenceRefused for a state over the size limit or a socket claiming too many ids; the
 * caller closes the socket, and nothing of the message is applied.
 */
export function admitPresence(room: PresenceRoom, holder: PresenceHolder, entries: readonly PresenceEntry[]): void {
  const { awareness, presenceOwners } = room;
  const kept: PresenceEntry[] = [];
  const claimed: number[] = [];
  for (const entry of entries) {
    if (Buffer.byteLength(entry.state) > MAX_PRESENCE_STATE_BYTES) throw new PresenceRefused(`a presence state over ${MAX_PRESENCE_STATE_BYTES / 1024} KB`);
    const owner = presenceOwners.get(entry.clientId);
    if (owner === holder) {
      kept.push(entry);
      continue;
    }
    // Someone else's, the room's own, a removal of no one, or an echo y-protocols would ignore.
    if (owner || entry.clientId === awareness.clientID || entry.state === 'null') continue;
    if (entry.clock <= (awareness.meta.get(entry.clientId)?.clock ?? 0)) continue;
    claimed.push(entry.clientId);
    kept.push(entry);
  }
  if (holder.awarenessIds.size + claimed.length > MAX_PRESENCE_PER_SOCKET) throw new PresenceRefused('presence for too many people');
  for (const id of claimed) {
    holder.awarenessIds.add(id);
    presenceOwners.set(id, holder);
  }
  if (kept.length > 0) applyAwarenessUpdate(awareness, encodePresence(kept), holder);
}

/** Removes the presence a closing socket brought, and only that. */
export function releasePresence(room: PresenceRoom, holder: PresenceHolder, removeStates: (ids: number[]) => void): void {
  const present: number[] = [];
  for (const id of holder.awarenessIds) {
    if (room.presenceOwners.get(id) === holder) room.presenceOwners.delete(id);
    if (room.awareness.states.has(id)) present.push(id);
  }
  if (present.length > 0) removeStates(present);
}

function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
