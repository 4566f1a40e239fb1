import { createHash } from 'node:crypto';
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeta } from '../../src/doc/read.ts';
import { metaMap } from '../../src/doc/layout.ts';
import {
  api,
  connectClient,
  createBoard,
  storedBoard,
  startServer,
  tempDataDir,
  upgradeStatus,
  waitFor,
  whenSynced,
  type Client,
  type ServerProcess,
} from './harness.ts';
import { ownerToken } from './links.ts';

interface BoardJson {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  role: string;
}

const lighting = readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8');

describe('REST API', () => {
  const dataDir = tempDataDir('api');
  let server: ServerProcess;
  const clients: Client[] = [];
  const connect = (boardId: string) => {
    const client = connectClient(server.url, boardId);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer(dataDir);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.kill('SIGKILL');
  });

  it('answers /healthz and /metrics', async () => {
    expect(await api(server.url, 'GET', '/healthz')).toEqual({ status: 200, json: 'ok' });
    const { status, json } = await api(server.url, 'GET', '/metrics');
    expect(status).toBe(200);
    expect(json).toMatchObject({ rooms: expect.any(Number), connections: expect.any(Number) });
  });

  it('creates and reads a board, with its title cleaned in the doc and the row', async () => {
    const created = await api(server.url, 'POST', '/api/boards', { title: '  Checkout \n journey ' });
    expect(created.status).toBe(201);
    const { id } = created.json as { id: string };
    const { status, json } = await api(server.url, 'GET', `/api/boards/${id}`);
    expect(status).toBe(200);
    const board = json as BoardJson;
    expect(board).toMatchObject({ id, title: 'Checkout journey', deletedAt: null, role: 'owner' });
    expect(board.createdAt).toBeGreaterThan(Date.now() - 60_000);

    const client = connect(id);
    await whenSynced(client);
    expect(readMeta(client.doc).title).toBe('Checkout journey');

    const untitled = await api(server.url, 'POST', '/api/boards');
    expect(untitled.status).toBe(201);
    const read = await api(server.url, 'GET', `/api/boards/${(untitled.json as { id: string }).id}`);
    expect((read.json as BoardJson).title).toBe('Untitled board');
  });

  it('answers a new board, created or imported, with a link token for each role, of which it stores only hashes', async () => {
    const created = await api(server.url, 'POST', '/api/boards', { title: 'Shared' });
    const imported = await api(server.url, 'POST', '/api/boards/import', lighting);
    expect(imported.status).toBe(201);
    const seen = new Set<string>();
    for (const { json } of [created, imported]) {
      const { id, tokens } = json as { id: string; tokens: Record<string, string> };
      expect(Object.keys(tokens).sort()).toEqual(['comment', 'edit', 'owner', 'view']);
      for (const token of Object.values(tokens)) {
        // 256 bits in base64url, and no two alike.
        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(seen.has(token)).toBe(false);
        seen.add(token);
      }
      const stored = (await storedBoard(dataDir, id))!.tokens;
      expect(stored.map((row) => row.role)).toEqual(['comment', 'edit', 'owner', 'view']);
      for (const row of stored) expect(row.tokenHash).toBe(createHash('sha256').update(tokens[row.role]!).digest('hex'));
    }
    // Not a byte of any token is in the database file, nor in what the server logged.
    const file = ['journeyboard.db', 'journeyboard.db-wal']
      .map((name) => path.join(dataDir, name))
      .filter((name) => existsSync(name))
      .map((name) => readFileSync(name).toString('latin1'))
      .join('');
    for (const token of seen) {
      expect(file.includes(token)).toBe(false);
      expect(server.output().includes(token)).toBe(false);
    }
  });

  it('renames through the room: a connected client sees it live, the row follows', async () => {
    const id = await createBoard(server.url, 'Before');
    const client = connect(id);
    await whenSynced(client);
    const renamed = await api(server.url, 'PATCH', `/api/boards/${id}`, { title: 'After' });
    expect(renamed.status).toBe(200);
    expect((renamed.json as BoardJson).title).toBe('After');
    await waitFor(() => readMeta(client.doc).title === 'After', 5000, 'client to see the rename');
  });

  it('copies a title a client types into the boards row', async () => {
    const id = await createBoard(server.url, 'Typed');
    const client = connect(id);
    await whenSynced(client);
    metaMap(client.doc).set('title', 'Typed by a person');
    const deadline = Date.now() + 5000;
    let title = '';
    while (Date.now() < deadline && title !== 'Typed by a person') {
      title = ((await api(server.url, 'GET', `/api/boards/${id}`)).json as BoardJson).title;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(title).toBe('Typed by a person');
  });

  it('moves a board to the trash, closing its sockets and refusing new ones, and restores it', async () => {
    const id = await createBoard(server.url, 'Doomed');
    const client = connect(id);
    await whenSynced(client);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.provider.once('closed', (event) => resolve(event)),
    );

    const deleted = await api(server.url, 'DELETE', `/api/boards/${id}`);
    expect(deleted.status).toBe(200);
    expect((deleted.json as BoardJson).deletedAt).toEqual(expect.any(Number));
    expect(await closed).toEqual({ code: 4410, reason: 'Board deleted' });
    expect(await upgradeStatus(server.url, `/sync/${id}?token=${ownerToken(id)}`)).toBe(410);
    expect((await api(server.url, 'PATCH', `/api/boards/${id}`, { title: 'x' })).status).toBe(410);

    const restored = await api(server.url, 'POST', `/api/boards/${id}/restore`);
    expect(restored.status).toBe(200);
    expect((restored.json as BoardJson).deletedAt).toBeNull();
    const again = connect(id);
    await whenSynced(again);
    expect(readMeta(again.doc).title).toBe('Doomed');
  });

  it('answers bad requests with a status, the English {error} and the {code} a page words it by', async () => {
    const id = await createBoard(server.url);
    // Without a link the server says nothing of a board, not even that there is none; a
    // request carrying one (any board's) learns that an unknown board is not found.
    expect(await api(server.url, 'GET', '/api/boards/0000000000000000')).toEqual({ status: 401, json: { error: expect.any(String), code: 'linkMissing' } });
    const unknown = await api(server.url, 'GET', '/api/boards/0000000000000000', undefined, ownerToken(id));
    expect(unknown).toEqual({ status: 404, json: { error: expect.any(String), code: 'boardNotFound' } });
    expect(await api(server.url, 'GET', '/api/boards/NOT-AN-ID')).toEqual({ status: 400, json: { error: expect.any(String), code: 'boardNotFound' } });
    expect(await api(server.url, 'GET', '/api/nothing')).toEqual({ status: 404, json: { error: expect.any(String), code: 'badRequest' } });
    expect((await api(server.url, 'DELETE', '/api/boards/0000000000000000', undefined, ownerToken(id))).status).toBe(404);
    expect((await api(server.url, 'POST', '/api/boards/0000000000000000/restore', undefined, ownerToken(id))).status).toBe(404);
    expect(await api(server.url, 'POST', '/api/boards', '{"title": ')).toEqual({ status: 400, json: { error: 'Request body is not valid JSON', code: 'badRequest' } });
    expect((await api(server.url, 'POST', '/api/boards', { title: 42 })).status).toBe(400);
    expect((await api(server.url, 'POST', '/api/boards', [1])).status).toBe(400);
    expect((await api(server.url, 'PATCH', `/api/boards/${id}`, {})).status).toBe(400);
    expect((await api(server.url, 'PUT', `/api/boards/${id}`, {})).status).toBe(405);
  });

  it('refuses a body over 1 MiB with 413 as soon as its length is declared', async () => {
    // Only the start is sent: the answer comes before the rest, and a client still writing a
    // body the server has stopped reading would race the closing connection.
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 1024 * 1024 + 10 } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write('{"title":"xxxx');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ error: 'Request body is larger than 1048576 bytes', code: 'bodyTooLarge', values: { megabytes: 1 } });
  });

  it('refuses sync upgrades for invalid, unknown and non-sync paths', async () => {
    expect(await upgradeStatus(server.url, '/sync/NOT-AN-ID')).toBe(400);
    expect(await upgradeStatus(server.url, '/sync/0000000000000000?token=secret')).toBe(404);
    expect(await upgradeStatus(server.url, '/elsewhere')).toBe(404);
    const id = await createBoard(server.url);
    expect(await upgradeStatus(server.url, `/sync/${id}`)).toBe(401);
    expect(await upgradeStatus(server.url, `/sync/${id}?token=secret`)).toBe(403);
    expect(await upgradeStatus(server.url, `/sync/${id}?token=${ownerToken(id)}`)).toBe(101);
    // Query strings carry access tokens: none may reach the log, wrong or right.
    expect(server.output()).not.toContain('secret');
    expect(server.output()).not.toContain(ownerToken(id));
  });
});
