import * as Y from 'yjs';
import type { Role } from './capabilities.ts';
import { PRESENCE_HELD_MS, type PresenceHolder, type ReleasedPresence } from './presence.ts';
import type { DecodedUpdate } from './updates/decode.ts';
import { RoleRefused } from './updates/roles.ts';

/*
 * Whose Yjs client ids a comment socket may write under. Yjs takes a struct at a clock it has
 * not seen for its client id, whoever sends it: written under an editor's id ahead of them, it
 * makes the room skip the editor's own next edit as one it already holds. Everyone's ids are in
 * presence, so a comment link could silently swallow what editors do. A comment socket
 * therefore writes only as itself: under the id its presence holds, an id it has written
 * under, or an id the board has never seen and no one else holds. (An edit link may change
 * anything on the board; a view link writes nothing at all.)
 */

export interface WriterRoom {
  readonly doc: Y.Doc;
  /** The socket that first wrote under each client id, while it stays. */
  readonly writers: Map<number, PresenceHolder>;
  readonly presenceOwners: Map<number, PresenceHolder>;
  readonly presenceReleased: Map<number, ReleasedPresence>;
  /** Ids held by sockets of other instances (roomFanout.ts). */
  readonly remotePresence: ReadonlyMap<number, unknown>;
}

/**
 * The client ids the update writes new structs under; throws RoleRefused when `writer`, of
 * `role`, may not write under one of them.
 */
export function checkWriter(room: WriterRoom, writer: PresenceHolder, update: DecodedUpdate, role: Role, now = Date.now()): number[] {
  const clients = newClients(room.doc, update);
  if (role !== 'comment') return clients;
  for (const client of clients) {
    const holder = room.writers.get(client) ?? room.presenceOwners.get(client);
    if (holder === writer) continue;
    const released = room.presenceReleased.get(client);
    const heldForOther = released !== undefined && released.address !== writer.address && now - released.at < PRESENCE_HELD_MS;
    if (holder !== undefined || heldForOther || room.remotePresence.has(client) || Y.getState(room.doc.store, client) > 0) {
      throw new RoleRefused({ code: 'commentAsItself' });
    }
  }
  return clients;
}

/** Records the ids `writer` wrote new structs under (checkWriter's answer), once its update is in. */
export function claimWriter(room: WriterRoom, writer: PresenceHolder, clients: readonly number[]): void {
  for (const client of clients) if (!room.writers.has(client)) room.writers.set(client, writer);
}

/** Forgets the ids a closing socket wrote under. */
export function releaseWriter(room: WriterRoom, writer: PresenceHolder): void {
  for (const [client, holder] of room.writers) if (holder === writer) room.writers.delete(client);
}

/** The client ids the update writes structs under past what the document holds. */
function newClients(doc: Y.Doc, update: DecodedUpdate): number[] {
  const clients: number[] = [];
  for (const [client, structs] of update.structs) {
    const known = Y.getState(doc.store, client);
    if (structs.some((struct) => struct.kind !== 'skip' && struct.clock + struct.length > known)) clients.push(client);
  }
  return clients;
}
