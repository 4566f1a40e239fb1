import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import type { Fanout, FanoutMessage } from './fanout.ts';
import { decodeFanout, encodeFanout } from './fanoutCodec.ts';
import { admitPresence } from './presence.ts';
import { keyOnBoard } from './roomFanout.ts';
import { createRooms, type Rooms } from './rooms.ts';
import { openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './storage.ts';
import { clientEdit, fakeConnection, firstState, insert } from './testRooms.ts';

/**
 * Instances on one process, told of each other as Redis would tell them: each message through
 * the wire format, delivered later, never to its sender. `drop` loses messages on the way.
 */
function createBus() {
  const rooms = new Map<string, Set<{ instance: number; receive: (message: FanoutMessage) => void }>>();
  const links: ((state: 'down' | 'resumed') => void)[] = [];
  const bus = { drop: false, sent: 0, member, link: (state: 'down' | 'resumed') => links.forEach((listener) => listener(state)) };
  function member(instance: number): Fanout {
    return {
      async roomOpened(boardId, receive) {
        const entry = { instance, receive };
        const set = rooms.get(boardId) ?? new Set();
        rooms.set(boardId, set.add(entry));
        return () => set.delete(entry);
      },
      publish(boardId, message) {
        bus.sent++;
        if (bus.drop) return;
        const bytes = encodeFanout(String(instance), message);
        for (const { instance: to, receive } of rooms.get(boardId) ?? []) {
          if (to !== instance) setTimeout(() => receive(decodeFanout(bytes).message), 1);
        }
      },
      onLink: (listener) => void links.push(listener),
      close: async () => {},
    };
  }
  return bus;
}

const text = (doc: Y.Doc) => doc.getText('t').toString();
const edit = (rooms: Rooms, room: Awaited<ReturnType<Rooms['join']>>, change: (doc: Y.Doc) => void, from = fakeConnection()) => rooms.submit(room, clientEdit(room, change), from, () => ({ changes: true }));

describe('rooms of one board on several instances', () => {
  let dataDir: string;
  let storage: Storage;
  let bus: ReturnType<typeof createBus>;
  let a: Rooms;
  let b: Rooms;
  const log = vi.fn();
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-fanout-'));
    storage = openSqliteStorage(dataDir);
    await storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1 }, firstState('hello'));
    bus = createBus();
    a = createRooms({ storage, fanout: bus.member(1), compactEvery: 100, idleMs: 10_000, log });
    b = createRooms({ storage, fanout: bus.member(2), compactEvery: 100, idleMs: 10_000, log });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all([a.unloadAll(), b.unloadAll()]);
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("applies and relays another instance's stored update, and stores it no second time", async () => {
    const roomA = await a.join('board0001', fakeConnection());
    const watcher = fakeConnection();
    const roomB = await b.join('board0001', watcher);
    const appendAfter = vi.spyOn(storage, 'appendAfter');
    await edit(a, roomA, insert('A: '));
    await vi.waitFor(() => expect(text(roomB.doc)).toBe('A: hello'));
    expect(watcher.sent).toHaveLength(1);
    expect(appendAfter).toHaveBeenCalledTimes(1);
    expect((await storage.load('board0001')).lastSeq).toBe(2);
  });

  it('reads from the store what it missed, once a later message shows the gap', async () => {
    const roomA = await a.join('board0001', fakeConnection());
    const roomB = await b.join('board0001', fakeConnection());
    bus.drop = true;
    await edit(a, roomA, insert('1'));
    bus.drop = false;
    await edit(a, roomA, insert('2'));
    await vi.waitFor(() => expect(text(roomB.doc)).toBe('21hello'));
  });

  it('checks an update again against what another instance stored first, and refuses it then', async () => {
    const roomA = await a.join('board0001', fakeConnection());
    const roomB = await b.join('board0001', fakeConnection());
    bus.drop = true; // B learns of A's lock only from the store, when its own append is refused
    await edit(a, roomA, (doc) => doc.getMap('rules').set('locked', true));
    const seen: unknown[] = [];
    const check = () => {
      const locked = roomB.doc.getMap('rules').get('locked') === true;
      seen.push(locked);
      if (locked) throw new Error('locked');
      return { changes: true as const };
    };
    await expect(b.submit(roomB, clientEdit(roomB, insert('late ')), fakeConnection(), check)).rejects.toThrow('locked');
    expect(seen).toEqual([false, true]);
    expect(text(roomB.doc)).toBe('hello');
    expect((await storage.load('board0001')).lastSeq).toBe(2);
  });

  it('shows presence across instances, knows whose facilitator key is on the board, and hears who leaves', async () => {
    const facilitator = fakeConnection({ keyHash: 'k1' });
    const roomA = await a.join('board0001', facilitator);
    admitPresence(roomA, facilitator, [{ clientId: 7, clock: 1, state: JSON.stringify({ user: { name: 'Ada' } }) }]);
    // B opens later: it asks, and A answers with the presence of its sockets.
    const watcher = fakeConnection();
    const roomB = await b.join('board0001', watcher);
    await vi.waitFor(() => expect(roomB.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada' }, role: 'edit' }));
    expect(keyOnBoard(roomB, 'k1')).toBe(true);
    expect(keyOnBoard(roomB, 'k2')).toBe(false);
    expect(watcher.sent.length).toBeGreaterThan(0);
    // A socket on B cannot take Ada's id over.
    const eve = fakeConnection();
    admitPresence(roomB, eve, [{ clientId: 7, clock: 9, state: JSON.stringify({ user: { name: 'Not Ada' } }) }]);
    expect(roomB.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada' }, role: 'edit' });
    a.leave(roomA, facilitator);
    await vi.waitFor(() => expect(roomB.awareness.getStates().has(7)).toBe(false));
    expect(keyOnBoard(roomB, 'k1')).toBe(false);
    // Ada comes back through a restarted instance, her page's clock where it was: B shows her at
    // once, though it heard her removal a step later.
    const restarted = createRooms({ storage, fanout: bus.member(3), compactEvery: 100, idleMs: 10_000, log });
    const again = fakeConnection({ keyHash: 'k1' });
    const roomC = await restarted.join('board0001', again);
    admitPresence(roomC, again, [{ clientId: 7, clock: 1, state: JSON.stringify({ user: { name: 'Ada' } }) }]);
    await vi.waitFor(() => expect(roomB.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada' }, role: 'edit' }));
    expect(keyOnBoard(roomB, 'k1')).toBe(true);
    await restarted.unloadAll();
  });

  it("holds a departed person's id for their address on every instance, so no one elsewhere takes it over", async () => {
    const ada = fakeConnection({ address: '198.51.100.7' });
    const roomA = await a.join('board0001', ada);
    const roomB = await b.join('board0001', fakeConnection());
    admitPresence(roomA, ada, [{ clientId: 7, clock: 1, state: JSON.stringify({ user: { name: 'Ada' } }) }]);
    await vi.waitFor(() => expect(roomB.awareness.getStates().has(7)).toBe(true));
    a.leave(roomA, ada);
    await vi.waitFor(() => expect(roomB.awareness.getStates().has(7)).toBe(false));
    // Eve, on the other instance and another address, heard Ada's id and claims it.
    const eve = fakeConnection({ address: '203.0.113.66' });
    await b.join('board0001', eve);
    admitPresence(roomB, eve, [{ clientId: 7, clock: 50, state: JSON.stringify({ user: { name: 'Not Ada' } }) }]);
    expect(roomB.awareness.getStates().has(7)).toBe(false);
    expect(eve.awarenessIds.size).toBe(0);
  });

  it('goes on when an update another instance stored cannot be applied here', async () => {
    const roomB = await b.join('board0001', fakeConnection());
    const roomA = await a.join('board0001', fakeConnection());
    const lastSeq = (await storage.load('board0001')).lastSeq;
    bus.member(1).publish('board0001', { kind: 'update', seq: lastSeq + 1, update: new Uint8Array([0xff, 0xff, 0xff]) });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining(`stored as ${lastSeq + 1} could not be applied here`)));
    // The stored log goes on from there: the next update is taken as the one after it.
    await storage.appendAfter('board0001', lastSeq, new Uint8Array([0, 0]));
    await edit(a, roomA, insert('still here '));
    await vi.waitFor(() => expect(text(roomB.doc)).toBe('still here hello'));
  });

  it("closes the sockets of every instance, by role, and forgets a deleted board's rooms everywhere", async () => {
    const editor = fakeConnection();
    const viewer = fakeConnection({ role: 'view' });
    await b.join('board0001', editor);
    await b.join('board0001', viewer);
    await a.join('board0001', fakeConnection());
    a.closeConnections('board0001', 4401, 'This link was replaced', 'view');
    await vi.waitFor(() => expect(viewer.closedWith).toEqual([4401, 'This link was replaced']));
    expect(editor.closedWith).toBeNull();
    await a.discard('board0001');
    await vi.waitFor(() => expect(b.stats().rooms).toBe(0));
  });

  it('reads what others stored every second while the link is down, and once more when it is back', async () => {
    const roomA = await a.join('board0001', fakeConnection());
    const roomB = await b.join('board0001', fakeConnection());
    bus.drop = true;
    bus.link('down');
    await edit(a, roomA, insert('while down '));
    await vi.waitFor(() => expect(text(roomB.doc)).toBe('while down hello'), { timeout: 5000 });
    await edit(a, roomA, insert('just before '));
    bus.drop = false;
    bus.link('resumed');
    await vi.waitFor(() => expect(text(roomB.doc)).toBe('just before while down hello'));
  });
});
