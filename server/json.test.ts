import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HttpError, bodyText, readBody } from './json.ts';

/** A request whose body arrives in `chunks`, with a Content-Length or (chunked) without one. */
function request(chunks: Buffer[], declared: boolean): IncomingMessage {
  const req = Readable.from(chunks) as unknown as IncomingMessage;
  req.headers = declared ? { 'content-length': String(chunks.reduce((n, c) => n + c.length, 0)) } : {};
  return req;
}

const chunksOf = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => Buffer.from(text.slice(i * size, (i + 1) * size)));

describe('request bodies', () => {
  const text = 'journeyboard '.repeat(20_000); // 260 KB, past the first buffer of a chunked body

  it('reads a body whole, with or without its length declared', async () => {
    for (const declared of [true, false]) {
      const body = await readBody(request(chunksOf(text, 16 * 1024), declared), 1024 * 1024);
      expect(bodyText(body)).toBe(text);
      expect(body.byteLength).toBe(text.length);
    }
  });

  it('refuses a body over the limit, declared or not', async () => {
    for (const declared of [true, false]) {
      const refused = await readBody(request(chunksOf(text, 16 * 1024), declared), 100_000).catch((error: unknown) => error);
      expect(refused).toEqual(new HttpError(413, 'Request body is larger than 100000 bytes'));
    }
  });

  it('reads a blank body as none', async () => {
    expect(bodyText(await readBody(request([Buffer.from('  \n')], true), 1024))).toBeUndefined();
    expect(bodyText(await readBody(request([], false), 1024))).toBeUndefined();
  });
});
