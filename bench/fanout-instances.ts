import { ServerProcess } from '../scripts/serverProcess.ts';
import { startPostgres } from '../tests/services/postgres.ts';
import { startRedis } from '../tests/services/redis.ts';
import { runFanout } from './fanout.ts';
import { createBoard, syncUrl } from './lib/boards.ts';
import type { BenchContext } from './lib/context.ts';
import { BENCH_SERVER_ENV } from './lib/serverLimits.ts';
import { round } from './lib/stats.ts';

/*
 * Fan-out across instances: the fan-out benchmark's load (one sender, 49 receivers, 60 updates
 * and 20 presence updates a second) with the sender on one instance and the receivers spread
 * over it and a second one, both on one PostgreSQL database and one Redis. Latency is from the
 * send to the receipt; `otherInstance` is that of the receivers on the instance the sender is
 * not on: PostgreSQL's commit, then Redis's hop. In the same run, the same load on one instance
 * alone on PostgreSQL (no Redis) gives the figure it is compared with. PostgreSQL keeps its
 * default durability (fsync and synchronous_commit on), as in the durable-postgres benchmark.
 */
export async function fanoutInstancesBench(_context: BenchContext) {
  const cluster = await startPostgres({ durable: true });
  const redis = await startRedis();
  const servers: ServerProcess[] = [];
  const start = async (env: Record<string, string>) => {
    const server = new ServerProcess({ env: { ...BENCH_SERVER_ENV, ...env } });
    servers.push(server);
    await server.start();
    return server;
  };
  try {
    const alone = await start({ DATABASE_URL: await cluster.newDatabase() });
    const single = await runFanout(syncUrl(alone.url, await createBoard(alone.url)));
    await alone.dispose();
    const shared = { DATABASE_URL: await cluster.newDatabase(), REDIS_URL: redis.url };
    const [first, second] = [await start(shared), await start(shared)];
    const board = await createBoard(first!.url);
    const [here, there] = [syncUrl(first!.url, board), syncUrl(second!.url, board)];
    const spread = await runFanout(here, [here, there]);
    const otherInstance = spread.byReceiverUrl!.find((receivers) => receivers.url === there)!;
    const sameInstance = spread.byReceiverUrl!.find((receivers) => receivers.url === here)!;
    return {
      singleInstance: single,
      twoInstances: spread,
      otherInstance: { receivers: otherInstance.receivers, p50Ms: otherInstance.p50Ms, p99Ms: otherInstance.p99Ms },
      senderInstance: { receivers: sameInstance.receivers, p50Ms: sameInstance.p50Ms, p99Ms: sameInstance.p99Ms },
      otherInstanceToSingleP50: round(otherInstance.p50Ms / single.p50Ms),
      otherInstanceToSingleP99: round(otherInstance.p99Ms / single.p99Ms),
      setup: 'two instances and their PostgreSQL 15 (fsync on) and Redis 7 on the same 2-core machine',
    };
  } finally {
    for (const server of servers) await server.dispose();
    await redis.dispose();
    await cluster.stop();
  }
}
