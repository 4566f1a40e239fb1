import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createAutoVersions, type AutoVersions } from './autoVersions.ts';
import { createRooms, type Rooms } from './rooms.ts';
import { openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './storage.ts';
import { SESSION } from '../src/model/session.ts';
import { addStage } from '../src/doc/commands/stages.ts';
import { createEditContext } from '../src/doc/context.ts';
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
    await storage.createBoard({ id: 'board0001', title: 'T', createdAt: clock }, firstState('hello'));
    rooms = createRooms({ storage, compactEvery: 3, idleMs: 10_000, log: () => {}, onStored: (id) => auto.edited(id), onSessionEnded: (id) => auto.sessionEnded(id) });
    auto = createAutoVersions({ storage, rooms }, () => {}, { now: () => clock });
  });
  afterEach(async () => {
    await rooms.unloadAll();
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const change = async (made: (doc: Y.Doc) => void) => {
    const room = await rooms.join('board0001', fakeConnection());
    await rooms.submit(room, clientEdit(room, made), fakeConnection(), () => ({ changes: true }));
  };
  // An edit of the map, as a person's would be: an automatic version is of what the map holds.
  const edit = (text: string) =>
    change((doc) => {
      insert(text)(doc);
      addStage(createEditContext(doc), { title: text });
    });
  const facilitator = (keyHash: string) => change((doc) => doc.getMap(SESSION.root).set('facilitatorKeyHash', keyHash));
  const versions = () => storage.listVersions('board0001');

  it('saves none in the board’s first hour, one at the first edit after it, none more within the hour, and the next an hour after the last', async () => {
    await edit('0');
    clock += HOUR - 1;
    await edit('1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await versions()).toHaveLength(0);
    clock += 1;
    await edit('a');
    await vi.waitFor(async () => expect(await versions()).toHaveLength(1));
    const [first] = await versions();
    expect(first).toMatchObject({ name: null, reason: 'activity', createdAt: expect.any(Number) as number });
    const state = new Y.Doc();
    Y.applyUpdate(state, (await storage.loadVersion('board0001', first!.id))!.state);
    expect(state.getText('t').toString()).toBe('a10hello');

    clock += HOUR - 1;
    for (const text of ['b', 'c', 'd', 'e']) await edit(text);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await versions()).toHaveLength(1);

    clock += 1;
    await edit('f');
    await vi.waitFor(async () => expect(await versions()).toHaveLength(2));
    // Compacted twice over meanwhile (every 3 updates): the first version still holds its moment.
    Y.applyUpdate(state, (await storage.loadVersion('board0001', first!.id))!.state);
    expect(state.getText('t').toString()).toBe('a10hello');
  });

  it('counts a version saved by another instance, or by name, as the newest', async () => {
    await storage.saveVersion('board0001', { id: 'named', name: 'Before workshop 2', reason: 'named', createdAt: Date.now(), authors: [], seq: 1, state: firstState('hello') });
    clock = Date.now();
    await edit('a');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await versions()).map((v) => v.id)).toEqual(['named']);
  });

  it('saves one when the workshop’s session ends, and none when it starts or is handed over', async () => {
    await storage.saveVersion('board0001', { id: 'named', name: 'Before', reason: 'named', createdAt: clock - 1, authors: [], seq: 1, state: firstState('hello') });
    await facilitator('a'.repeat(64));
    await edit('x');
    await facilitator('b'.repeat(64));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await versions()).map((v) => v.reason)).toEqual(['named']);

    await facilitator('');
    await vi.waitFor(async () => expect((await versions()).map((v) => v.reason)).toEqual(['sessionEnded', 'named']));
    const [ended] = await versions();
    const state = new Y.Doc();
    Y.applyUpdate(state, (await storage.loadVersion('board0001', ended!.id))!.state);
    // The board as the workshop left it, the session's end included.
    expect(state.getText('t').toString()).toBe('xhello');
    expect(state.getMap(SESSION.root).get('facilitatorKeyHash')).toBe('');
  });
});
