import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createRooms, type RoomConnection, type Rooms } from './rooms.ts';
import { openSqliteStorage, type Storage } from './storage.ts';

type FakeConnection = RoomConnection & { sent: Uint8Array[]; storedSent: Uint8Array[]; closedWith: [number, string] | null };

function fakeConnection(): FakeConnection {
  const connection: FakeConnection = {
    awarenessIds: new Set<number>(),
    address: '203.0.113.1',
    keepsCopy: false,
    keyHash: null,
    role: 'edit',
    sent: [],
    storedSent: [],
    closedWith: null,
    send: (message: Uint8Array) => void connection.sent.push(message),
    sendStoredState: (message: Uint8Array) => (connection.storedSent.push(message), Promise.resolve()),
    close: (code: number, reason: string) => void (connection.closedWith = [code, reason]),
  };
  return connection;
}

function firstState(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('rooms', () => {
  let dataDir: string;
  let storage: Storage;
  let rooms: Rooms;
  const log = vi.fn();
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-rooms-'));
    storage = openSqliteStorage(dataDir);
    storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1 }, firstState('hello'));
    rooms = createRooms({ storage, compactEvery: 3, idleMs: 10_000, log });
  });
  afterEach(() => {
    rooms.unloadAll();
    storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads a board once for clients who join while it loads', async () => {
    const load = vi.spyOn(storage, 'load');
    const [a, b] = await Promise.all([rooms.join('board0001', fakeConnection()), rooms.join('board0001', fakeConnection())]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a.doc.getText('t').toString()).toBe('hello');
    expect(rooms.stats()).toEqual({ rooms: 1, connections: 2 });
  });

  it("loads a big board only once its first joiner's copy of the stored log is written out", async () => {
    let written = () => {};
    const first = fakeConnection();
    first.sendStoredState = (message) => {
      first.storedSent.push(message);
      return new Promise((resolve) => (written = resolve));
    };
    const second = fakeConnection();
    const joins = [rooms.join('board0001', first), rooms.join('board0001', second)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rooms.stats().rooms).toBe(0);
    // One update message holding the stored first state, sent to both joiners.
    expect(first.storedSent).toHaveLength(1);
    expect(second.storedSent).toEqual(first.storedSent);
    const decoder = decoding.createDecoder(first.storedSent[0]!);
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 2]); // sync, update
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    expect(doc.getText('t').toString()).toBe('hello');
    written();
    const [room] = await Promise.all(joins);
    expect(room!.doc.getText('t').toString()).toBe('hello');
    expect(room!.storedStateVector).toEqual(Y.decodeStateVector(Y.encodeStateVector(doc)));
    expect([...room!.sentStoredLog]).toEqual([first, second]);
  });

  it('opens no room for a load still sending its log when every room is unloaded (shutdown)', async () => {
    let written = () => {};
    const first = fakeConnection();
    first.sendStoredState = () => new Promise((resolve) => (written = resolve));
    const join = rooms.join('board0001', first);
    rooms.unloadAll();
    written();
    await expect(join).rejects.toThrow('unloaded while it loaded');
    expect(rooms.stats()).toEqual({ rooms: 0, connections: 0 });
  });

  it('loads a big board at once for a first joiner whose socket has already closed', async () => {
    const gone = fakeConnection();
    gone.sendStoredState = () => undefined;
    const room = await rooms.join('board0001', gone);
    expect(room.doc.getText('t').toString()).toBe('hello');
    expect(room.sentStoredLog.size).toBe(0);
  });

  it('sends a small board nothing ahead of its load', async () => {
    const small = createRooms({ storage, compactEvery: 3, idleMs: 10_000, log, bigBoardBytes: 1024 });
    const connection = fakeConnection();
    await small.join('board0001', connection);
    expect(connection.storedSent).toEqual([]);
    small.unloadAll();
  });

  it('stores an update before relaying it, and does not echo it to its sender', async () => {
    const sender = fakeConnection();
    const other = fakeConnection();
    const room = await rooms.join('board0001', sender);
    await rooms.join('board0001', other);
    const order: string[] = [];
    const append = storage.append.bind(storage);
    vi.spyOn(storage, 'append').mockImplementation((id, update) => (order.push('append'), append(id, update)));
    other.send = () => void order.push('relay');
    room.doc.transact(() => room.doc.getText('t').insert(0, '!'), sender);
    expect(order).toEqual(['append', 'relay']);
    expect(sender.sent).toEqual([]);
  });

  it('compacts every compactEvery updates', async () => {
    const room = await rooms.join('board0001', fakeConnection());
    const compact = vi.spyOn(storage, 'compact');
    for (let i = 0; i < 7; i++) room.doc.getText('t').insert(0, String(i));
    expect(compact).toHaveBeenCalledTimes(2);
    expect(storage.load('board0001').updates.length).toBe(2); // the snapshot and one update
  });

  it('refuses every waiting client when a load fails, writes nothing, and retries on the next join', async () => {
    const append = vi.spyOn(storage, 'append');
    const compact = vi.spyOn(storage, 'compact');
    vi.spyOn(storage, 'load').mockReturnValueOnce({ updates: [new Uint8Array([0xff, 0xff, 0xff])], lastSeq: 2 });
    const joins = [rooms.join('board0001', fakeConnection()), rooms.join('board0001', fakeConnection())];
    for (const join of joins) await expect(join).rejects.toThrow();
    expect(rooms.stats()).toEqual({ rooms: 0, connections: 0 });
    rooms.unloadAll();
    expect(append).not.toHaveBeenCalled();
    expect(compact).not.toHaveBeenCalled();
    const room = await rooms.join('board0001', fakeConnection());
    expect(room.doc.getText('t').toString()).toBe('hello');
  });

  it('gives a client that joins as its room unloads a fresh room, not the destroyed one', async () => {
    const first = fakeConnection();
    const old = await rooms.join('board0001', first);
    rooms.leave(old, first);
    const joining = rooms.join('board0001', fakeConnection());
    rooms.unloadAll(); // lands between the join's lookup and its continuation
    const fresh = await joining;
    expect(fresh).not.toBe(old);
    expect(fresh.doc.isDestroyed).toBe(false);
    expect(fresh.doc.getText('t').toString()).toBe('hello');
  });

  it('never relays an update it could not store', async () => {
    const a = fakeConnection();
    const b = fakeConnection();
    const room = await rooms.join('board0001', a);
    await rooms.join('board0001', b);
    vi.spyOn(storage, 'append').mockImplementation(() => {
      throw new Error('disk full');
    });
    room.doc.getText('t').insert(0, 'lost');
    expect(a.sent.concat(b.sent)).toEqual([]);
    expect(a.closedWith).toEqual([1011, 'Board could not be saved']);
    expect(rooms.stats().rooms).toBe(0);
  });
});
