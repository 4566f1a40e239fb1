import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createBoard, startServer, syncUrl, tempDataDir, type ServerProcess } from './harness.ts';

/*
 * What a page on another site can make a browser send, sent here as that browser would: with
 * the attacker's Origin, or, after DNS rebinding, the attacker's name as Host.
 */

function send(serverUrl: string, method: string, route: string, headers: http.OutgoingHttpHeaders, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(serverUrl + route, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function upgrade(serverUrl: string, boardId: string, origin: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(syncUrl(serverUrl, boardId), { origin });
    ws.on('error', () => {});
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('open', () => {
      resolve(101);
      ws.close();
    });
  });
}

describe('requests a page on another site makes a browser send', () => {
  let server: ServerProcess;
  let own: string;

  beforeAll(async () => {
    server = await startServer(tempDataDir('site-guard'));
    own = `http://${new URL(server.url).host}`;
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('refuses a cross-site POST, as JSON or as plain text, and takes the same from the page itself', async () => {
    for (const type of ['application/json', 'text/plain']) {
      const refused = await send(server.url, 'POST', '/api/boards', { origin: 'https://evil.example', 'content-type': type }, '{}');
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toEqual({ error: 'Requests from other sites are refused', code: 'otherSite' });
    }
    expect((await send(server.url, 'POST', '/api/boards', { origin: own, 'content-type': 'application/json' }, '{}')).status).toBe(201);
  });

  it('refuses a sync socket opened from another site', async () => {
    const boardId = await createBoard(server.url);
    expect(await upgrade(server.url, boardId, 'https://evil.example')).toBe(403);
    expect(await upgrade(server.url, boardId, own)).toBe(101);
  });

  it('answers nothing to a name that is not its own, as after DNS rebinding, but its health check', async () => {
    const rebound = { host: `rebind.attacker.example:${new URL(server.url).port}` };
    for (const route of ['/', '/api/templates']) {
      const answer = await send(server.url, 'GET', route, rebound);
      expect(answer.status).toBe(403);
      expect(answer.text).toMatch(/This server answers only at localhost:\d+/);
    }
    expect((await send(server.url, 'GET', '/healthz', rebound)).status).toBe(200);
  });
});
