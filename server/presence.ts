import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import type { Role } from './capabilities.ts';

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
/**
 * How long the ids of a closed socket stay its address's: long enough to reconnect after a
 * network blip, so that no one else, having heard the id, takes it over in between.
 */
export const PRESENCE_HELD_MS = 60_000;

/** One person's presence in an awareness update, as sent: the state as JSON, "null" for leaving. */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: string;
}

export interface PresenceHolder {
  /** The ids this socket introduced; it speaks for them until it closes. */
  readonly awarenessIds: Set<number>;
  /** The client address the socket came from (clientAddress.ts). */
  readonly address: string;
  /** The socket's role, stamped into every state it sends (stampRole). */
  readonly role: Role;
}

/** The ids of a closed socket, held for its address (PRESENCE_HELD_MS). */
export interface ReleasedPresence {
  address: string;
  at: number;
}

export interface PresenceRoom {
  readonly awareness: Awareness;
  /** Which socket holds each id in the room. */
  readonly presenceOwners: Map<number, PresenceHolder>;
  /** Ids whose socket closed lately, and for whom. */
  readonly presenceReleased: Map<number, ReleasedPresence>;
  /** Ids held by sockets of other instances (roomFanout.ts). */
  readonly remotePresence: ReadonlyMap<number, unknown>;
}

export class PresenceRefused extends Error {}

/**
 * Applies what `holder` may say of `entries` to the room's awareness, which relays it. Throws
 * PresenceRefused for a state over the size limit or a socket claiming too many ids; the
 * caller closes the socket, and nothing of the message is applied.
 */
export function admitPresence(room: PresenceRoom, holder: PresenceHolder, entries: readonly PresenceEntry[], now = Date.now()): void {
  const { awareness, presenceOwners, presenceReleased, remotePresence } = room;
  const kept: PresenceEntry[] = [];
  const claimed: number[] = [];
  for (const entry of entries) {
    if (Buffer.byteLength(entry.state) > MAX_PRESENCE_STATE_BYTES) throw new PresenceRefused(`a presence state over ${MAX_PRESENCE_STATE_BYTES / 1024} KB`);
    const owner = presenceOwners.get(entry.clientId);
    if (owner === holder) {
      kept.push(stampRole(entry, holder.role));
      continue;
    }
    // Someone else's (here or on another instance), the room's own, a removal of no one, or an
    // echo y-protocols would ignore.
    if (owner || remotePresence.has(entry.clientId) || entry.clientId === awareness.clientID || entry.state === 'null') continue;
    const released = presenceReleased.get(entry.clientId);
    if (released && released.address !== holder.address && now - released.at < PRESENCE_HELD_MS) continue;
    if (entry.clock <= (awareness.meta.get(entry.clientId)?.clock ?? 0)) continue;
    claimed.push(entry.clientId);
    kept.push(stampRole(entry, holder.role));
  }
  if (holder.awarenessIds.size + claimed.length > MAX_PRESENCE_PER_SOCKET) throw new PresenceRefused('presence for too many people');
  for (const id of claimed) {
    holder.awarenessIds.add(id);
    presenceOwners.set(id, holder);
    presenceReleased.delete(id);
  }
  if (kept.length > 0) applyAwarenessUpdate(awareness, encodePresence(kept), holder);
}

/** What a view link's presence may show: who, where their pointer is, what they look at. */
const VIEWER_FIELDS = ['user', 'cursor', 'viewport'];

/**
 * The state as others will see it: with the role of the socket that sent it, whatever the
 * state claimed, and for a viewer nothing but its VIEWER_FIELDS (no selection to draw on cards).
 */
function stampRole(entry: PresenceEntry, role: Role): PresenceEntry {
  if (entry.state === 'null') return entry;
  let state: unknown;
  try {
    state = JSON.parse(entry.state);
  } catch {
    throw new PresenceRefused('a presence state that is not JSON');
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw new PresenceRefused('a presence state that is not an object');
  const fields = Object.entries(state).filter(([key]) => key !== 'role' && (role !== 'view' || VIEWER_FIELDS.includes(key)));
  return { ...entry, state: JSON.stringify(Object.fromEntries([...fields, ['role', role]])) };
}

/** Removes the presence a closing socket brought, and only that, holding its ids for its address. */
export function releasePresence(room: PresenceRoom, holder: PresenceHolder, removeStates: (ids: number[]) => void, now = Date.now()): void {
  const present: number[] = [];
  for (const id of holder.awarenessIds) {
    if (room.presenceOwners.get(id) !== holder) continue;
    room.presenceOwners.delete(id);
    room.presenceReleased.set(id, { address: holder.address, at: now });
    if (room.awareness.states.has(id)) present.push(id);
  }
  if (present.length > 0) removeStates(present);
  forgetDeparted(room, now);
}

/**
 * Awareness keeps the clock of every id it ever heard, so that a late echo of an old state is
 * not taken for news. Once an id is no one's and no longer held, its clock goes too: else each
 * tab that ever opened the board, or ids made up by a client, would stay in memory while the
 * room lives.
 */
function forgetDeparted({ awareness, presenceOwners, presenceReleased }: PresenceRoom, now: number): void {
  for (const [id, { at }] of presenceReleased) {
    if (now - at >= PRESENCE_HELD_MS) presenceReleased.delete(id);
  }
  for (const id of awareness.meta.keys()) {
    if (id !== awareness.clientID && !awareness.states.has(id) && !presenceOwners.has(id) && !presenceReleased.has(id)) awareness.meta.delete(id);
  }
}

export function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
