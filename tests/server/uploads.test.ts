import http from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from './harness.ts';

/*
 * Uploads that start and never finish, each declaring the largest file, from one address and
 * from several: the server holds what arrived of them, within UPLOAD_MEMORY_MB for everyone
 * and two of the largest files per address, and refuses the rest instead of running out.
 */

const lighting = readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8');
const MB = 1024 * 1024;
const LARGEST_FILE = 20 * MB;

interface Upload {
  /** The answer, if the server gave one before the upload was dropped. */
  status: Promise<number | null>;
  abort(): void;
}

/** An import from `from` that declares the largest file and sends `bytes` of it, or all of `text`. */
function startImport(serverUrl: string, from: string, body: { bytes: number } | { text: string }): Upload {
  const req = http.request(`${serverUrl}/api/boards/import`, {
    method: 'POST',
    localAddress: from,
    headers: { 'content-type': 'application/json', 'content-length': 'text' in body ? Buffer.byteLength(body.text) : LARGEST_FILE },
  });
  const status = new Promise<number | null>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may close while bytes are still on their way: then there is no answer to read.
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
  });
  if ('text' in body) req.end(body.text);
  else req.write(Buffer.alloc(body.bytes, 0x20));
  return { status, abort: () => req.destroy() };
}

/** Imports a small file from `from` until it is answered `expected`: the server reads what came before in its own time. */
async function importUntil(serverUrl: string, from: string, expected: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  let answers: (number | null)[] = [];
  while (Date.now() < deadline) {
    const status = await startImport(serverUrl, from, { text: lighting }).status;
    if (status === expected) return;
    answers = [...answers.slice(-4), status];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`an import from ${from} was never answered ${expected}; the last answers were ${answers.join(', ')}`);
}

describe('uploads that never finish', () => {
  let server: ServerProcess;
  const open: Upload[] = [];

  beforeAll(async () => {
    server = await startServer(tempDataDir('uploads'), { UPLOAD_MEMORY_MB: '50' });
  });
  afterEach(() => {
    for (const upload of open.splice(0)) upload.abort();
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('refuses an address holding two of the largest files with 429, serves other addresses, and takes uploads again once those end', async () => {
    const [workshop, neighbour, third] = ['127.0.0.101', '127.0.0.102', '127.0.0.103'];
    // 17 MB of each has arrived: the server holds 20 MB for each, the length they declared.
    open.push(startImport(server.url, workshop, { bytes: 17 * MB }), startImport(server.url, workshop, { bytes: 17 * MB }));
    await importUntil(server.url, workshop, 429);
    await importUntil(server.url, neighbour, 201);

    // 40 MB held, of 50: a third address's big upload is past what all uploads may hold.
    const past = startImport(server.url, third, { bytes: 17 * MB });
    open.push(past);
    expect(await past.status).toBe(503);

    for (const upload of open.splice(0)) upload.abort();
    await importUntil(server.url, workshop, 201);
  });

  it('drops uploads that stop sending, and lets go of what they held', { timeout: 60_000 }, async () => {
    const stalled = [startImport(server.url, '127.0.0.111', { bytes: 17 * MB }), startImport(server.url, '127.0.0.111', { bytes: 17 * MB })];
    open.push(...stalled);
    await importUntil(server.url, '127.0.0.111', 429);
    // Fifteen seconds without a byte: the server closes them without an answer, there being no one to hear it.
    expect(await Promise.all(stalled.map((upload) => upload.status))).toEqual([null, null]);
    await importUntil(server.url, '127.0.0.111', 201);
  });
});

