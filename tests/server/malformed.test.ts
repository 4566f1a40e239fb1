import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  addNote,
  connectClient,
  createBoard,
  noteText,
  rawSocket,
  startServer,
  tempDataDir,
  waitFor,
  whenSynced,
  type Client,
  type ServerProcess,
} from './harness.ts';

const MAX_FRAME_BYTES = 64 * 1024;

function message(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

// Each entry: what a broken or hostile client sends, and the close codes that may answer it.
const BAD_INPUT: [string, string | Uint8Array, number[]][] = [
  ['a text frame', 'hello', [1003]],
  ['random bytes', randomBytes(300), [1002, 1007]],
  ['an unknown message type', message(7), [1002]],
  ['a truncated varint', new Uint8Array([0, 2, 0xff, 0xff]), [1002]],
  ['a length past the end of the frame', new Uint8Array([0, 2, 50, 1, 2, 3]), [1002]],
  ['a sync update of garbage bytes', message(0, 2, new Uint8Array([0xff, 0xff, 0xff, 0x07, 0x13, 0x99, 0x01])), [1007]],
  // Fixed bytes, not random: Yjs accepts about 1 in 70,000 random 64-byte strings as an update.
  ['sync step 2 of garbage bytes', message(0, 1, new Uint8Array(64).map((_, i) => (i * 97 + 13) & 0xff)), [1007]],
  ['a valid update followed by trailing garbage', new Uint8Array([...message(0, 2, validUpdate()), 9, 9, 9]), [1002]],
  ['a malformed awareness update', message(1, new Uint8Array([1, 5, 1, 3, 0x7b, 0x7b, 0x7b])), [1007]],
  ['awareness whose state is not an object', message(1, message(1, 42, 1, new TextEncoder().encode('[1,2]'))), [1007]],
  ['presence for 17 people from one socket', presenceFlood(17), [1008]],
  [`a frame over MAX_FRAME_BYTES (${MAX_FRAME_BYTES})`, message(0, 2, new Uint8Array(MAX_FRAME_BYTES + 10)), [1009]],
];

/** An awareness message giving a state (by default a person's) to `count` client ids, from 900,001 up. */
function presenceFlood(count: number, state = '{"user":{"name":"Flood"}}'): Uint8Array {
  const entries = Array.from({ length: count }, (_, i) => [900_001 + i, 1, new TextEncoder().encode(state)]);
  return message(1, message(count, ...entries.flat()));
}

function validUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('notes').set('x', 1);
  return Y.encodeStateAsUpdate(doc);
}

describe('malformed input closes only the sender', () => {
  let server: ServerProcess;
  let good: Client;
  let other: Client;
  let boardId: string;

  beforeAll(async () => {
    server = await startServer(tempDataDir('malformed'), { MAX_FRAME_BYTES: String(MAX_FRAME_BYTES) });
    boardId = await createBoard(server.url, 'Robust');
    good = connectClient(server.url, boardId);
    await whenSynced(good);
    addNote(good.doc, 'before', 'kept');
  });
  afterAll(async () => {
    good?.destroy();
    other?.destroy();
    await server?.kill('SIGKILL');
  });

  it.each(BAD_INPUT)('%s', async (_label, payload, codes) => {
    const before = Y.encodeStateAsUpdate(good.doc);
    let closedGood = false;
    good.provider.once('connection-close', () => (closedGood = true));

    const bad = rawSocket(server.url, boardId);
    await bad.opened;
    bad.ws.send(payload, { binary: typeof payload !== 'string' });
    const { code } = await bad.closed;
    expect(codes).toContain(code);

    expect(closedGood).toBe(false);
    expect(good.provider.wsconnected).toBe(true);
    expect(Y.encodeStateAsUpdate(good.doc)).toEqual(before);
    expect([...good.provider.awareness.getStates().keys()]).toEqual([good.doc.clientID]);
  });

  it('lets one socket bring in presence for a few people', async () => {
    const socket = rawSocket(server.url, boardId);
    await socket.opened;
    socket.ws.send(presenceFlood(3));
    await waitFor(() => good.provider.awareness.getStates().has(900_003), 5000, 'three presence states at the good client');
    socket.ws.close();
    await waitFor(() => !good.provider.awareness.getStates().has(900_001), 5000, 'the states gone with their socket');
  });

  it('leaves the well-behaved client connected, unchanged and still syncing', async () => {
    expect(good.provider.wsconnected).toBe(true);
    expect(noteText(good.doc, 'before')).toBe('kept');
    expect([...good.doc.getMap('notes').keys()]).toEqual(['before']);

    other = connectClient(server.url, boardId);
    await whenSynced(other);
    expect(noteText(other.doc, 'before')).toBe('kept');
    expect([...other.doc.getMap('notes').keys()]).toEqual(['before']);
    addNote(other.doc, 'after', 'still syncs');
    await waitFor(() => noteText(good.doc, 'after') === 'still syncs', 5000, 'the good client to receive a new edit');
  });
});
