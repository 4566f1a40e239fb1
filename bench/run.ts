import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { ServerProcess } from '../scripts/serverProcess.ts';
import { canvasPan } from './canvas-pan.ts';
import { coldOpenBench } from './cold-open.ts';
import { dragBench } from './drag.ts';
import { durableBench } from './durable.ts';
import { durablePostgresBench } from './durable-postgres.ts';
import { exportsBench } from './exports.ts';
import { fanoutBench } from './fanout.ts';
import { fanoutInstancesBench } from './fanout-instances.ts';
import { floodBench } from './flood.ts';
import { followBench } from './follow.ts';
import { loadBench } from './load.ts';
import { memoryBench } from './memory.ts';
import { pdfExportBench } from './pdf-export.ts';
import { pngExportBench } from './png-export.ts';
import { remoteEditBench } from './remote-edit.ts';
import type { BenchContext } from './lib/context.ts';
import { BENCH_SERVER_ENV } from './lib/serverLimits.ts';

/*
 * npm run bench [-- name…]: runs the named benchmarks (all by default) against a real server,
 * prints each result as JSON and writes it to bench/results/<name>.json. Nothing here passes
 * or fails: the figures are read against the targets each result carries.
 */
const BENCHMARKS: Record<string, (context: BenchContext) => Promise<object>> = {
  'pan-zoom': (context) => canvasPan(context, { stages: 30, lanes: 8, cards: 5000 }),
  fanout: fanoutBench,
  'fanout-instances': fanoutInstancesBench,
  flood: floodBench,
  durable: durableBench,
  'durable-postgres': durablePostgresBench,
  'cold-open': coldOpenBench,
  exports: exportsBench,
  load: loadBench,
  drag: (context) => dragBench(context, { stages: 30, lanes: 8, cards: 1000 }),
  'remote-edit': remoteEditBench,
  follow: followBench,
  memory: memoryBench,
  'png-export': pngExportBench,
  'pdf-export': pdfExportBench,
};

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
mkdirSync('bench/results', { recursive: true });
buildIfStale();
for (const name of requested.length > 0 ? requested : Object.keys(BENCHMARKS)) {
  const server = new ServerProcess({ env: BENCH_SERVER_ENV });
  await server.start();
  try {
    const result = { name, date: new Date().toISOString(), machine, ...(await BENCHMARKS[name]!({ serverUrl: server.url, serverPid: server.pid, runs: RUNS })) };
    const json = JSON.stringify(result, null, 2);
    console.log(json);
    writeFileSync(`bench/results/${name}.json`, json + '\n');
  } finally {
    await server.dispose();
  }
}
