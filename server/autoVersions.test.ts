import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createAutoVersions, type AutoVersions } from './autoVersions.ts';
import { createRooms, type Rooms } from './rooms.ts';
import { openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './storage.ts';
import { clientEdit, fakeConnection, firstState, insert } from './testRooms.ts';

describe('automatic versions while people edit', () => {
  let dataDir: string;
  let storage: Storage;
  let rooms: Rooms;
  let auto: AutoVersions;
  let clock = 1_000_000;
  const HOUR = 60 * 60 * 1000;
  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-auto-'));
    storage = openSqliteStorage(dataDir);
    await storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1 }, firstState('hello'));
    rooms = createRooms({ storage, compactEvery: 3, idleMs: 10_000, log: () => {}, onStored: (id) => auto.edited(id) });
    auto = createAutoVersions({ storage, rooms }, () => {}, { now: () => clock });
  });
  afterEach(async () => {
    await rooms.unloadAll();
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const edit = async (text: string) => {
    const room = await rooms.join('board0001', fakeConnection());
    await rooms.submit(room, clientEdit(room, insert(text)), fakeConnection(), () => ({ changes: true }));
  };
  const versions = () => storage.listVersions('board0001');

  it('saves one at the first edit, none more within the hour, and the next an hour after the last', async () => {
    await edit('a');
    await vi.waitFor(async () => expect(await versions()).toHaveLength(1));
    const [first] = await versions();
    expect(first).toMatchObject({ name: null, reason: 'activity', createdAt: expect.any(Number) as number });
    const state = new Y.Doc();
    Y.applyUpdate(state, (await storage.loadVersion('board0001', first!.id))!.state);
    expect(state.getText('t').toString()).toBe('ahello');

    clock += HOUR - 1;
    for (const text of ['b', 'c', 'd', 'e']) await edit(text);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await versions()).toHaveLength(1);

    clock += 1;
    await edit('f');
    await vi.waitFor(async () => expect(await versions()).toHaveLength(2));
    // Compacted twice over meanwhile (every 3 updates): the first version still holds its moment.
    Y.applyUpdate(state, (await storage.loadVersion('board0001', first!.id))!.state);
    expect(state.getText('t').toString()).toBe('ahello');
  });

  it('counts a version saved by another instance, or by name, as the newest', async () => {
    await storage.saveVersion('board0001', { id: 'named', name: 'Before workshop 2', reason: 'named', createdAt: Date.now(), authors: [], seq: 1, state: firstState('hello') });
    clock = Date.now();
    await edit('a');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await versions()).map((v) => v.id)).toEqual(['named']);
  });
});
