import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './postgres.ts';

/*
 * A Redis server of the tests' own, from Debian's redis-server, on a free port with nothing
 * saved to disk; it can be stopped and started again on the same port, as a restart in
 * production would be.
 */

export interface TestRedis {
  url: string;
  /** Stops the server (SIGKILL when `hard`, as a crash); the port stays its own. */
  stop(options?: { hard?: boolean }): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  dispose(): Promise<void>;
}

export function findRedis(): string | null {
  const found = spawnSync('which', ['redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Why the Redis tests cannot run here, in one line; null when they can (as postgresMissing). */
export function redisMissing(): string | null {
  if (findRedis()) return null;
  const why = 'no redis-server (Debian: apt-get install redis-server)';
  if (process.env.REQUIRE_TEST_SERVICES) throw new Error(`Redis is required here: ${why}`);
  return `Redis tests not run: ${why}`;
}

export async function startRedis(): Promise<TestRedis> {
  const program = findRedis();
  if (!program) throw new Error(redisMissing()!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  async function start(): Promise<void> {
    const started = spawn(program!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    child = started;
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: null });
    probe.on('error', () => {}); // refused until the server listens
    try {
      await probe.connect().catch(() => {});
      await Promise.race([probe.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error(`redis-server did not answer on port ${port}`)), 10_000))]);
    } finally {
      probe.disconnect();
    }
  }

  async function stop({ hard = false } = {}): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  }

  await start();
  return {
    url,
    start,
    stop,
    async dispose() {
      await stop({ hard: true });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
