import { afterAll, describe, expect, it } from 'vitest';
import { createEditContext, readMeta, setBoardTitle } from '../../src/doc/index.ts';
import { api, connectClient, createBoard, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';
import { bearer, ownerToken } from './links.ts';

/** The title the preview shows, or the status when there is no preview; as the owner unless `token` says otherwise. */
async function previewTitle(serverUrl: string, boardId: string, token?: string | null): Promise<string | number> {
  const { status, json } = await api(serverUrl, 'GET', `/api/boards/${boardId}/preview`, undefined, token);
  return status === 200 ? (json as { board: { meta: { title: string } } }).board.meta.title : status;
}

async function retitle(serverUrl: string, boardId: string, title: string): Promise<void> {
  const client = connectClient(serverUrl, boardId);
  await whenSynced(client);
  setBoardTitle(createEditContext(client.doc, 'test'), title);
  // A second client sees the edit once the server has stored and relayed it.
  const check = connectClient(serverUrl, boardId);
  await waitFor(() => check.provider.synced && readMeta(check.doc).title === title, 10_000, 'the title to be stored');
  check.destroy();
  client.destroy();
}

/** The server's loaded rooms, once they are none or 5 s have passed. */
async function loadedRoomsAfterIdle(serverUrl: string): Promise<number> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { rooms } = (await api(serverUrl, 'GET', '/metrics')).json as { rooms: number };
    if (rooms === 0 || Date.now() > deadline) return rooms;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('board preview', () => {
  const dataDir = tempDataDir('preview');
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('is served from the live room, then from storage after a shutdown, and never when stale', async () => {
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    const boardId = await createBoard(server.url, 'First title');
    // A board never loaded since it was made has no preview yet.
    expect(await previewTitle(server.url, boardId)).toBe(204);
    await retitle(server.url, boardId, 'First look');
    expect(await previewTitle(server.url, boardId)).toBe('First look');
    // While edits flow, a live room's preview may be a second behind, never more.
    await retitle(server.url, boardId, 'Live title');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await previewTitle(server.url, boardId)).toBe('Live title');

    // The browser's request, with gzip: the body is sent compressed; a client that refuses gzip gets plain JSON.
    const zipped = await fetch(`${server.url}/api/boards/${boardId}/preview`, { headers: { ...bearer(ownerToken(boardId)), 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toMatch(/^application\/json/);
    const plain = await fetch(`${server.url}/api/boards/${boardId}/preview`, { headers: { ...bearer(ownerToken(boardId)), 'accept-encoding': 'identity, gzip;q=0' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as { board: { meta: { title: string } } }).board.meta.title).toBe('Live title');

    // A graceful stop unloads the room and stores its preview: a cold server answers without loading the board.
    expect(await server.kill('SIGTERM')).toBe(0);
    server = await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    expect(await previewTitle(server.url, boardId)).toBe('Live title');
    expect(await loadedRoomsAfterIdle(server.url)).toBe(0);

    // A crash leaves edits in the log after the stored preview: it is stale, so it is not served.
    await retitle(server.url, boardId, 'After the preview');
    await server.kill('SIGKILL');
    server = await startServer(dataDir, { ROOM_IDLE_MS: '50', BIG_BOARD_BYTES: '0' });
    expect(await previewTitle(server.url, boardId)).toBe(204);

    // Once the board has been opened and left idle, its unload stores a current preview again.
    await retitle(server.url, boardId, 'Current again');
    expect(await loadedRoomsAfterIdle(server.url)).toBe(0);
    expect(await previewTitle(server.url, boardId)).toBe('Current again');
  });

  it('is not made for a board small enough to load at once', async () => {
    // The default threshold, 256 KB of stored document.
    const smallDir = tempDataDir('preview-small');
    let small = await startServer(smallDir);
    try {
      const boardId = await createBoard(small.url, 'Small board');
      await retitle(small.url, boardId, 'Still small');
      expect(await previewTitle(small.url, boardId)).toBe(204);
      // Nor stored when its room unloads.
      expect(await small.kill('SIGTERM')).toBe(0);
      small = await startServer(smallDir);
      expect(await previewTitle(small.url, boardId)).toBe(204);
    } finally {
      await small.kill('SIGKILL');
    }
  });

  it('answers 404, 410 and 405 as the rest of the API does', async () => {
    server ??= await startServer(dataDir, { BIG_BOARD_BYTES: '0' });
    const boardId = await createBoard(server.url, 'To the trash');
    // A request without a link learns nothing; with a link, an unknown board is not found.
    expect(await previewTitle(server.url, 'nosuchboard00000')).toBe(401);
    expect(await previewTitle(server.url, 'nosuchboard00000', ownerToken(boardId))).toBe(404);
    expect((await api(server.url, 'DELETE', `/api/boards/${boardId}`)).status).toBe(200);
    expect(await previewTitle(server.url, boardId)).toBe(410);
    expect((await api(server.url, 'POST', `/api/boards/${boardId}/preview`)).status).toBe(405);
  });
});
