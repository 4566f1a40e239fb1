import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_BOARD_DELETED, CLOSE_LINK_REPLACED } from '../../server/closeCodes.ts';
import type { BoardTokens } from '../../server/capabilities.ts';
import { clusterForSuite, freePort, postgresMissing } from '../services/postgres.ts';
import { redisMissing, startRedis, type TestRedis } from '../services/redis.ts';
import { addNote, api, connectClient, createBoard, noteText, rawSocket, runServerToExit, startServer, tempDataDir, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { linksOf } from './links.ts';

/*
 * Three server processes on one PostgreSQL database and one Redis, as behind a load balancer
 * with no sticky sessions: every client may land on any of them.
 */

const missing = postgresMissing() ?? redisMissing();
if (missing) console.log(missing);

const CRASHES = 20;

describe.runIf(missing === null)('several instances on one PostgreSQL and one Redis', () => {
  const cluster = clusterForSuite();
  let redis: TestRedis;
  let env: Record<string, string>;
  const instances: ServerProcess[] = [];
  const clients: Client[] = [];

  // Compacting every 5 updates, every instance compacts the boards it serves again and again.
  const startInstance = () => startServer(tempDataDir('instance'), { ...env, COMPACT_EVERY: '5' });
  const connect = (instance: ServerProcess, boardId: string) => {
    const client = connectClient(instance.url, boardId);
    clients.push(client);
    return client;
  };
  const notesIn = (doc: Y.Doc, ids: string[]) => ids.filter((id) => noteText(doc, id) === `value of ${id}`).length;

  beforeAll(async () => {
    redis = await startRedis();
    env = { DATABASE_URL: await cluster().newDatabase(), REDIS_URL: redis.url };
    for (let i = 0; i < 3; i++) instances.push(await startInstance());
  }, 120_000);
  // Each y-websocket client listens for the process's exit until destroyed: a test's go with it.
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.kill('SIGKILL')));
    await redis?.dispose();
  });

  it('says at start that it shares boards through Redis, that REDIS_URL needs DATABASE_URL, and which Redis does not answer', { timeout: 30_000 }, async () => {
    expect(instances[0]!.output()).toContain(`Fan-out through Redis ${redis.url}`);
    const alone = await runServerToExit(tempDataDir('redis-alone'), { REDIS_URL: redis.url });
    expect(alone.code).toBe(1);
    expect(alone.output.trim()).toBe('REDIS_URL needs DATABASE_URL: instances that share edits through Redis must share one PostgreSQL database');
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    const unreachable = await runServerToExit(tempDataDir('redis-unreachable'), { DATABASE_URL: env.DATABASE_URL!, REDIS_URL: nobody });
    expect(unreachable.code).toBe(1);
    expect(unreachable.output.trim().split('\n').at(-1)).toMatch(new RegExp(`^Journeyboard cannot reach Redis at ${nobody}/?: connect ECONNREFUSED`));
  });

  it('brings stock y-websocket clients on three instances to one board, edits and presence alike', { timeout: 60_000 }, async () => {
    const boardId = await createBoard(instances[0]!.url);
    const docs = instances.map((instance) => connect(instance, boardId));
    await Promise.all(docs.map((client) => whenSynced(client)));
    const ids = docs.map((client, i) => {
      addNote(client.doc, `note${i}`, `value of note${i}`);
      return `note${i}`;
    });
    await waitFor(() => docs.every((client) => notesIn(client.doc, ids) === 3), 10_000, 'every client to hold every note');
    const states = docs.map((client) => Y.encodeStateAsUpdate(client.doc));
    const merged = new Y.Doc();
    for (const state of states) Y.applyUpdate(merged, state);
    for (const client of docs) expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(merged));
    // Presence set on the first instance shows on the third.
    docs[0]!.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    const ada = docs[0]!.doc.clientID;
    await waitFor(() => (docs[2]!.provider.awareness.getStates().get(ada) as { user?: { name: string } } | undefined)?.user?.name === 'Ada', 10_000, 'Ada’s presence on the third instance');
  });

  it(`keeps an edit a client of another instance saw when the instance that stored it is killed, ${CRASHES} of ${CRASHES} times`, { timeout: 300_000 }, async () => {
    const boardId = await createBoard(instances[0]!.url);
    const lost: number[] = [];
    for (let i = 0; i < CRASHES; i++) {
      const [writer, seer, survivor] = [i % 3, (i + 1) % 3, (i + 2) % 3].map((n) => instances[n]!);
      const a = connectClient(writer!.url, boardId);
      const b = connectClient(seer!.url, boardId);
      try {
        await Promise.all([whenSynced(a), whenSynced(b)]);
        addNote(a.doc, `edit${i}`, `value of edit${i}`);
        await waitFor(() => noteText(b.doc, `edit${i}`) === `value of edit${i}`, 10_000, `a client of another instance to see edit ${i}`);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 21)));
        await writer!.kill('SIGKILL');
      } finally {
        a.destroy();
        b.destroy();
      }
      const fresh = connectClient(survivor!.url, boardId);
      try {
        await whenSynced(fresh);
        for (let j = 0; j <= i; j++) if (noteText(fresh.doc, `edit${j}`) !== `value of edit${j}` && !lost.includes(j)) lost.push(j);
      } finally {
        fresh.destroy();
      }
      instances[i % 3] = await startInstance();
    }
    expect(lost).toEqual([]);
  });

  it('loses no update while Redis restarts, and every client converges', { timeout: 120_000 }, async () => {
    const boardId = await createBoard(instances[0]!.url);
    const docs = [connect(instances[0]!, boardId), connect(instances[1]!, boardId), connect(instances[2]!, boardId)];
    await Promise.all(docs.map((client) => whenSynced(client)));
    const ids: string[] = [];
    const write = (round: string) =>
      docs.forEach((client, i) => {
        const id = `${round}${i}`;
        addNote(client.doc, id, `value of ${id}`);
        ids.push(id);
      });
    write('before');
    await waitFor(() => docs.every((client) => notesIn(client.doc, ids) === ids.length), 10_000, 'the first notes everywhere');
    await redis.stop({ hard: true });
    write('during');
    // Without Redis, instances read what the others stored from PostgreSQL.
    await waitFor(() => docs.every((client) => notesIn(client.doc, ids) === ids.length), 15_000, 'the notes written without Redis everywhere');
    await redis.start();
    await waitFor(() => instances.every((instance) => instance.output().includes('fanout: Redis is back')), 20_000, 'every instance to reach Redis again');
    write('after');
    await waitFor(() => docs.every((client) => notesIn(client.doc, ids) === ids.length), 10_000, 'every note everywhere');
    for (const instance of instances) expect(instance.output()).toContain('fanout: lost Redis');
  });

  it('loses nothing when two instances compact one board at once', { timeout: 120_000 }, async () => {
    const boardId = await createBoard(instances[0]!.url);
    const writers = [connect(instances[0]!, boardId), connect(instances[1]!, boardId)];
    await Promise.all(writers.map((client) => whenSynced(client)));
    const ids: string[] = [];
    // 60 updates from each side, interleaved: with COMPACT_EVERY=5 both rooms compact a dozen times.
    for (let n = 0; n < 60; n++) {
      writers.forEach((client, i) => {
        const id = `c${i}-${n}`;
        addNote(client.doc, id, `value of ${id}`);
        ids.push(id);
      });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(() => writers.every((client) => notesIn(client.doc, ids) === ids.length), 20_000, 'both writers to hold every note');
    for (const client of writers) client.destroy();
    // The third instance loads the board from PostgreSQL alone: the snapshots and the log after them.
    const reader = connect(instances[2]!, boardId);
    await whenSynced(reader);
    await waitFor(() => notesIn(reader.doc, ids) === ids.length, 10_000, 'a fresh reader to hold every note');
  });

  it('closes the sockets of every instance when the board goes to the trash or a link is replaced', { timeout: 60_000 }, async () => {
    const boardId = await createBoard(instances[0]!.url);
    const tokens: BoardTokens = linksOf(boardId);
    const viewer = rawSocket(instances[2]!.url, boardId, tokens.view);
    const editor = rawSocket(instances[1]!.url, boardId, tokens.edit);
    await Promise.all([viewer.opened, editor.opened]);
    expect((await api(instances[0]!.url, 'POST', `/api/boards/${boardId}/links/view/rotate`)).status).toBe(200);
    expect((await viewer.closed).code).toBe(CLOSE_LINK_REPLACED);
    expect((await api(instances[0]!.url, 'DELETE', `/api/boards/${boardId}`)).status).toBe(200);
    expect((await editor.closed).code).toBe(CLOSE_BOARD_DELETED);
  });
});
