import http from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { BoardTokens } from '../../server/capabilities.ts';
import { addNote, connectClient, noteText, startServer, syncUrl, tempDataDir, waitFor, type ServerProcess } from './harness.ts';
import { bearer, defaultToken, ownerToken, rememberLinks } from './links.ts';

/*
 * Every loopback address reaches a server bound to 127.0.0.1 on Linux, each as a client
 * address of its own: requests here are sent from chosen ones. Like the harness's api(), they
 * carry the board owner's (or for templates the admin's) token unless `headers` say otherwise.
 */

const lighting = readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8');

interface Answer {
  status: number;
  retryAfter: string | undefined;
  json: unknown;
}

function send(serverUrl: string, from: string, method: string, route: string, body?: unknown, headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(serverUrl + route, { method, localAddress: from, headers: { ...bearer(defaultToken(serverUrl, route)), ...headers, ...(text === undefined ? {} : { 'content-type': 'application/json' }) } }, (res) => {
      let received = '';
      res.on('data', (chunk: Buffer) => (received += chunk.toString()));
      res.on('end', () => {
        let json: unknown = received;
        try {
          json = JSON.parse(received);
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], json });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

async function newBoard(serverUrl: string, from: string): Promise<string> {
  const { status, json } = await send(serverUrl, from, 'POST', '/api/boards');
  if (status !== 201) throw new Error(`create board failed: ${status} ${JSON.stringify(json)}`);
  const { id, tokens } = json as { id: string; tokens: BoardTokens };
  rememberLinks(id, tokens);
  return id;
}

interface Upgrade {
  status: number;
  retryAfter: string | undefined;
  body: string;
  /** The open socket when the upgrade was accepted. */
  ws: WebSocket | null;
}

/**
 * A bare WebSocket upgrade to /sync/<boardId> from `from`, with `token` (by default the
 * owner's): accepted (101) or refused with its answer.
 */
function upgrade(serverUrl: string, from: string, boardId: string, token = ownerToken(boardId)): Promise<Upgrade> {
  return new Promise((resolve) => {
    const ws = new WebSocket(syncUrl(serverUrl, boardId, token), { localAddress: from });
    ws.on('error', () => {});
    ws.once('open', () => resolve({ status: 101, retryAfter: undefined, body: '', ws }));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body, ws: null }));
      res.on('error', () => {});
    });
  });
}


/** A 429 that says when to come back: whole seconds, within the limit's window. */
function expectTooMany(answer: { status: number; retryAfter: string | undefined }, windowSeconds: number): void {
  expect(answer.status).toBe(429);
  expect(answer.retryAfter).toMatch(/^\d+$/);
  const seconds = Number(answer.retryAfter);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(windowSeconds);
}

const clients: { destroy(): void }[] = [];
const sockets: WebSocket[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const ws of sockets.splice(0)) ws.terminate();
});

