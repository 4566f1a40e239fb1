import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startServer, tempDataDir, type ServerProcess } from './harness.ts';
import { bearer, ownerToken } from './links.ts';

/** The PDF as an executive reads it: its text, laid out, via poppler's pdftotext. */
function pdfText(bytes: Buffer): string {
  const file = path.join(tempDataDir('pdf-link'), 'report.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
}

/** GET the board's PDF, as its owner, with the given Host header (fetch would not let a test set one). */
function fetchPdf(serverUrl: string, boardId: string, host: string): Promise<Buffer> {
  const { hostname, port } = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: `/api/boards/${boardId}/export.pdf`, headers: { host, ...bearer(ownerToken(boardId)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the link on the cover of the server’s PDF', () => {
  let direct: ServerProcess;
  let proxied: ServerProcess;

  beforeAll(async () => {
    [direct, proxied] = await Promise.all([
      // As on a workshop's LAN, where the server answers any name it is reached by.
      startServer(tempDataDir('pdf-direct'), { HOST: '0.0.0.0' }),
      startServer(tempDataDir('pdf-proxied'), { PUBLIC_URL: 'https://journeys.example.com/' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([direct?.kill('SIGKILL'), proxied?.kill('SIGKILL')]);
  });

  it('is the address the browser used when the server is reached directly', async () => {
    const id = await createBoard(direct.url, 'Onboarding');
    const host = new URL(direct.url).host;
    expect(pdfText(await fetchPdf(direct.url, id, host))).toContain(`http://${host}/b/${id}`);
  });

  it('is built on PUBLIC_URL behind a proxy, not on the Host the proxy sends', async () => {
    const id = await createBoard(proxied.url, 'Onboarding');
    // nginx's default: the upstream's address as Host.
    const upstream = new URL(proxied.url).port;
    const cover = pdfText(await fetchPdf(proxied.url, id, `127.0.0.1:${upstream}`));
    expect(cover).toContain(`https://journeys.example.com/b/${id}`);
    expect(cover).not.toContain('127.0.0.1');
  });

  it('is left out when the Host header is not a host', async () => {
    const id = await createBoard(direct.url, 'Onboarding');
    const cover = pdfText(await fetchPdf(direct.url, id, 'evil.example/phish?x='));
    expect(cover).toContain('Onboarding');
    expect(cover).not.toContain('evil.example');
    expect(cover).not.toContain(`/b/${id}`);
  });
});
