import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBodies } from './bodies.ts';
import { HttpError } from './json.ts';

const MB = 1024 * 1024;

/** An upload from `address` under way: its bytes are written as the test says, and ended. */
function upload(address: string) {
  const stream = new PassThrough();
  const req = Object.assign(stream, { headers: { 'content-length': String(10 * MB) }, address }) as unknown as IncomingMessage;
  const headers = new Map<string, string>();
  const res = { setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as ServerResponse;
  return { req, res, headers, send: (bytes: number) => stream.write(Buffer.alloc(bytes, 1)), end: () => stream.end() };
}

const addressOf = (req: IncomingMessage) => (req as unknown as { address: string }).address;
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('memory for request bodies', () => {
  it('refuses an address past its share with 429, and takes its uploads again once one is read', async () => {
    const bodies = createBodies({ totalBytes: 100 * MB, perAddressBytes: 12 * MB }, addressOf);
    const first = upload('203.0.113.1');
    const reading = bodies.read(first.req, first.res, 20 * MB);
    first.send(8 * MB);
    await settle();

    const second = upload('203.0.113.1');
    const refused = bodies.read(second.req, second.res, 20 * MB);
    second.send(8 * MB);
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 429, message: expect.stringMatching(/^Too many uploads from your address at once/) });
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(second.headers.get('connection')).toBe('close');

    // Another address is not held back by this one.
    const neighbour = upload('198.51.100.7');
    const theirs = bodies.read(neighbour.req, neighbour.res, 20 * MB);
    neighbour.send(8 * MB);
    neighbour.end();
    expect((await theirs).byteLength).toBe(8 * MB);

    first.end();
    expect((await reading).byteLength).toBe(8 * MB);
    const third = upload('203.0.113.1');
    const again = bodies.read(third.req, third.res, 20 * MB);
    third.send(8 * MB);
    third.end();
    expect((await again).byteLength).toBe(8 * MB);
  });

  it('refuses any upload past what all bodies may hold with 503', async () => {
    const bodies = createBodies({ totalBytes: 16 * MB, perAddressBytes: 12 * MB }, addressOf);
    const first = upload('203.0.113.1');
    const reading = bodies.read(first.req, first.res, 20 * MB);
    first.send(10 * MB);
    await settle();
    const other = upload('198.51.100.7');
    const refused = bodies.read(other.req, other.res, 20 * MB);
    other.send(10 * MB);
    await expect(refused).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/^The server is receiving too many uploads at once/) });
    first.end();
    await reading;
  });

  it('lets go of what a refused body held', async () => {
    const bodies = createBodies({ totalBytes: 16 * MB, perAddressBytes: 12 * MB }, addressOf);
    const big = upload('203.0.113.1');
    const refused = bodies.read(big.req, big.res, 20 * MB);
    big.send(13 * MB);
    await expect(refused).rejects.toMatchObject({ status: 429 });
    const next = upload('203.0.113.1');
    const reading = bodies.read(next.req, next.res, 20 * MB);
    next.send(10 * MB);
    next.end();
    expect((await reading).byteLength).toBe(10 * MB);
  });
});
