import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { ProtocolError, encodeAwareness, encodeSyncStep1, encodeUpdate, parseClientMessage } from './protocol.ts';

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

/** An integer lib0 reads as NaN: its multiplier overflows to Infinity, and 0 × Infinity is NaN. */
const NAN_VARINT = [...Array<number>(150).fill(0x80), 0];

function closeCodeOf(bytes: Uint8Array): number | 'accepted' {
  try {
    parseClientMessage(bytes);
    return 'accepted';
  } catch (error) {
    if (error instanceof ProtocolError) return error.closeCode;
    throw error;
  }
}

describe('parseClientMessage', () => {
  it('reads what a y-websocket client sends', () => {
    const doc = docWithText('hi');
    expect(parseClientMessage(encodeSyncStep1(doc))).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
    const update = Y.encodeStateAsUpdate(doc);
    const parsedUpdate = parseClientMessage(encodeUpdate(update));
    expect(parsedUpdate).toMatchObject({ kind: 'update', update });
    // Read whole: one client's one struct, the text "hi" in the root "t".
    expect(parsedUpdate.kind === 'update' && [...parsedUpdate.decoded.structs.values()].flat()).toMatchObject([{ kind: 'item', parentKey: expect.any(String), content: { kind: 'string', text: 'hi' } }]);
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', { name: 'Ana' });
    const parsed = parseClientMessage(encodeAwareness(awareness, [doc.clientID]));
    const clock = awareness.meta.get(doc.clientID)!.clock;
    expect(parsed).toMatchObject({ kind: 'awareness', entries: [{ clientId: doc.clientID, clock, state: JSON.stringify({ user: { name: 'Ana' } }) }] });
    awareness.destroy();
    expect(parseClientMessage(new Uint8Array([3]))).toEqual({ kind: 'queryAwareness' });
  });

  it('accepts an awareness removal (a null state)', () => {
    const awareness = new Awareness(new Y.Doc());
    const removal = encodeAwarenessUpdate(awareness, [awareness.clientID], new Map());
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, removal);
    expect(parseClientMessage(encoding.toUint8Array(encoder))).toMatchObject({ kind: 'awareness', entries: [{ clientId: awareness.clientID, state: 'null' }] });
    awareness.destroy();
  });

  it.each([
    ['an empty frame', new Uint8Array([]), 1002],
    ['an unknown message type', new Uint8Array([2]), 1002],
    ['an unknown sync step', new Uint8Array([0, 9, 0]), 1002],
    ['a truncated varint', new Uint8Array([0x80]), 1002],
    ['an oversized varint', new Uint8Array(12).fill(0xff), 1002],
    ['a length past the end', new Uint8Array([0, 2, 10, 0, 0]), 1002],
    ['trailing bytes', new Uint8Array([3, 0]), 1002],
    ['a garbage update', new Uint8Array([0, 2, 3, 0xff, 0xff, 0xff]), 1007],
    ['a malformed state vector', new Uint8Array([0, 0, 2, 5, 0x80]), 1007],
    ['awareness with bad JSON', new Uint8Array([1, 6, 1, 1, 1, 2, 0x7b, 0x7b]), 1007],
    ['awareness with invalid UTF-8', new Uint8Array([1, 6, 1, 1, 1, 2, 0xc3, 0x28]), 1007],
    ['a message type read as NaN', new Uint8Array([...NAN_VARINT]), 1002],
    ['a state vector with a client read as NaN', new Uint8Array([0, 0, 153, 1, 1, ...NAN_VARINT, 1]), 1007],
    ['awareness from a client id read as NaN', new Uint8Array([1, 156, 1, 1, ...NAN_VARINT, 1, 2, 0x7b, 0x7d]), 1007],
  ])('refuses %s', (_label, bytes, code) => {
    expect(closeCodeOf(bytes)).toBe(code);
  });
});

