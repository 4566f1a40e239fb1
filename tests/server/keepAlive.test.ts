import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type ServerProcess } from './harness.ts';

/** GET /healthz on `agent`, with whether it went on a connection used before. */
function healthz(url: string, agent: http.Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/healthz`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

describe('idle HTTP connections', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('stay open past Node’s 5 s, as a load balancer reusing them expects', { timeout: 30_000 }, async () => {
    server = await startServer(tempDataDir('keep-alive'));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await healthz(server.url, agent)).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6000));
      expect(await healthz(server.url, agent)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });
});
