import { afterEach, describe, expect, it } from 'vitest';
import {
  addNote,
  api,
  connectClient,
  createBoard,
  noteText,
  storedCounts,
  rawSocket,
  startServer,
  tempDataDir,
  waitFor,
  whenSynced,
  type ServerProcess,
} from './harness.ts';

async function metrics(server: ServerProcess): Promise<{ rooms: number; connections: number }> {
  return (await api(server.url, 'GET', '/metrics')).json as { rooms: number; connections: number };
}



describe('room lifecycle', () => {
  // Each test starts the servers it needs with the settings it is about; every one is stopped
  // when the test ends, pass or fail.
  const servers: ServerProcess[] = [];
  const serve = async (dataDir: string, env: Record<string, string> = {}) => {
    const server = await startServer(dataDir, env);
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.kill('SIGKILL')));
  });

  it('unloads an idle room (compacting it) and loads it again with everything on rejoin', async () => {
    const dataDir = tempDataDir('lifecycle-idle');
    const server = await serve(dataDir, { ROOM_IDLE_MS: '150' });
    const boardId = await createBoard(server.url, 'Idle');
    const first = connectClient(server.url, boardId);
    await whenSynced(first);
    expect(await metrics(server)).toEqual({ rooms: 1, connections: 1 });
    for (let i = 0; i < 5; i++) addNote(first.doc, `n${i}`, `note ${i}`);
    await waitFor(async () => (await storedCounts(dataDir, boardId)).updates >= 2, 5000, 'edits to be stored');
    first.destroy();

    await waitFor(async () => (await storedCounts(dataDir, boardId)).snapshots === 1, 5000, 'the unload to compact');
    expect(await metrics(server)).toEqual({ rooms: 0, connections: 0 });
    expect(await storedCounts(dataDir, boardId)).toEqual({ updates: 0, snapshots: 1 });

    const again = connectClient(server.url, boardId);
    await whenSynced(again);
    expect(await metrics(server)).toEqual({ rooms: 1, connections: 1 });
    for (let i = 0; i < 5; i++) expect(noteText(again.doc, `n${i}`)).toBe(`note ${i}`);
    again.destroy();
  });

  it('shuts down on SIGTERM: closes sockets with 1001, compacts, exits 0', async () => {
    // A room that is never idle within the test: only the shutdown can compact it.
    const dataDir = tempDataDir('lifecycle-shutdown');
    const server = await serve(dataDir, { ROOM_IDLE_MS: '60000' });
    const boardId = await createBoard(server.url, 'Shutdown');
    const client = connectClient(server.url, boardId);
    await whenSynced(client);
    addNote(client.doc, 'last', 'saved on the way out');
    await waitFor(async () => (await storedCounts(dataDir, boardId)).updates >= 2, 5000, 'the edit to be stored');
    const watcher = rawSocket(server.url, boardId);
    await watcher.opened;

    expect(await server.kill('SIGTERM')).toBe(0);
    expect(await watcher.closed).toEqual({ code: 1001, reason: 'Server shutting down' });
    client.destroy();
    expect(await storedCounts(dataDir, boardId)).toEqual({ updates: 0, snapshots: 1 });

    const restarted = await serve(dataDir);
    const reader = connectClient(restarted.url, boardId);
    await whenSynced(reader);
    expect(noteText(reader.doc, 'last')).toBe('saved on the way out');
    reader.destroy();
  });
});
