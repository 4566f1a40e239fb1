import * as Y from 'yjs';
import { encodeUpdate } from './protocol.ts';
import type { StoredLog } from './storage.ts';

/*
 * A big board's stored log, sent to the first clients before the server loads it. Yjs takes as
 * long to apply a long history on the server as in the browser (1.3–2.1 s for 10,000 cards and
 * 200,000 edits), and a room answers a client only once its document is loaded. Sent first, the
 * client applies the log while the server does the same, instead of after it.
 */

/** An update that holds nothing: merged with one, an update is read whole. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * The log as one message, so a client applies it in one transaction and one render (a log
 * left by a crash holds up to COMPACT_EVERY entries). A plain update, not a sync step 2: the
 * client counts as synced only once the loaded room answers it, so a load that fails after this
 * leaves it unsynced and backing off as before. Merging reads every struct and the delete set,
 * so it throws for bytes that cannot be decoded, which are never sent.
 */
export function encodeStoredState(stored: StoredLog): Uint8Array {
  const updates = stored.updates.length === 1 ? [stored.updates[0]!, EMPTY_UPDATE] : stored.updates;
  return encodeUpdate(Y.mergeUpdates(updates));
}

/**
 * What a client that was sent the stored log knows: its own state vector, raised to the state
 * the log held. Asked with it, the server's answer skips every struct the log already gave.
 */
export function withStoredState(clientStateVector: Uint8Array, storedStateVector: ReadonlyMap<number, number>): Uint8Array {
  const known = Y.decodeStateVector(clientStateVector);
  for (const [client, clock] of storedStateVector) known.set(client, Math.max(clock, known.get(client) ?? 0));
  return Y.encodeStateVector(known);
}

export function storedBytes(stored: StoredLog): number {
  return stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
}
