import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { readMeta } from '../../src/doc/read.ts';
import * as Y from 'yjs';
import { openSqliteStorage } from '../../server/sqliteStorage.ts';
import { WebSocket } from 'ws';
import { addNote, connectClient, noteText, startServer, syncUrl, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';
import { giveLinks } from './links.ts';

const BOARD = 'bigboard00000001';

/** A board whose history holds deletions too, so the server's sync answer has a delete set. */
async function seedBoard(dataDir: string): Promise<void> {
  const doc = new Y.Doc();
  for (let i = 0; i < 20; i++) addNote(doc, `n${i}`, `Note ${i}`);
  doc.transact(() => {
    for (let i = 10; i < 20; i++) doc.getMap('notes').delete(`n${i}`);
  });
  const storage = openSqliteStorage(dataDir);
  await storage.createBoard({ id: BOARD, title: 'Big', createdAt: Date.now() }, Y.encodeStateAsUpdate(doc));
  await storage.close();
  // Written straight into the database: links as `npm run board-links` makes them.
  await giveLinks(dataDir, BOARD);
}

/** A board stored as a first state and two later updates, each retitling it. */
async function seedLog(dataDir: string): Promise<void> {
  const doc = new Y.Doc();
  const meta = doc.getMap('meta');
  meta.set('title', 'One');
  const storage = openSqliteStorage(dataDir);
  await storage.createBoard({ id: BOARD, title: 'One', createdAt: Date.now() }, Y.encodeStateAsUpdate(doc));
  for (const title of ['Two', 'Three']) {
    const before = Y.encodeStateVector(doc);
    meta.set('title', title);
    await storage.append(BOARD, Y.encodeStateAsUpdate(doc, before));
  }
  await storage.close();
  // Written straight into the database: links as `npm run board-links` makes them.
  await giveLinks(dataDir, BOARD);
}

interface SyncMessage {
  step: number;
  payload: Uint8Array;
}

/**
 * Opens a raw socket with the owner's link, sends a fresh client's sync step 1, and collects
 * the server's first sync messages. `params` go into the sync URL's query, as y-websocket's make it.
 */
async function firstSyncMessages(serverUrl: string, count: number, params: Record<string, string> = {}): Promise<SyncMessage[]> {
  const url = new URL(syncUrl(serverUrl, BOARD));
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const ws = new WebSocket(url);
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  const messages: SyncMessage[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 0) return; // presence
    messages.push({ step: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) });
  });
  await opened;
  ws.send(new Uint8Array([0, 0, 1, 0])); // sync step 1 with an empty state vector
  await waitFor(() => messages.length >= count, 10_000, `${count} sync messages`);
  ws.close();
  return messages;
}

const STEP_1 = 0;
const STEP_2 = 1;
const UPDATE = 2;

describe('a cold board', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.kill('SIGTERM');
    server = undefined;
  });

  it('when big, is sent its stored log before the server loads it, then only what the log lacked', async () => {
    const dataDir = tempDataDir('big-board');
    await seedBoard(dataDir);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });

    const [early, serverStep1, answer] = await firstSyncMessages(server.url, 3);
    expect([early?.step, serverStep1?.step, answer?.step]).toEqual([UPDATE, STEP_1, STEP_2]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, early!.payload);
    expect(noteText(doc, 'n0')).toBe('Note 0');
    expect(doc.getMap('notes').size).toBe(10);
    // The answer to the step 1 sent before the log arrived: no structs again, only the deletions.
    const { structs, ds } = Y.decodeUpdate(answer!.payload);
    expect(structs).toEqual([]);
    expect(ds.clients.size).toBe(1);
  });

  it('when big, sends a log of several updates as one, and counts a client as synced only once the room answers', async () => {
    const dataDir = tempDataDir('big-board-log');
    await seedLog(dataDir);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    const [log, ...rest] = await firstSyncMessages(server.url, 3);
    expect([log?.step, ...rest.map((m) => m.step)]).toEqual([UPDATE, STEP_1, STEP_2]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, log!.payload);
    expect(doc.getMap('meta').get('title')).toBe('Three');

    // An edit made at once on sync follows the stored ones, so it is the one that stays.
    expect(await server.kill('SIGTERM')).toBe(0);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    const ada = connectClient(server.url, BOARD);
    await whenSynced(ada);
    expect(readMeta(ada.doc).title).toBe('Three');
    ada.doc.getMap('meta').set('title', 'Four');
    const ben = connectClient(server.url, BOARD);
    await waitFor(() => readMeta(ben.doc).title === 'Four', 10_000, "Ada's title at Ben's");
    ada.destroy();
    ben.destroy();
  });

  it('when big, sends no log ahead to a browser that keeps its own copy, which it would mostly repeat', async () => {
    const dataDir = tempDataDir('big-board-copy');
    await seedBoard(dataDir);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });

    const [serverStep1, answer] = await firstSyncMessages(server.url, 2, { copy: '1' });
    expect([serverStep1?.step, answer?.step]).toEqual([STEP_1, STEP_2]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, answer!.payload);
    expect(doc.getMap('notes').size).toBe(10);
  });

  it('when small, is loaded first and answered with its whole state', async () => {
    const dataDir = tempDataDir('small-board');
    await seedBoard(dataDir);
    server = await startServer(dataDir);

    const [serverStep1, answer] = await firstSyncMessages(server.url, 2);
    expect([serverStep1?.step, answer?.step]).toEqual([STEP_1, STEP_2]);
    expect(Y.decodeUpdate(answer!.payload).structs.length).toBeGreaterThan(0);
  });

  it('is edited live by stock clients that were sent its log', async () => {
    const dataDir = tempDataDir('big-board-edits');
    await seedBoard(dataDir);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    // Both join while the board loads, before either is synced.
    const ada = connectClient(server.url, BOARD);
    const ben = connectClient(server.url, BOARD);
    await Promise.all([whenSynced(ada), whenSynced(ben)]);
    expect(noteText(ben.doc, 'n9')).toBe('Note 9');
    addNote(ada.doc, 'ada', 'Written by Ada');
    await waitFor(() => noteText(ben.doc, 'ada') === 'Written by Ada', 10_000, "Ada's note at Ben's");
    ada.destroy();
    ben.destroy();

    // And it was stored: a client after a restart sees it.
    expect(await server.kill('SIGTERM')).toBe(0);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    const cy = connectClient(server.url, BOARD);
    await whenSynced(cy);
    expect(noteText(cy.doc, 'ada')).toBe('Written by Ada');
    expect(cy.doc.getMap('notes').size).toBe(11);
    cy.destroy();
  });
});
