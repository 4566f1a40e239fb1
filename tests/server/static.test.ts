import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type JourneyboardServer } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { tempDataDir } from './harness.ts';

/** A raw GET, so paths such as /../ reach the server exactly as written. */
function get(server: JourneyboardServer, rawPath: string, method = 'GET', headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; bytes: Buffer }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function start(dataDir: string, staticDir: string): Promise<JourneyboardServer> {
  return createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: null,
    redisUrl: null,
    staticDir,
    maxFrameBytes: 1 << 20,
    roomIdleMs: 1000,
    compactEvery: 500,
    bigBoardBytes: 0,
    publicUrl: null,
    rateLimits: readConfig({}).rateLimits,
    trustProxy: 0,
    jobWorkers: 1,
    jobQueue: 4,
    jobBudgetMs: 20_000,
    jobMemoryMb: 512,
    uploadMemoryMb: 256,
    log: () => {},
  });
}

const BIG_SCRIPT = Array.from({ length: 2000 }, (_, i) => `export const value${i} = ${i};`).join('\n');

describe('static files', () => {
  const dataDir = tempDataDir('static');
  const dist = path.join(dataDir, 'dist');
  let server: JourneyboardServer;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Journeyboard</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.css'), 'body{}');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
    fs.writeFileSync(path.join(dist, 'assets', 'big-abc123.js'), BIG_SCRIPT);
    fs.writeFileSync(path.join(dist, 'assets', 'font-abc123.woff2'), Buffer.alloc(4096, 7));
    fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'outside the static root');
    server = await start(dataDir, dist);
  });
  afterAll(() => server?.close());

  it('serves files with their content type and cache policy', async () => {
    const js = await get(server, '/assets/index-abc123.js');
    expect(js).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(server, '/assets/index-abc123.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get(server, '/favicon.svg')).headers['content-type']).toBe('image/svg+xml');

    const index = await get(server, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    const head = await get(server, '/', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
  });

  it('gzips text for a browser that takes it, and only then', async () => {
    const gzipped = await get(server, '/assets/big-abc123.js', 'GET', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('accept-encoding');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.bytes.byteLength);
    expect(gzipped.bytes.byteLength).toBeLessThan(BIG_SCRIPT.length / 3);
    expect(gunzipSync(gzipped.bytes).toString()).toBe(BIG_SCRIPT);

    const plain = await get(server, '/assets/big-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_SCRIPT);
    const refused = await get(server, '/assets/big-abc123.js', 'GET', { 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(BIG_SCRIPT);

    const head = await get(server, '/assets/big-abc123.js', 'HEAD', { 'accept-encoding': 'gzip' });
    expect(head.headers['content-length']).toBe(gzipped.headers['content-length']);
    // A font is compressed already: it goes as it is.
    const font = await get(server, '/assets/font-abc123.woff2', 'GET', { 'accept-encoding': 'gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.bytes.byteLength).toBe(4096);
  });

  it('compresses a file again once it changes on disk', async () => {
    const file = path.join(dist, 'changing.txt');
    fs.writeFileSync(file, 'first '.repeat(100));
    const first = await get(server, '/changing.txt', 'GET', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(first.bytes).toString()).toBe('first '.repeat(100));
    fs.writeFileSync(file, 'second '.repeat(100));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = await get(server, '/changing.txt', 'GET', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(second.bytes).toString()).toBe('second '.repeat(100));
  });

  it('serves index.html for app routes, but not for missing assets', async () => {
    const deepLink = await get(server, '/b/abcdefgh12345678?x=1');
    expect(deepLink.status).toBe(200);
    expect(deepLink.body).toContain('<title>Journeyboard</title>');
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    expect((await get(server, '/assets/index-old999.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%00', '/%E0%A4%A'])(
    'never serves a file outside the root for %s',
    async (rawPath) => {
      const response = await get(server, rawPath);
      expect(response.body).not.toContain('outside the static root');
    },
  );

  it('answers 503 with a hint when the app has not been built', async () => {
    const unbuilt = await start(tempDataDir('static-unbuilt'), path.join(dataDir, 'missing-dist'));
    try {
      const response = await get(unbuilt, '/b/abcdefgh12345678');
      expect(response.status).toBe(503);
      expect(response.body).toContain('npm run build');
      expect((await get(unbuilt, '/healthz')).body).toBe('ok');
    } finally {
      await unbuilt.close();
    }
  });
});
