import { afterAll, describe, expect, it } from 'vitest';
import { editsLostOverCrashes } from './crashes.ts';
import { createBoard, startServer, tempDataDir, type ServerProcess } from './harness.ts';

const ITERATIONS = 20;

describe('an edit another client has seen survives kill -9', () => {
  const dataDir = tempDataDir('durability');
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it(`holds in ${ITERATIONS} of ${ITERATIONS} crashes`, { timeout: 90_000 }, async () => {
    server = await startServer(dataDir);
    const boardId = await createBoard(server.url);
    const crashes = await editsLostOverCrashes(server, boardId, ITERATIONS, () => startServer(dataDir));
    server = crashes.server;
    expect(crashes.lost).toEqual([]);
  });
});
