import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterForSuite, postgresMissing } from '../services/postgres.ts';
import { editsLostOverCrashes } from './crashes.ts';
import { api, createBoard, runServerToExit, startServer, tempDataDir, type ServerProcess } from './harness.ts';

const missing = postgresMissing();
if (missing) console.log(missing);

const CRASHES = 10;

describe.runIf(missing === null)('the server on PostgreSQL', () => {
  const cluster = clusterForSuite();
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  /** The database of a server started for the tests below, started once. */
  let running: string | undefined;
  async function runningDatabase(): Promise<string> {
    if (running) return running;
    running = await cluster().newDatabase();
    server = await startServer(tempDataDir('postgres-running'), { DATABASE_URL: running });
    return running;
  }

  it(`keeps boards in the database it names, and an edit another client has seen survives kill -9, ${CRASHES} of ${CRASHES} times`, { timeout: 120_000 }, async () => {
    const databaseUrl = await cluster().newDatabase();
    const dataDir = tempDataDir('postgres');
    const env = { DATABASE_URL: databaseUrl };
    server = await startServer(dataDir, env);
    expect(server.output()).toContain(`Database ${databaseUrl}: 0 boards`);
    const boardId = await createBoard(server.url);
    const crashes = await editsLostOverCrashes(server, boardId, CRASHES, () => startServer(dataDir, env));
    server = crashes.server;
    expect(crashes.lost).toEqual([]);
    expect(server.output()).toContain(': 1 board');
    expect((await api(server.url, 'GET', `/api/boards/${boardId}`)).status).toBe(200);
    // Nothing went to SQLite meanwhile.
    expect(fs.existsSync(path.join(dataDir, 'journeyboard.db'))).toBe(false);
  });

  it('stops a second server on the same database with one line saying why', { timeout: 60_000 }, async () => {
    await server?.kill('SIGTERM');
    const databaseUrl = await runningDatabase();
    const second = await runServerToExit(tempDataDir('postgres-second'), { DATABASE_URL: databaseUrl });
    expect(second.code).toBe(1);
    expect(second.output.trim()).toBe(`Another Journeyboard server is using the database ${databaseUrl}: one server per database, or two would each hold a board and lose sight of the other's edits`);
  });

  it('makes a new admin link in the database beside the running server', { timeout: 60_000 }, async () => {
    const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/links.ts', 'admin'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: await runningDatabase() } });
    expect(made.status).toBe(0);
    const token = /#admin=([A-Za-z0-9_-]+)/.exec(made.stdout)?.[1];
    expect(token).toBeDefined();
    expect((await api(server!.url, 'GET', '/api/templates', undefined, token!)).status).toBe(200);
  });
});
