import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { NotStored } from './roomQueue.ts';
import { createRooms, type Rooms } from './rooms.ts';
import { clientEdit, fakeConnection, firstState, insert } from './testRooms.ts';
import { openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './storage.ts';

/** A promise and the function that settles it, for an append the test lets finish when it likes. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('rooms', () => {
  let dataDir: string;
  let storage: Storage;
  let rooms: Rooms;
  const log = vi.fn();
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-rooms-'));
    storage = openSqliteStorage(dataDir);
    await storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1 }, firstState('hello'));
    rooms = createRooms({ storage, compactEvery: 3, idleMs: 10_000, log });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rooms.unloadAll();
    await storage.close();
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
    await new Promise((resolve) => setTimeout(resolve, 20));
    await rooms.unloadAll();
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
    await small.unloadAll();
  });

  it('stores an update before applying it, relays it once applied, and does not echo it to its sender', async () => {
    const sender = fakeConnection();
    const other = fakeConnection();
    const room = await rooms.join('board0001', sender);
    await rooms.join('board0001', other);
    const appendAfter = storage.appendAfter.bind(storage);
    const stored = deferred<void>();
    vi.spyOn(storage, 'appendAfter').mockImplementation(async (id, after, update) => (await stored.promise, appendAfter(id, after, update)));
    const submitted = rooms.submit(room, clientEdit(room, insert('!')), sender, () => ({ changes: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Not stored yet: the document, and so any sync answer made of it, does not hold it; no one was sent it.
    expect(room.doc.getText('t').toString()).toBe('hello');
    expect(other.sent).toEqual([]);
    stored.resolve();
    await submitted;
    expect(room.doc.getText('t').toString()).toBe('!hello');
    expect(other.sent).toHaveLength(1);
    expect(sender.sent).toEqual([]);
    expect((await storage.load('board0001')).lastSeq).toBe(2);
  });

  it('checks, stores and applies updates one after another, in the order they came', async () => {
    const a = fakeConnection();
    const room = await rooms.join('board0001', a);
    const appendAfter = storage.appendAfter.bind(storage);
    // The first append is the slowest: the second update still waits for it.
    const delays = [30, 0];
    vi.spyOn(storage, 'appendAfter').mockImplementation(async (id, after, update) => (await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0)), appendAfter(id, after, update)));
    const first = clientEdit(room, insert('1'));
    const seen: string[] = [];
    const check = () => (seen.push(room.doc.getText('t').toString()), { changes: true as const });
    // The second update builds on the first, as a client's next keystroke does.
    const withFirst = new Y.Doc();
    Y.applyUpdate(withFirst, Y.encodeStateAsUpdate(room.doc));
    Y.applyUpdate(withFirst, first);
    const before = Y.encodeStateVector(withFirst);
    withFirst.getText('t').insert(1, '2');
    const second = Y.encodeStateAsUpdate(withFirst, before);
    await Promise.all([rooms.submit(room, first, a, check), rooms.submit(room, second, a, check)]);
    expect(seen).toEqual(['hello', '1hello']);
    expect(room.doc.getText('t').toString()).toBe('12hello');
    expect((await storage.load('board0001')).lastSeq).toBe(3);
  });

  it('stores nothing of an update its check refuses, and goes on with the next', async () => {
    const a = fakeConnection();
    const room = await rooms.join('board0001', a);
    const refused = rooms.submit(room, clientEdit(room, insert('no ')), a, () => {
      throw new Error('refused');
    });
    const accepted = rooms.submit(room, clientEdit(room, insert('yes ')), a, () => ({ changes: true }));
    await expect(refused).rejects.toThrow('refused');
    await accepted;
    expect(room.doc.getText('t').toString()).toBe('yes hello');
    expect((await storage.load('board0001')).lastSeq).toBe(2);
  });

  it('stores and applies nothing of an update its check finds changes nothing', async () => {
    const a = fakeConnection();
    const other = fakeConnection();
    const room = await rooms.join('board0001', a);
    await rooms.join('board0001', other);
    await rooms.submit(room, clientEdit(room, () => {}), a, () => ({ changes: false }));
    expect(other.sent).toEqual([]);
    expect((await storage.load('board0001')).lastSeq).toBe(1);
  });

  it('makes a change of its own on a copy, stores it, then applies and relays it to every socket', async () => {
    const a = fakeConnection();
    const room = await rooms.join('board0001', a);
    const result = await rooms.change('board0001', (doc) => {
      doc.getText('t').insert(5, ', world');
      return doc.getText('t').toString();
    });
    expect(result).toBe('hello, world');
    expect(room.doc.getText('t').toString()).toBe('hello, world');
    expect(a.sent).toHaveLength(1);
    expect((await storage.load('board0001')).lastSeq).toBe(2);
    // A change that changes nothing stores nothing.
    expect(await rooms.change('board0001', (doc) => doc.getText('t').length)).toBe(12);
    expect((await storage.load('board0001')).lastSeq).toBe(2);
  });

  it('compacts every compactEvery updates', async () => {
    const a = fakeConnection();
    const room = await rooms.join('board0001', a);
    const compact = vi.spyOn(storage, 'compact');
    for (let i = 0; i < 7; i++) await rooms.submit(room, clientEdit(room, insert(String(i))), a, () => ({ changes: true }));
    await vi.waitFor(() => expect(compact).toHaveBeenCalledTimes(2));
    const stored = await storage.load('board0001');
    expect(stored.updates.length).toBe(2); // the snapshot and one update
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getText('t').toString()).toBe('6543210hello');
  });

  it('refuses every waiting client when a load fails, writes nothing, and retries on the next join', async () => {
    const append = vi.spyOn(storage, 'appendAfter');
    const compact = vi.spyOn(storage, 'compact');
    vi.spyOn(storage, 'load').mockResolvedValueOnce({ updates: [new Uint8Array([0xff, 0xff, 0xff])], lastSeq: 2 });
    const joins = [rooms.join('board0001', fakeConnection()), rooms.join('board0001', fakeConnection())];
    for (const join of joins) await expect(join).rejects.toThrow();
    expect(rooms.stats()).toEqual({ rooms: 0, connections: 0 });
    await rooms.unloadAll();
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
    const unloaded = rooms.unloadAll(); // lands between the join's lookup and its continuation
    const fresh = await joining;
    await unloaded;
    expect(fresh).not.toBe(old);
    expect(fresh.doc.isDestroyed).toBe(false);
    expect(fresh.doc.getText('t').toString()).toBe('hello');
  });

  it('applies, before its own update, what another server sharing the store appended meanwhile, and relays it here', async () => {
    const elsewhere = createRooms({ storage, compactEvery: 100, idleMs: 10_000, log });
    const there = fakeConnection();
    const here = fakeConnection();
    const theirs = await elsewhere.join('board0001', there);
    const ours = await rooms.join('board0001', here);
    await elsewhere.submit(theirs, clientEdit(theirs, insert('theirs ')), there, () => ({ changes: true }));
    expect(ours.doc.getText('t').toString()).toBe('hello');
    const watcher = fakeConnection();
    await rooms.join('board0001', watcher);
    await rooms.submit(ours, clientEdit(ours, (doc) => doc.getText('t').insert(5, ' ours')), here, () => ({ changes: true }));
    expect(ours.doc.getText('t').toString()).toBe('theirs hello ours');
    // The watcher was sent both; the sender, only what it did not send.
    expect(watcher.sent).toHaveLength(2);
    expect(here.sent).toHaveLength(1);
    await elsewhere.unloadAll();
  });

  it('catches up from a snapshot when the other server compacted past what this room holds, and compacts nothing it lacks', async () => {
    const elsewhere = createRooms({ storage, compactEvery: 2, idleMs: 10_000, log });
    const there = fakeConnection();
    const here = fakeConnection();
    const theirs = await elsewhere.join('board0001', there);
    const ours = await rooms.join('board0001', here);
    for (const text of ['a', 'b', 'c']) await elsewhere.submit(theirs, clientEdit(theirs, insert(text)), there, () => ({ changes: true }));
    await vi.waitFor(async () => expect((await storage.dumpBoard('board0001'))?.snapshot).not.toBeNull());
    // This room's three updates make it compact (compactEvery 3): its snapshot must hold the other server's edits too.
    for (const text of ['1', '2', '3']) await rooms.submit(ours, clientEdit(ours, (doc) => doc.getText('t').insert(doc.getText('t').length, text)), here, () => ({ changes: true }));
    expect(ours.doc.getText('t').toString()).toBe('cbahello123');
    await elsewhere.unloadAll();
    await rooms.unloadAll();
    const fresh = await rooms.join('board0001', fakeConnection());
    expect(fresh.doc.getText('t').toString()).toBe('cbahello123');
  });

  it('never applies or relays an update it could not store', async () => {
    const a = fakeConnection();
    const b = fakeConnection();
    const room = await rooms.join('board0001', a);
    await rooms.join('board0001', b);
    vi.spyOn(storage, 'appendAfter').mockRejectedValue(new Error('disk full'));
    await expect(rooms.submit(room, clientEdit(room, insert('lost')), a, () => ({ changes: true }))).rejects.toBeInstanceOf(NotStored);
    expect(a.sent.concat(b.sent)).toEqual([]);
    expect(a.closedWith).toEqual([1011, 'Board could not be saved']);
    expect(b.closedWith).toEqual([1011, 'Board could not be saved']);
    expect(rooms.stats().rooms).toBe(0);
    expect((await storage.load('board0001')).lastSeq).toBe(1);
  });

  it('stores an update that was waiting its turn when its room unloaded, and the next load holds it', async () => {
    const a = fakeConnection();
    const room = await rooms.join('board0001', a);
    const appendAfter = storage.appendAfter.bind(storage);
    const stored = deferred<void>();
    vi.spyOn(storage, 'appendAfter').mockImplementation(async (id, after, update) => (await stored.promise, appendAfter(id, after, update)));
    const submitted = rooms.submit(room, clientEdit(room, insert('late ')), a, () => ({ changes: true }));
    rooms.leave(room, a);
    const unloaded = rooms.unloadAll();
    stored.resolve();
    await submitted;
    await unloaded;
    const fresh = await rooms.join('board0001', fakeConnection());
    expect(fresh).not.toBe(room);
    expect(fresh.doc.getText('t').toString()).toBe('late hello');
  });
});
