import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from './harness.ts';

/* GET /api/time: the reference clock of the shared workshop timer (src/collab/serverClock.ts). */
describe('the server clock', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer(tempDataDir('clock'), { LIMIT_CLOCK_READS: '4/1m' });
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('answers its time to anyone, uncached, and holds an address to its limit', async () => {
    const before = Date.now();
    const res = await fetch(`${server.url}/api/time`);
    const after = Date.now();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { now: number };
    expect(Object.keys(body)).toEqual(['now']);
    // The test and the server read the same machine's clock.
    expect(body.now).toBeGreaterThanOrEqual(before);
    expect(body.now).toBeLessThanOrEqual(after);

    const post = await fetch(`${server.url}/api/time`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');

    // Two reads counted above; two more are allowed, the fifth is refused until the window ends.
    expect((await fetch(`${server.url}/api/time`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/time`)).status).toBe(200);
    const refused = await fetch(`${server.url}/api/time`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'tooManyClockReads' });
  });
});
