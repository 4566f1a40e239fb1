import { ServerProcess } from '../scripts/serverProcess.ts';
import { startPostgres } from '../tests/services/postgres.ts';
import { throughput } from './durable.ts';
import type { BenchContext } from './lib/context.ts';
import { BENCH_SERVER_ENV } from './lib/serverLimits.ts';
import { round } from './lib/stats.ts';

/*
 * Durable writes on PostgreSQL beside SQLite's, in one run: the durable benchmark's load (each
 * board's writer keeps 8 updates in flight, a reader counts what is relayed, so stored) against
 * the runner's server on SQLite, then against a server on a PostgreSQL cluster of its own on
 * this machine, with PostgreSQL's default durability (fsync on, synchronous_commit on).
 */
const BOARDS = [1, 10, 100];

export async function durablePostgresBench(context: BenchContext) {
  const sqlite: Record<string, number> = {};
  for (const boards of BOARDS) sqlite[`boards${boards}`] = round(await throughput(context.serverUrl, boards));
  const cluster = await startPostgres({ durable: true });
  const postgres: Record<string, number> = {};
  try {
    const server = new ServerProcess({ env: { ...BENCH_SERVER_ENV, DATABASE_URL: await cluster.newDatabase() } });
    await server.start();
    try {
      for (const boards of BOARDS) postgres[`boards${boards}`] = round(await throughput(server.url, boards));
    } finally {
      await server.dispose();
    }
  } finally {
    await cluster.stop();
  }
  const ratio = Object.fromEntries(BOARDS.map((boards) => [`boards${boards}`, round(postgres[`boards${boards}`]! / sqlite[`boards${boards}`]!)]));
  return {
    updatesStoredPerSecond: { sqlite, postgres },
    postgresToSqlite: ratio,
    storage: { sqlite: 'WAL, synchronous=NORMAL', postgres: 'PostgreSQL 15 on the same machine, fsync and synchronous_commit on' },
  };
}
