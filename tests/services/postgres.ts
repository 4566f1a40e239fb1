import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/*
 * A PostgreSQL cluster of the tests' own: made in a temporary directory from Debian's
 * postgresql package, on a free port, stopped and removed at the end. Root may not run
 * PostgreSQL's programs, so as root they run as the package's `postgres` user.
 */

export interface TestPostgres {
  /** A fresh, empty database of the cluster, as a DATABASE_URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The directory of initdb and pg_ctl: Debian keeps them out of PATH, under the version. */
export function findPostgres(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/**
 * Why the PostgreSQL tests cannot run here, in one line; null when they can. Where they must
 * run (REQUIRE_TEST_SERVICES, as CI sets it), a missing PostgreSQL is an error instead.
 */
export function postgresMissing(): string | null {
  if (findPostgres()) return null;
  const why = 'no initdb under /usr/lib/postgresql (Debian: apt-get install postgresql)';
  if (process.env.REQUIRE_TEST_SERVICES) throw new Error(`PostgreSQL is required here: ${why}`);
  return `PostgreSQL tests not run: ${why}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs one of PostgreSQL's programs, as `postgres` when this process is root. */
function run(program: string, args: string[]): void {
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(program)} failed: ${result.stderr || result.stdout}`);
}

/**
 * Starts a cluster. `durable: false` (the tests) turns fsync off, which a crash of PostgreSQL
 * itself would not survive; a benchmark of durable writes keeps PostgreSQL's defaults.
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = findPostgres();
  if (!bin) throw new Error(postgresMissing()!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-pg-'));
  if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'journeyboard', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'])];
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options.join(' '), '-l', path.join(dir, 'log'), '-w', 'start']);
  const base = `postgres://journeyboard@127.0.0.1:${port}`;
  let count = 0;
  return {
    async newDatabase() {
      const name = `test_${process.pid}_${++count}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A cluster for the calling suite, started before its tests and stopped after them (after the
 * suite's own later afterAll hooks, which run first): call it in the suite's body.
 */
export function clusterForSuite(): () => TestPostgres {
  let cluster: TestPostgres | undefined;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => cluster!;
}
