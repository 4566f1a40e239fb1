import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import { messageAwareness, type WebsocketProvider } from 'y-websocket';

/**
 * y-protocols takes a remote state given for this tab's own client id, with a higher clock, as
 * this tab's own state, and sends it on from then on: a socket that claimed a person's id could
 * rename them for everyone, their own page included. The server drops such claims; the page
 * also never adopts one.
 */
export function keepOwnPresence(provider: WebsocketProvider): void {
  provider.messageHandlers[messageAwareness] = (_encoder, decoder, from) => {
    const update = decoding.readVarUint8Array(decoder);
    applyAwarenessUpdate(from.awareness, withoutClient(update, from.awareness.clientID), from);
  };
}

/** An awareness update without the entries for `clientId` (the same bytes if it has none). */
export function withoutClient(update: Uint8Array, clientId: number): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: [number, number, string][] = [];
  for (let i = 0; i < count; i++) {
    const entry: [number, number, string] = [decoding.readVarUint(decoder), decoding.readVarUint(decoder), decoding.readVarString(decoder)];
    if (entry[0] !== clientId) kept.push(entry);
  }
  if (kept.length === count) return update;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const [id, clock, state] of kept) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
