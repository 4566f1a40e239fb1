import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterForSuite, postgresMissing } from '../services/postgres.ts';
import { addNote, api, connectClient, createBoard, noteText, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';

const missing = postgresMissing();
if (missing) console.log(missing);

function migrate(from: string, to: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate-storage.ts', '--from', from, '--to', to], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe.runIf(missing === null)('npm run migrate-storage', () => {
  const cluster = clusterForSuite();
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('copies every board with its history, links and templates from SQLite, verifies each, and the server goes on from PostgreSQL', { timeout: 90_000 }, async () => {
    const dataDir = tempDataDir('migrate');
    server = await startServer(dataDir, { COMPACT_EVERY: '3' });
    const boards = [await createBoard(server.url, 'Onboarding'), await createBoard(server.url, 'Renewal')];
    for (const [i, boardId] of boards.entries()) {
      const client = connectClient(server.url, boardId);
      await whenSynced(client);
      // Enough edits for a compaction: the copy carries a snapshot and the log after it.
      for (let n = 0; n < 5; n++) addNote(client.doc, `note${n}`, `board ${i} note ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      client.destroy();
    }
    const lighting = JSON.parse(fs.readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8')) as unknown;
    expect((await api(server.url, 'POST', '/api/templates', { name: 'Lighting', file: lighting })).status).toBe(201);
    expect((await api(server.url, 'DELETE', `/api/boards/${boards[1]}`)).status).toBe(200); // to the trash, and so copied
    expect(await server.kill('SIGTERM')).toBe(0);
    server = undefined;

    const databaseUrl = await cluster().newDatabase();
    const first = migrate(`sqlite:${dataDir}`, databaseUrl);
    expect(first.output).toContain('Template');
    expect(first.output).toMatch(/Board \w+ "Onboarding" \(\d+ updates? after a snapshot\): copied and verified/);
    expect(first.output).toContain('2 boards of');
    expect(first.status).toBe(0);
    // Run again, it copies nothing and finds the same.
    const again = migrate(`sqlite:${dataDir}`, databaseUrl);
    expect(again.output.match(/there already, the same/g)).toHaveLength(3);
    expect(again.status).toBe(0);

    // The server on PostgreSQL opens the boards with their old links, with everything in them.
    server = await startServer(dataDir, { DATABASE_URL: databaseUrl });
    expect(server.output()).toContain(': 2 boards');
    const client = connectClient(server.url, boards[0]!);
    await whenSynced(client);
    await waitFor(() => noteText(client.doc, 'note4') === 'board 0 note 4', 5000, 'the copied notes');
    for (let n = 0; n < 5; n++) expect(noteText(client.doc, `note${n}`)).toBe(`board 0 note ${n}`);
    client.destroy();
    expect(await api(server.url, 'GET', `/api/boards/${boards[1]}`)).toMatchObject({ status: 200, json: { title: 'Renewal', deletedAt: expect.any(Number) } });
    expect(await api(server.url, 'GET', '/api/templates')).toMatchObject({ status: 200, json: { templates: [{ name: 'Lighting' }] } });
  });

  it('says what it needs when the source is not a store', () => {
    const run = migrate('sqlite:/nowhere', 'postgres://127.0.0.1:1/x');
    expect(run.status).toBe(1);
    expect(run.output).toContain('No journeyboard.db in /nowhere');
  });
});
