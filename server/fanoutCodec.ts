import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { isRole } from './capabilities.ts';
import type { FanoutMessage } from './fanout.ts';

/*
 * A fanout message on the wire: the sending instance's id (so an instance skips its own), a
 * kind byte, then the kind's fields in lib0's encoding, as the y-websocket protocol is. Binary,
 * because most messages are Yjs updates, which base64 in JSON would make a third larger.
 */

const KINDS = ['update', 'presence', 'hello', 'close', 'discard'] as const;

export function encodeFanout(sender: string, message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, sender);
  encoding.writeUint8(encoder, KINDS.indexOf(message.kind));
  switch (message.kind) {
    case 'update':
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'presence':
      encoding.writeVarUint8Array(encoder, message.awareness);
      encoding.writeVarUint(encoder, message.keys.length);
      for (const [clientId, keyHash] of message.keys) {
        encoding.writeVarUint(encoder, clientId);
        encoding.writeVarString(encoder, keyHash);
      }
      encoding.writeVarUint(encoder, message.held.length);
      for (const [clientId, address] of message.held) {
        encoding.writeVarUint(encoder, clientId);
        encoding.writeVarString(encoder, address);
      }
      break;
    case 'close':
      encoding.writeVarUint(encoder, message.code);
      encoding.writeVarString(encoder, message.reason);
      encoding.writeVarString(encoder, message.role ?? '');
      break;
    case 'hello':
    case 'discard':
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Throws on bytes that are not a whole message of a known kind. */
export function decodeFanout(bytes: Uint8Array): { sender: string; message: FanoutMessage } {
  const decoder = decoding.createDecoder(bytes);
  const sender = decoding.readVarString(decoder);
  const kind = KINDS[decoding.readUint8(decoder)];
  let message: FanoutMessage;
  switch (kind) {
    case 'update':
      message = { kind, seq: decoding.readVarUint(decoder), update: decoding.readVarUint8Array(decoder) };
      break;
    case 'presence': {
      const awareness = decoding.readVarUint8Array(decoder);
      const keys: [number, string][] = [];
      for (let count = decoding.readVarUint(decoder); count > 0; count--) keys.push([decoding.readVarUint(decoder), decoding.readVarString(decoder)]);
      const held: [number, string][] = [];
      for (let count = decoding.readVarUint(decoder); count > 0; count--) held.push([decoding.readVarUint(decoder), decoding.readVarString(decoder)]);
      message = { kind, awareness, keys, held };
      break;
    }
    case 'close': {
      const code = decoding.readVarUint(decoder);
      // The board's own close codes; a socket cannot be closed with most others.
      if (code < 4000 || code > 4999) throw new Error(`a close code outside 4000–4999: ${code}`);
      const reason = decoding.readVarString(decoder);
      const role = decoding.readVarString(decoder);
      message = { kind, code, reason, role: isRole(role) ? role : null };
      break;
    }
    case 'hello':
    case 'discard':
      message = { kind };
      break;
    default:
      throw new Error('a fanout message of no known kind');
  }
  if (decoding.hasContent(decoder)) throw new Error('a fanout message with bytes past its end');
  return { sender, message };
}
