import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HttpError, bodyText, readBody } from './json.ts';

/** A request whose body arrives in `chunks`, with a Content-Length or (chunked) without one. */
function request(chunks: Buffer[], declared: boolean | number): IncomingMessage {
  const req = Readable.from(chunks) as unknown as IncomingMessage;
  const length = typeof declared === 'number' ? declared : chunks.reduce((n, c) => n + c.length, 0);
  req.headers = declared === false ? {} : { 'content-length': String(length) };
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
      expect(refused).toEqual(new HttpError(413, 'Request body is larger than 100000 bytes', { code: 'bodyTooLarge', values: { megabytes: 0.1 } }));
    }
  });

  it('reads a blank body as none', async () => {
    expect(bodyText(await readBody(request([Buffer.from('  \n')], true), 1024))).toBeUndefined();
    expect(bodyText(await readBody(request([], false), 1024))).toBeUndefined();
  });

  it('takes memory as bytes arrive, not as the declared length claims', async () => {
    let reserved = 0;
    const claim = await readBody(request([Buffer.from('{}')], 20 * 1024 * 1024), 20 * 1024 * 1024, (bytes) => (reserved += bytes));
    expect(bodyText(claim)).toBe('{}');
    expect(reserved).toBe(64 * 1024);

    for (const declared of [true, false]) {
      reserved = 0;
      const body = await readBody(request(chunksOf(text, 16 * 1024), declared), 1024 * 1024, (bytes) => (reserved += bytes));
      expect(body.byteLength).toBe(text.length);
      // What the buffer grew to, and no more: the declared length exactly, or a doubling past the size.
      if (declared) expect(reserved).toBe(text.length);
      else expect(reserved).toBeLessThan(2 * text.length);
    }
  });

  it('stops reading when memory for the body is refused', async () => {
    const refusal = new HttpError(503, 'full', { code: 'serverReceivingTooMuch', values: { seconds: 1 } });
    let reserved = 0;
    const reserve = (bytes: number) => {
      if (reserved + bytes > 100_000) throw refusal;
      reserved += bytes;
    };
    await expect(readBody(request(chunksOf(text, 16 * 1024), false), 1024 * 1024, reserve)).rejects.toBe(refusal);
    expect(reserved).toBe(64 * 1024);
  });
});