describe('limits on what one address may ask for', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer(tempDataDir('limits'), {
      LIMIT_NEW_BOARDS: '3/10m',
      LIMIT_IMPORTS: '2/10m',
      LIMIT_TEMPLATE_WRITES: '3/10m',
      LIMIT_MISSES: '3/10m',
    });
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('creates boards up to the limit, then answers 429 with Retry-After; a forged X-Forwarded-For changes nothing, another address is served', async () => {
    const [spammer, neighbour] = ['127.0.0.11', '127.0.0.12'];
    for (let i = 0; i < 3; i++) expect((await send(server.url, spammer, 'POST', '/api/boards')).status).toBe(201);
    const refused = await send(server.url, spammer, 'POST', '/api/boards', { title: 'One more' });
    expectTooMany(refused, 600);
    expect(refused.json).toEqual({
      error: expect.stringMatching(/^Too many new boards from your address: try again in \d+ (seconds|minutes)$/),
      code: 'tooManyNewBoards',
      values: { count: expect.any(Number), unit: expect.stringMatching(/^(second|minute)$/) },
    });
    // Without TRUST_PROXY the header is the client's own word.
    expectTooMany(await send(server.url, spammer, 'POST', '/api/boards', undefined, { 'x-forwarded-for': '203.0.113.9' }), 600);
    expect((await send(server.url, neighbour, 'POST', '/api/boards')).status).toBe(201);
  });

  it('imports files (as the template gallery does) up to the limit, then answers 429', async () => {
    const [spammer, neighbour] = ['127.0.0.21', '127.0.0.22'];
    for (let i = 0; i < 2; i++) expect((await send(server.url, spammer, 'POST', '/api/boards/import', lighting)).status).toBe(201);
    const refused = await send(server.url, spammer, 'POST', '/api/boards/import', lighting);
    expectTooMany(refused, 600);
    expect(refused.json).toMatchObject({ error: expect.stringMatching(/^Too many boards imported from your address/), code: 'tooManyImports' });
    expect((await send(server.url, neighbour, 'POST', '/api/boards/import', lighting)).status).toBe(201);
  });

  it('counts saving and deleting templates together, and still serves the list', async () => {
    const [spammer, neighbour] = ['127.0.0.31', '127.0.0.32'];
    const file = JSON.parse(lighting) as unknown;
    const first = await send(server.url, spammer, 'POST', '/api/templates', { name: 'First', file });
    const second = await send(server.url, spammer, 'POST', '/api/templates', { name: 'Second', file });
    expect([first.status, second.status]).toEqual([201, 201]);
    const [firstId, secondId] = [first, second].map((answer) => (answer.json as { id: string }).id);
    expect((await send(server.url, spammer, 'DELETE', `/api/templates/${firstId}`)).status).toBe(200);

    expectTooMany(await send(server.url, spammer, 'POST', '/api/templates', { name: 'Third', file }), 600);
    const refusedDelete = await send(server.url, spammer, 'DELETE', `/api/templates/${secondId}`);
    expectTooMany(refusedDelete, 600);
    expect(refusedDelete.json).toMatchObject({ error: expect.stringMatching(/^Too many changes to templates from your address/), code: 'tooManyTemplateWrites' });
    const list = await send(server.url, spammer, 'GET', '/api/templates');
    expect(list.status).toBe(200);
    expect((list.json as { templates: { id: string }[] }).templates.map((template) => template.id)).toContain(secondId);
    expect((await send(server.url, neighbour, 'POST', '/api/templates', { name: 'Theirs', file })).status).toBe(201);
  });

  it('answers 429 to every lookup of an address whose lookups missed too often, over REST and the sync socket', async () => {
    const [guesser, neighbour] = ['127.0.0.41', '127.0.0.42'];
    const board = await newBoard(server.url, neighbour);
    // Lookups that find their board cost nothing.
    for (let i = 0; i < 5; i++) expect((await send(server.url, guesser, 'GET', `/api/boards/${board}`)).status).toBe(200);

    // With a link in hand (a real one, of another board), so that the lookups reach "not found".
    const link = bearer(ownerToken(board));
    expect((await send(server.url, guesser, 'GET', '/api/boards/aaaaaaaaaaaaaaaa', undefined, link)).status).toBe(404);
    expect((await send(server.url, guesser, 'GET', '/api/boards/bbbbbbbbbbbbbbbb/preview', undefined, link)).status).toBe(404);
    expect((await send(server.url, guesser, 'GET', '/api/templates/cccccccccccccccc')).status).toBe(404);

    const locked = await send(server.url, guesser, 'GET', `/api/boards/${board}`);
    expectTooMany(locked, 600);
    expect(locked.json).toMatchObject({ error: expect.stringMatching(/^Too many requests for boards or templates that do not exist from your address/), code: 'tooManyMisses' });
    expectTooMany(await send(server.url, guesser, 'GET', '/api/templates/dddddddddddddddd'), 600);
    expectTooMany(await upgrade(server.url, guesser, board), 600);
    // What names no id is not a lookup.
    expect((await send(server.url, guesser, 'GET', '/api/templates')).status).toBe(200);

    expect((await send(server.url, neighbour, 'GET', `/api/boards/${board}`)).status).toBe(200);
    const open = await upgrade(server.url, neighbour, board);
    if (open.ws) sockets.push(open.ws);
    expect(open.status).toBe(101);
  });

  it('counts sync upgrades to boards that do not exist as misses too', async () => {
    const [guesser, neighbour] = ['127.0.0.51', '127.0.0.52'];
    const board = await newBoard(server.url, neighbour);
    for (const missing of ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc']) {
      expect((await upgrade(server.url, guesser, missing, ownerToken(board))).status).toBe(404);
    }
    const refused = await upgrade(server.url, guesser, board);
    expectTooMany(refused, 600);
    expect(refused.body).toMatch(/^Too many requests for boards or templates that do not exist/);
    expectTooMany(await send(server.url, guesser, 'GET', `/api/boards/${board}`), 600);

    const open = await upgrade(server.url, neighbour, board);
    if (open.ws) sockets.push(open.ws);
    expect(open.status).toBe(101);
  });
  it('counts sync upgrades with a token that does not open the board as misses too', async () => {
    const [guesser, neighbour] = ['127.0.0.53', '127.0.0.54'];
    const board = await newBoard(server.url, neighbour);
    for (const guess of ['guess-1', 'guess-2', 'guess-3']) {
      expect((await upgrade(server.url, guesser, board, guess)).status).toBe(403);
    }
    // Guessing a link is as slow as guessing a board: now not even the right link opens it from there.
    expectTooMany(await upgrade(server.url, guesser, board), 600);

    const open = await upgrade(server.url, neighbour, board);
    if (open.ws) sockets.push(open.ws);
    expect(open.status).toBe(101);
  });

  it('counts REST requests with a token that does not open the board as misses too', async () => {
    const [guesser, neighbour] = ['127.0.0.55', '127.0.0.56'];
    const board = await newBoard(server.url, neighbour);
    for (const guess of ['guess-1', 'guess-2', 'guess-3']) {
      expect((await send(server.url, guesser, 'GET', `/api/boards/${board}/links`, undefined, { authorization: `Bearer ${guess}` })).status).toBe(403);
    }
    expectTooMany(await send(server.url, guesser, 'GET', `/api/boards/${board}`), 600);
    expect((await send(server.url, neighbour, 'GET', `/api/boards/${board}`)).status).toBe(200);
  });
});

