import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_INVALID_PAYLOAD, CLOSE_PROTOCOL_ERROR } from './closeCodes.ts';
import type { PresenceEntry } from './presence.ts';
import { decodeUpdate, UpdateError, type DecodedUpdate } from './updates/check.ts';

/**
 * The y-websocket wire format, parsed strictly. A message is checked whole before anything
 * acts on it, so garbage is refused instead of half-applied, and trailing bytes are an error
 * rather than silently dropped.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'awareness'; entries: PresenceEntry[] }
  | { kind: 'queryAwareness' };



export class ProtocolError extends Error {
  constructor(
    readonly closeCode: typeof CLOSE_PROTOCOL_ERROR | typeof CLOSE_INVALID_PAYLOAD,
    message: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function parseClientMessage(bytes: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(bytes);
  const message = readMessage(decoder);
  if (decoding.hasContent(decoder)) throw new ProtocolError(CLOSE_PROTOCOL_ERROR, 'trailing bytes after message');
  return message;
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = readUint(decoder);
  if (type === MESSAGE_QUERY_AWARENESS) return { kind: 'queryAwareness' };
  if (type === MESSAGE_AWARENESS) {
    return { kind: 'awareness', entries: readAwarenessUpdate(readBytes(decoder)) };
  }
  if (type !== MESSAGE_SYNC) throw new ProtocolError(CLOSE_PROTOCOL_ERROR, `unknown message type ${type}`);
  const step = readUint(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) {
    const stateVector = readBytes(decoder);
    checkStateVector(stateVector);
    return { kind: 'syncStep1', stateVector };
  }
  if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
    const update = readBytes(decoder);
    try {
      return { kind: 'update', update, decoded: decodeUpdate(update) };
    } catch (error) {
      if (error instanceof UpdateError) throw new ProtocolError(CLOSE_INVALID_PAYLOAD, `update cannot be decoded: ${error.message}`);
      throw error;
    }
  }
  throw new ProtocolError(CLOSE_PROTOCOL_ERROR, `unknown sync message type ${step}`);
}

/** Whom the update speaks for and what it says, so the room can check who may say what. */
export function readAwarenessUpdate(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: PresenceEntry[] = [];
  try {
    const count = readUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = readUint(decoder);
      const clock = readUint(decoder);
      const text = utf8.decode(readBytes(decoder));
      // Only checked, never kept: what goes on is the text, as y-protocols would parse it.
      const state: unknown = JSON.parse(text);
      if (typeof state !== 'object' || Array.isArray(state)) throw new Error('state is not an object');
      entries.push({ clientId, clock, state: state === null ? 'null' : text });
    }
  } catch {
    throw new ProtocolError(CLOSE_INVALID_PAYLOAD, 'malformed awareness update');
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError(CLOSE_INVALID_PAYLOAD, 'trailing bytes in awareness update');
  return entries;
}

function checkStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector);
  try {
    const count = readUint(decoder);
    for (let i = 0; i < count * 2; i++) readUint(decoder);
  } catch {
    throw new ProtocolError(CLOSE_INVALID_PAYLOAD, 'malformed state vector');
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError(CLOSE_INVALID_PAYLOAD, 'trailing bytes in state vector');
}

function readUint(decoder: decoding.Decoder): number {
  let value: number;
  try {
    value = decoding.readVarUint(decoder);
  } catch {
    throw new ProtocolError(CLOSE_PROTOCOL_ERROR, 'truncated or oversized integer');
  }
  // lib0 returns NaN for a long enough run of continuation bytes, which no comparison refuses.
  if (!Number.isSafeInteger(value)) throw new ProtocolError(CLOSE_PROTOCOL_ERROR, 'oversized integer');
  return value;
}

// lib0 reads a length-prefixed array as a view of the underlying buffer without checking the
// length against the message, so a lying length would read past it.
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = readUint(decoder);
  if (length > decoder.arr.length - decoder.pos) throw new ProtocolError(CLOSE_PROTOCOL_ERROR, 'length past end of message');
  return decoding.readUint8Array(decoder, length);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
  return encoding.toUint8Array(encoder);
}
