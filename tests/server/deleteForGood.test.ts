import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote, api, connectClient, createBoard, nothingStoredOf, storedBoard, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';
import { linksOf } from './links.ts';

/*
 * A board deleted for good right after the trash closed its sockets is still a room in memory,
 * waiting out ROOM_IDLE_MS. Its unload must not store its snapshot and preview again.
 */
describe('a board deleted for good while its room is still in memory', () => {
  const dataDir = tempDataDir('delete-for-good');
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer(dataDir, { ROOM_IDLE_MS: '300', BIG_BOARD_BYTES: '1' });
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('leaves nothing of it stored once the room would have unloaded', async () => {
    const id = await createBoard(server.url, 'Gone for good');
    const client = connectClient(server.url, id);
    await whenSynced(client);
    addNote(client.doc, 'n1', 'an edit the room would compact on unload');
    await waitFor(async () => ((await storedBoard(dataDir, id))?.updates.length ?? 0) >= 2, 5_000, 'the edit to be stored');
    const owner = linksOf(id).owner;
    expect((await api(server.url, 'DELETE', `/api/boards/${id}`, undefined, owner)).status).toBe(200);
    await waitFor(() => !client.provider.wsconnected, 5_000, 'the trash to close the socket');
    client.destroy();
    expect((await api(server.url, 'DELETE', `/api/boards/${id}/forever`, undefined, owner)).status).toBe(200);
    // Well past ROOM_IDLE_MS: an unload would have written by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await nothingStoredOf(dataDir, id, linksOf(id))).toBe(true);
  });
});
