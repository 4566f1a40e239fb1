import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBodies, type Bodies } from './bodies.ts';
import { HttpError } from './json.ts';

const MB = 1024 * 1024;

/** An upload from `address` under way: its bytes are written as the test says, and ended. */
function upload(address: string) {
  const stream = new PassThrough();
  let idle: (() => void) | undefined;
  // IncomingMessage.setTimeout: the socket's idle timeout, 0 to turn it off.
  const setTimeout = (ms: number, then?: () => void) => void (idle = ms > 0 ? then : undefined);
  const req = Object.assign(stream, { headers: { 'content-length': String(10 * MB) }, address, setTimeout, socket: {} }) as unknown as IncomingMessage;
  const headers = new Map<string, string>();
  const res = { setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as ServerResponse;
  return { req, res, headers, send: (bytes: number) => stream.write(Buffer.alloc(bytes, 1)), end: () => stream.end(), goIdle: () => idle?.() };
}

const addressOf = (req: IncomingMessage) => (req as unknown as { address: string }).address;
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Starts reading an upload from `address` of which `bytes` arrive at once; `end` finishes it. */
function begin(bodies: Bodies, address: string, bytes: number) {
  const started = upload(address);
  const body = bodies.read(started.req, started.res, 20 * MB);
  started.send(bytes);
  return { ...started, body };
}

describe('memory for request bodies', () => {
  it('refuses an address past its share with 429, and takes its uploads again once one is read', async () => {
    const bodies = createBodies({ totalBytes: 100 * MB, perAddressBytes: 12 * MB }, addressOf);
    const first = begin(bodies, '203.0.113.1', 8 * MB);
    await settle();

    const second = begin(bodies, '203.0.113.1', 8 * MB);
    const error = await second.body.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 429, message: expect.stringMatching(/^Too many uploads from your address at once/) });
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(second.headers.get('connection')).toBe('close');

    // Another address is not held back by this one.
    const neighbour = begin(bodies, '198.51.100.7', 8 * MB);
    neighbour.end();
    expect((await neighbour.body).byteLength).toBe(8 * MB);

    first.end();
    expect((await first.body).byteLength).toBe(8 * MB);
    const third = begin(bodies, '203.0.113.1', 8 * MB);
    third.end();
    expect((await third.body).byteLength).toBe(8 * MB);
  });

  it('refuses any upload past what all bodies may hold with 503', async () => {
    const bodies = createBodies({ totalBytes: 16 * MB, perAddressBytes: 12 * MB }, addressOf);
    const first = begin(bodies, '203.0.113.1', 10 * MB);
    await settle();
    const other = begin(bodies, '198.51.100.7', 10 * MB);
    await expect(other.body).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/^The server is receiving too many uploads at once/) });
    first.end();
    await first.body;
  });

  it('lets go of what a refused body held', async () => {
    const bodies = createBodies({ totalBytes: 16 * MB, perAddressBytes: 12 * MB }, addressOf);
    const big = begin(bodies, '203.0.113.1', 8 * MB);
    await settle();
    big.send(2 * MB + 1); // 8 MB held, and 2 MB more needs a buffer of 10 MB: past the share
    await expect(big.body).rejects.toMatchObject({ status: 429 });
    const next = begin(bodies, '203.0.113.1', 10 * MB);
    next.end();
    expect((await next.body).byteLength).toBe(10 * MB);
  });

  it('drops an upload that stops sending, and lets go of what it held', async () => {
    const bodies = createBodies({ totalBytes: 16 * MB, perAddressBytes: 12 * MB }, addressOf);
    const stalled = begin(bodies, '203.0.113.1', 10 * MB);
    await settle();
    stalled.goIdle();
    await expect(stalled.body).rejects.toMatchObject({ status: 408 });
    const next = begin(bodies, '203.0.113.1', 10 * MB);
    next.end();
    expect((await next.body).byteLength).toBe(10 * MB);
  });
});