describe('limits on sockets from one address', () => {
  let opens: ServerProcess;
  let capped: ServerProcess;

  beforeAll(async () => {
    [opens, capped] = await Promise.all([
      startServer(tempDataDir('limits-opens'), { LIMIT_SOCKET_OPENS: '3/10m' }),
      startServer(tempDataDir('limits-capped'), { MAX_SOCKETS_PER_ADDRESS: '2' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([opens?.kill('SIGKILL'), capped?.kill('SIGKILL')]);
  });

  /** Two synced clients of one board from `from`, and that an edit still travels between them. */
  async function twoClients(serverUrl: string, from: string, boardId: string) {
    const a = connectClient(serverUrl, boardId, undefined, from);
    const b = connectClient(serverUrl, boardId, undefined, from);
    clients.push(a, b);
    await waitFor(() => a.provider.synced && b.provider.synced, 10_000, 'both clients to sync');
    return {
      a,
      b,
      async stillSyncing(text: string) {
        addNote(a.doc, text, text);
        await waitFor(() => noteText(b.doc, text) === text, 10_000, `"${text}" to reach the other client`);
        expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
      },
    };
  }

  it('opens sockets up to the limit, then refuses the upgrade with 429 and Retry-After; open sockets keep syncing', async () => {
    const [workshop, neighbour] = ['127.0.0.61', '127.0.0.62'];
    const board = await newBoard(opens.url, neighbour);
    const pair = await twoClients(opens.url, workshop, board);
    const third = await upgrade(opens.url, workshop, board);
    expect(third.status).toBe(101);
    third.ws!.close();

    const refused = await upgrade(opens.url, workshop, board);
    expectTooMany(refused, 600);
    expect(refused.body).toMatch(/^Too many connections opened from your address: try again in/);
    await pair.stillSyncing('after the refusal');

    const other = await upgrade(opens.url, neighbour, board);
    if (other.ws) sockets.push(other.ws);
    expect(other.status).toBe(101);
  });

  it('refuses a socket over the cap of open ones with 429 and Retry-After, and takes one again once a socket closes', async () => {
    const [workshop, neighbour] = ['127.0.0.71', '127.0.0.72'];
    const board = await newBoard(capped.url, neighbour);
    const pair = await twoClients(capped.url, workshop, board);

    const refused = await upgrade(capped.url, workshop, board);
    expectTooMany(refused, 60);
    expect(refused.body).toMatch(/^Too many connections open from your address/);
    await pair.stillSyncing('over the cap');

    const other = await upgrade(capped.url, neighbour, board);
    if (other.ws) sockets.push(other.ws);
    expect(other.status).toBe(101);

    pair.b.destroy();
    // The server hears of the close a moment after the client sends it.
    let again = await upgrade(capped.url, workshop, board);
    const deadline = Date.now() + 10_000;
    while (again.status !== 101 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      again = await upgrade(capped.url, workshop, board);
    }
    if (again.ws) sockets.push(again.ws);
    expect(again.status).toBe(101);
  });
});

describe('behind a reverse proxy (TRUST_PROXY=1)', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer(tempDataDir('limits-proxy'), { TRUST_PROXY: '1', LIMIT_NEW_BOARDS: '1/10m' });
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('counts each client by the address the proxy appended, whatever the client wrote before it', async () => {
    const proxy = '127.0.0.81';
    const fromClient = (forwardedFor: string) => send(server.url, proxy, 'POST', '/api/boards', undefined, { 'x-forwarded-for': forwardedFor });
    expect((await fromClient('198.51.100.1')).status).toBe(201);
    expectTooMany(await fromClient('198.51.100.1'), 600);
    expectTooMany(await fromClient('203.0.113.9, 198.51.100.1'), 600);
    expect((await fromClient('198.51.100.2')).status).toBe(201);
  });
});
