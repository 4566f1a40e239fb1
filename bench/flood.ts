import { spawn, type ChildProcess } from 'node:child_process';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { ServerProcess } from '../scripts/serverProcess.ts';
import { createBoard, syncUrl } from './lib/boards.ts';
import type { BenchContext } from './lib/context.ts';
import { BENCH_SERVER_ENV } from './lib/serverLimits.ts';
import { percentile, round } from './lib/stats.ts';
import { isDocumentUpdate, openSocket, updateFrame } from './lib/wire.ts';

/*
 * A flood on one board, and an edit on another timed meanwhile. A person on board B sends an
 * edit every 20 ms; their other tab times each one's arrival. Meanwhile, from a process of its
 * own (lib/flooder.ts), four sockets on board A each send 2,000 valid updates at once, each
 * replacing a note's 2,000-character text (about 4 KB a frame). Three phases, each on a fresh
 * server: no flood; the flood under the default per-socket budget (LIMIT_SOCKET_MESSAGES); the
 * same flood with the budget lifted, as before there was one. The figures are board B's round
 * trips, and how much of the flood the server relayed while they were timed.
 */
const DURATION_MS = Number(process.env.FLOOD_MS ?? 10_000);
const FLOODERS = 4;
const FLOOD_MESSAGES = 2_000;
const FLOOD_CHARS = 2_000;
const EDIT_EVERY_MS = 20;

/** The update a sync update message carries. */
function updateIn(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

/** Starts the flooder and resolves once its sockets are open; `go` sets it off, `relayed` reads its count. */
async function startFlooder(url: string) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/flooder.ts', url, String(FLOODERS), String(FLOOD_MESSAGES), String(FLOOD_CHARS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let relayed = 0;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the flooder exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      relayed = Number(/relayed (\d+)\n(?![\s\S]*relayed)/.exec(output)?.[1] ?? relayed);
      if (output.includes('ready')) resolve();
    });
  });
  return {
    go: () => child.stdin!.write('go\n'),
    relayed: () => relayed,
    stop: () => new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    }),
  };
}

async function phase(env: Record<string, string>, flood: boolean) {
  const server = new ServerProcess({ env });
  await server.start();
  try {
    const [boardA, boardB] = await Promise.all([createBoard(server.url), createBoard(server.url)]);
    const [writer, reader] = await Promise.all([openSocket(syncUrl(server.url, boardB)), openSocket(syncUrl(server.url, boardB))]);
    const flooder = flood ? await startFlooder(syncUrl(server.url, boardA)) : null;
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Each edit carries its own number as the timer's end, which the reader looks up on arrival.
    const doc = new Y.Doc();
    const replica = new Y.Doc();
    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    reader.on('message', (data: ArrayBuffer) => {
      const bytes = new Uint8Array(data);
      if (!isDocumentUpdate(bytes)) return;
      Y.applyUpdate(replica, updateIn(bytes));
      const n = replica.getMap('session').get('timerEndsAt') as number;
      const at = sentAt.get(n);
      if (at !== undefined) latencies.push(performance.now() - at);
      sentAt.delete(n);
    });

    flooder?.go();
    let n = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        if (performance.now() - started >= DURATION_MS) {
          clearInterval(tick);
          resolve();
          return;
        }
        const updates: Uint8Array[] = [];
        doc.once('update', (update: Uint8Array) => updates.push(update));
        doc.getMap('session').set('timerEndsAt', ++n);
        sentAt.set(n, performance.now());
        writer.send(updateFrame(updates[0]!));
      }, EDIT_EVERY_MS);
    });
    const relayed = flooder?.relayed() ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await flooder?.stop();
    writer.terminate();
    reader.terminate();
    doc.destroy();
    replica.destroy();
    return {
      editRoundTripMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), max: round(Math.max(...latencies)) },
      editsSent: n,
      editsArrived: latencies.length,
      floodUpdatesRelayedInTheWindow: relayed,
      floodUpdatesSent: flood ? FLOODERS * FLOOD_MESSAGES : 0,
    };
  } finally {
    await server.dispose();
  }
}

export async function floodBench(_context: BenchContext) {
  // The benchmarks' raised limits, but the per-socket budget as a real server has it.
  const { LIMIT_SOCKET_MESSAGES: _lifted, ...withBudget } = BENCH_SERVER_ENV;
  const quiet = await phase(withBudget, false);
  const budgeted = await phase(withBudget, true);
  const unbudgeted = await phase({ ...withBudget, LIMIT_SOCKET_MESSAGES: '100000000/1s' }, true);
  return {
    what: `board B's edit round trip while ${FLOODERS} sockets flood board A with ${FLOOD_MESSAGES} updates each, each replacing ${FLOOD_CHARS} characters`,
    durationMs: DURATION_MS,
    noFlood: quiet,
    floodWithSocketBudget: budgeted,
    floodWithoutSocketBudget: unbudgeted,
    p95Ratio: { withBudget: round(budgeted.editRoundTripMs.p95 / quiet.editRoundTripMs.p95), withoutBudget: round(unbudgeted.editRoundTripMs.p95 / quiet.editRoundTripMs.p95) },
  };
}
