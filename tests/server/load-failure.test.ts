import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../../src/doc/init.ts';
import { openSqliteStorage } from '../../server/sqliteStorage.ts';
import {
  addNote,
  api,
  connectClient,
  noteText,
  withStorage,
  rawSocket,
  startServer,
  tempDataDir,
  whenSynced,
  type ServerProcess,
} from './harness.ts';
import { DEEP_CONTENT } from './hostileFrames.ts';
import { giveLinks } from './links.ts';

const BROKEN = 'brokenboard00001';
const HEALTHY = 'healthyboard0001';

async function seedBoard(dataDir: string, id: string, note: string): Promise<void> {
  const storage = openSqliteStorage(dataDir);
  const doc = new Y.Doc();
  initBoardDoc(doc, { title: id });
  addNote(doc, 'n1', note);
  await storage.createBoard({ id, title: id, createdAt: Date.now() }, Y.encodeStateAsUpdate(doc));
  await storage.close();
  // Links, as the board-links tool prints them for a board stored before links existed.
  await giveLinks(dataDir, id);
}

/**
 * Every board's row, log, snapshot and links, row by row. Not its preview: the healthy board
 * stores one when it unloads, which is only a picture of what the log holds.
 */
function allRows(dataDir: string): Promise<unknown> {
  return withStorage(dataDir, async (storage) =>
    Promise.all(
      (await storage.boardIds()).map(async (id) => {
        const { preview: _preview, ...rows } = (await storage.dumpBoard(id))!;
        return rows;
      }),
    ),
  );
}

/** Appends bytes to the board's stored log, as a disk fault or an older server's bug might have. */
function storeBroken(dataDir: string, id: string, bytes: Uint8Array): Promise<number> {
  return withStorage(dataDir, (storage) => storage.append(id, bytes));
}

// A big board's log is sent to its first clients ahead of the load: bytes that cannot be
// decoded must not reach them either.
describe.each([
  ['small', {}],
  ['big', { BIG_BOARD_BYTES: '0' }],
])('a %s board whose stored rows cannot be loaded', (_size, env) => {
  const dataDir = tempDataDir('load-failure');
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('closes the socket with 4500 and writes nothing over the stored rows', async () => {
    await seedBoard(dataDir, BROKEN, 'precious');
    await seedBoard(dataDir, HEALTHY, 'fine');
    // The disk fault: a garbage update after the good first state, written while the server is down.
    expect(await storeBroken(dataDir, BROKEN, new Uint8Array(32).fill(0xff))).toBe(2);
    const before = await allRows(dataDir);

    server = await startServer(dataDir, { ROOM_IDLE_MS: '50', COMPACT_EVERY: '1', ...env });

    // Several clients at once, so waiting joiners are refused too, not only the first.
    const sockets = [rawSocket(server.url, BROKEN), rawSocket(server.url, BROKEN), rawSocket(server.url, BROKEN)];
    for (const socket of sockets) {
      expect(await socket.closed).toEqual({ code: 4500, reason: 'Board could not be loaded' });
    }
    // A stock client gets the same answer (4500 is "try later", so it keeps retrying: stop it).
    const client = connectClient(server.url, BROKEN);
    const event = await new Promise<{ code: number } | null>((resolve) =>
      client.provider.once('connection-close', (closeEvent) => resolve(closeEvent as { code: number } | null)),
    );
    client.destroy();
    expect(event?.code).toBe(4500);
    expect(client.doc.getMap('notes').size).toBe(0);

    expect((await api(server.url, 'PATCH', `/api/boards/${BROKEN}`, { title: 'overwrite?' })).status).toBe(500);
    expect(server.output()).toContain(`board ${BROKEN}: could not be loaded`);

    // The other board on the same server is unaffected.
    const healthy = connectClient(server.url, HEALTHY);
    await whenSynced(healthy);
    expect(noteText(healthy.doc, 'n1')).toBe('fine');
    healthy.destroy();

    // An orderly shutdown compacts every room it has: the broken board must not be among them.
    expect(await server.kill('SIGTERM')).toBe(0);
    server = undefined;
    expect(await allRows(dataDir)).toEqual(before);
  });
});

// A frame an older server took, nested so deep that Yjs's own decoder overflows the stack
// reading it back: the board stays closed, the log says which update and why, others load.
describe('a board whose stored update nests too deep to read', () => {
  const dataDir = tempDataDir('load-deep');
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('is named in the log with the update and the reason, and no other board is kept from loading', async () => {
    await seedBoard(dataDir, BROKEN, 'precious');
    await seedBoard(dataDir, HEALTHY, 'fine');
    expect(await storeBroken(dataDir, BROKEN, DEEP_CONTENT.any!(100_000))).toBe(2);
    server = await startServer(dataDir);

    expect(await rawSocket(server.url, BROKEN).closed).toEqual({ code: 4500, reason: 'Board could not be loaded' });
    expect(server.output()).toContain(`board ${BROKEN}: could not be loaded (stored update 2 of 2 cannot be read: a value is nested deeper than 64 levels)`);
    const healthy = connectClient(server.url, HEALTHY);
    await whenSynced(healthy);
    expect(noteText(healthy.doc, 'n1')).toBe('fine');
    healthy.destroy();
    expect((await api(server.url, 'GET', '/healthz')).status).toBe(200);
  });
});
