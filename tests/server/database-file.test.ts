import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, createBoard, openDatabase, runServerToExit, startServer, tempDataDir, type ServerProcess } from './harness.ts';

const DB = 'journeyboard.db';

/** A real database of two boards, cut short after its first page: its tables point past the end. */
async function truncatedDatabase(dataDir: string): Promise<void> {
  const server = await startServer(dataDir);
  await createBoard(server.url, 'One');
  await createBoard(server.url, 'Two');
  expect(await server.kill('SIGTERM')).toBe(0);
  const db = openDatabase(dataDir);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const file = path.join(dataDir, DB);
  expect(fs.statSync(file).size).toBeGreaterThan(pageSize);
  fs.truncateSync(file, pageSize);
}

describe('the database file', () => {
  it.each([
    {
      name: 'a text file',
      make: (dataDir: string) => fs.writeFileSync(path.join(dataDir, DB), 'These are not the boards you are looking for.\n'),
      reason: 'file is not a database',
    },
    { name: 'a truncated database', make: truncatedDatabase, reason: 'database disk image is malformed' },
  ])('stops the server with one line naming the file when it is $name, and leaves it as it was', async ({ make, reason }) => {
    const dataDir = tempDataDir('bad-db');
    const file = path.join(dataDir, DB);
    await make(dataDir);
    const before = fs.readFileSync(file);

    const { code, output } = await runServerToExit(dataDir);

    expect(code).toBe(1);
    expect(output).toBe(`Journeyboard cannot open its database ${file}: ${reason}\n`);
    expect(output).not.toMatch(/^\s+at /m);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('names a directory standing where the file should be', async () => {
    const dataDir = tempDataDir('bad-db');
    const file = path.join(dataDir, DB);
    fs.mkdirSync(file);

    const { code, output } = await runServerToExit(dataDir);

    expect(code).toBe(1);
    expect(output).toBe(`Journeyboard cannot open its database ${file}: it is a directory\n`);
    expect(output).not.toMatch(/^\s+at /m);
  });

  describe('at start', () => {
    let server: ServerProcess | undefined;
    afterAll(async () => {
      await server?.kill('SIGKILL');
    });

    it('names the database it opened and counts its boards', async () => {
      const dataDir = tempDataDir('start-line');
      const file = path.join(dataDir, DB);
      server = await startServer(dataDir);
      expect(server.output()).toContain(`Database ${file}: 0 boards\n`);
      await createBoard(server.url, 'Kept');
      const trashed = await createBoard(server.url, 'Trashed');
      expect((await api(server.url, 'DELETE', `/api/boards/${trashed}`)).status).toBe(200);
      expect(await server.kill('SIGTERM')).toBe(0);

      server = await startServer(dataDir);
      expect(server.output()).toContain(`Database ${file}: 2 boards\n`);
    });
  });
});
