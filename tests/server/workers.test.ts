import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditContext } from '../../src/doc/context.ts';
import { addCard } from '../../src/doc/commands/cards.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { addStage } from '../../src/doc/commands/stages.ts';
import { LIMITS } from '../../src/model/index.ts';
import { addNote, api, connectClient, createBoard, noteText, withStorage, startServer, tempDataDir, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { bearer, ownerToken } from './links.ts';

/*
 * Reports and imports run on worker threads: the event loop keeps answering /healthz and
 * syncing boards while they run, a job over its budget or out of memory is stopped with a
 * sentence, and the server goes on with a new worker.
 */
const lighting = readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8');
const clients: Client[] = [];

function connected(serverUrl: string, boardId: string): Client {
  const client = connectClient(serverUrl, boardId);
  clients.push(client);
  return client;
}

/**
 * A board that takes seconds to draw, honestly: cards whose descriptions are as long as the
 * model allows, typed in by a real client. The report's appendix prints each in full.
 */
async function slowBoard(serverUrl: string, cards: number): Promise<string> {
  const id = await createBoard(serverUrl, 'Every touchpoint described at length');
  const writer = connected(serverUrl, id);
  await whenSynced(writer);
  const ctx = createEditContext(writer.doc);
  const stages = Array.from({ length: 6 }, (_, i) => addStage(ctx, { title: `Stage ${i + 1}` }));
  const laneId = addLane(ctx, { title: 'Touchpoints' });
  const body = 'A long description of what happens at this touchpoint, and why it matters. '.repeat(300).slice(0, LIMITS.longText);
  for (let i = 0; i < cards; i++) addCard(ctx, { stageId: stages[i % stages.length]!, laneId, title: `Touchpoint ${i + 1}`, body });
  // The server holds the board once another client has all of it.
  const reader = connected(serverUrl, id);
  await waitFor(() => reader.doc.getMap('cards').size === cards, 30_000, 'the board to reach the server');
  return id;
}

async function getPdf(serverUrl: string, boardId: string): Promise<{ status: number; retryAfter: string | null; bytes: Buffer }> {
  const response = await fetch(`${serverUrl}/api/boards/${boardId}/export.pdf`, { headers: bearer(ownerToken(boardId)) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), bytes: Buffer.from(await response.arrayBuffer()) };
}

function errorOf(bytes: Buffer): string {
  return (JSON.parse(bytes.toString('utf8')) as { error: string }).error;
}

afterAll(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('a slow report', () => {
  const dataDir = tempDataDir('workers');
  let server: ServerProcess;
  beforeAll(async () => {
    // A budget no render here comes near: this part is about the event loop, not the budget.
    server = await startServer(dataDir, { JOB_BUDGET_MS: '600000' });
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('leaves /healthz answering, and another board syncing, while it draws', async () => {
    const slow = await slowBoard(server.url, 40);
    const other = await createBoard(server.url, 'Meanwhile');
    const [a, b] = [connected(server.url, other), connected(server.url, other)];
    await Promise.all([whenSynced(a), whenSynced(b)]);

    let drawn = false;
    const drawStarted = performance.now();
    let drawTook = 0;
    const pdf = getPdf(server.url, slow).finally(() => {
      drawn = true;
      drawTook = performance.now() - drawStarted;
    });
    addNote(a.doc, 'during', 'written while the report draws');
    await waitFor(() => noteText(b.doc, 'during') === 'written while the report draws', 10_000, 'the edit to reach the other client');
    const syncedWhileDrawing = !drawn;

    const latencies: number[] = [];
    while (!drawn) {
      const started = performance.now();
      const response = await fetch(`${server.url}/healthz`);
      expect(await response.text()).toBe('ok');
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await pdf).status).toBe(200);
    expect(syncedWhileDrawing).toBe(true);
    // Enough answers to have watched the whole render, not just its start or end.
    expect(latencies.length).toBeGreaterThanOrEqual(20);
    // Drawn on the server's own thread, one health answer would wait for most of the render; a
    // ratio rather than a limit in milliseconds, since these machines are shared and noisy.
    expect(Math.max(...latencies)).toBeLessThan(drawTook / 10);
  }, 180_000);

  it('cuts a 200,000-character card title, stored before titles were checked, short with an ellipsis', async () => {
    const { json } = await api(server.url, 'POST', '/api/boards/import', lighting);
    const id = (json as { id: string }).id;
    // The server refuses such a title from a client now, but a board stored before it did may
    // hold one: written here into the board's stored log, as the server would have then.
    const title = 'Longtitle'.repeat(22_223).slice(0, 200_000);
    await withStorage(dataDir, async (storage) => {
      const doc = new Y.Doc();
      for (const update of (await storage.load(id)).updates) Y.applyUpdate(doc, update);
      const stored = Y.encodeStateVector(doc);
      const text = ([...(doc.getMap('cards') as Y.Map<Y.Map<unknown>>).values()][0]!.get('title')) as Y.Text;
      doc.transact(() => {
        text.delete(0, text.length);
        text.insert(0, title);
      });
      await storage.append(id, Y.encodeStateAsUpdate(doc, stored));
    });

    const { status, bytes } = await getPdf(server.url, id);
    expect(status).toBe(200);
    const file = path.join(tempDataDir('long-title'), 'report.pdf');
    writeFileSync(file, bytes);
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    // The map's card prints the title up to a line ending in an ellipsis…
    expect(printed).toMatch(/^[Lgilnote]+\.\.\.$/m);
    // …and the report no more of it than the card title's limit, in the map and the appendix.
    const shown = (printed.match(/Longtitle/g) ?? []).length * 'Longtitle'.length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(2 * LIMITS.shortText);
  }, 120_000);
});

describe('jobs over the limits', () => {
  let tight: ServerProcess;
  let small: ServerProcess;
  beforeAll(async () => {
    [tight, small] = await Promise.all([
      startServer(tempDataDir('workers-budget'), { JOB_BUDGET_MS: '1000', JOB_WORKERS: '1', JOB_QUEUE: '0' }),
      // A budget the file meets: this one is about memory.
      startServer(tempDataDir('workers-memory'), { JOB_MEMORY_MB: '64', JOB_BUDGET_MS: '600000' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([tight?.kill('SIGKILL'), small?.kill('SIGKILL')]);
  });

  it('stops a report over its budget with 503 and a sentence, and reads the next file on a new worker', async () => {
    const slow = await slowBoard(tight.url, 40);
    const { status, retryAfter, bytes } = await getPdf(tight.url, slow);
    expect(status).toBe(503);
    expect(retryAfter).toBe('60');
    expect(errorOf(bytes)).toBe('The report took longer than 1 s to draw and was stopped; try again in a minute or export from the board in your browser');

    const imported = await api(tight.url, 'POST', '/api/boards/import', lighting);
    expect(imported.status).toBe(201);
    expect(imported.json).toEqual({ id: expect.any(String), tokens: expect.objectContaining({ owner: expect.any(String) }), repairs: [] });
    expect(tight.output()).toMatch(/ran over 1000 ms and was stopped/);
  }, 120_000);

  it('refuses at once a job that finds every worker busy and no room to wait', async () => {
    const slow = await slowBoard(tight.url, 40);
    // Two reports at once on one worker with no queue: one runs (and meets the budget), one is refused.
    const answers = await Promise.all([getPdf(tight.url, slow), getPdf(tight.url, slow)]);
    const errors = answers.map((answer) => ({ status: answer.status, retryAfter: answer.retryAfter, error: errorOf(answer.bytes) }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { status: 503, retryAfter: '1', error: 'The server is busy drawing reports and reading files for others; try again in 1 s' },
        { status: 503, retryAfter: '60', error: expect.stringMatching(/^The report took longer than 1 s to draw/) },
      ]),
    );
  }, 120_000);

  it('answers 413 for a file that needs more memory than a worker has, and reads the next one', async () => {
    // Within every limit a file has (cards a board may hold, the length of a description, the
    // size of a body), yet too much for a worker given 64 MB.
    const body = 'A description of what happens here. '.repeat(20).slice(0, 700);
    const cards = Array.from({ length: 19_000 }, (_, i) => ({ id: `c${i}`, stageId: 's', laneId: 'l', body }));
    const huge = JSON.stringify({ type: 'journeyboard', version: 1, board: { stages: [{ id: 's' }], lanes: [{ id: 'l' }], cards } });
    const refused = await api(small.url, 'POST', '/api/boards/import', huge);
    expect(refused.status).toBe(413);
    expect(refused.json).toEqual({
      error: 'The file needs more than the 64 MB of memory the server gives one file to read it; split it into smaller boards',
      code: 'fileTooBig',
      values: { megabytes: 64 },
    });

    expect((await fetch(`${small.url}/healthz`)).status).toBe(200);
    const imported = await api(small.url, 'POST', '/api/boards/import', lighting);
    expect(imported.status).toBe(201);
    expect(small.output()).toMatch(/a worker died: .*memory/);
  }, 120_000);
});
