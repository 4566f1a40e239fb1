import { afterAll, describe, expect, it } from 'vitest';
import { addNote, connectClient, createBoard, noteText, startServer, tempDataDir, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';

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
    const lost: number[] = [];

    for (let i = 0; i < ITERATIONS; i++) {
      const a = connectClient(server.url, boardId);
      const b = connectClient(server.url, boardId);
      const clients: Client[] = [a, b];
      try {
        await Promise.all([whenSynced(a), whenSynced(b)]);
        addNote(a.doc, `edit${i}`, `value ${i}`);
        await waitFor(() => noteText(b.doc, `edit${i}`) === `value ${i}`, 5000, `B to see edit ${i}`);
        // The crash lands 0-20 ms after B saw the edit: while the server may still be writing.
        const delay = Math.floor(Math.random() * 21);
        await new Promise((resolve) => setTimeout(resolve, delay));
        await server.kill('SIGKILL');
      } finally {
        for (const client of clients) client.destroy();
      }

      server = await startServer(dataDir);
      const fresh = connectClient(server.url, boardId);
      try {
        await whenSynced(fresh);
        for (let j = 0; j <= i; j++) {
          if (noteText(fresh.doc, `edit${j}`) !== `value ${j}` && !lost.includes(j)) lost.push(j);
        }
      } finally {
        fresh.destroy();
      }
    }
    expect(lost).toEqual([]);
  });
});
