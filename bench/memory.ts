import { ServerProcess } from '../scripts/serverProcess.ts';
import { addCard, addLane, addStage, createEditContext, docToBoard, setBoardTitle } from '../src/doc/index.ts';
import { visitBoard } from './lib/boardVisit.ts';
import { createBoard, syncUrl, type BenchBoard } from './lib/boards.ts';
import { Inspector, memoryAfterGc, type MemoryUsage } from './lib/inspector.ts';
import { BENCH_SERVER_ENV } from './lib/serverLimits.ts';
import { round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 7: memory. 1,000 boards, each opened, edited and closed 10 times; the
 * server's heap after a full GC must stay within 10% of where it started. The server runs with
 * the inspector open, so this process can force the GC and read the heap without any hook in
 * the product, and with a short ROOM_IDLE_MS, so a closed board's room really unloads.
 */
const BOARDS = Number(process.env.MEMORY_BOARDS ?? 1000);
const ROUNDS = 10;
const CONCURRENCY = 50;
const ROOM_IDLE_MS = 100;
// The start is taken after this many boards have been through the same cycle once, so code
// compiled and caches filled on first use (modules, JIT, prepared statements) count as the
// server's starting size rather than as growth.
const WARM_UP_BOARDS = 50;

async function createBoards(serverUrl: string, count: number): Promise<BenchBoard[]> {
  const boards: BenchBoard[] = [];
  await inBatches(count, async () => {
    boards.push(await createBoard(serverUrl));
  });
  return boards;
}

/**
 * Each visit leaves a card and a new title behind, as a short working session would; on the
 * owner's token, as only the owner may rename a board.
 */
function visitAll(serverUrl: string, boards: BenchBoard[], visit: number): Promise<void> {
  return inBatches(boards.length, (i) =>
    visitBoard(syncUrl(serverUrl, boards[i]!), `Visitor ${visit}`, (doc) => {
      const ctx = createEditContext(doc, 'bench');
      const board = docToBoard(doc);
      doc.transact(() => {
        const stageId = board.stages[0]?.id ?? addStage(ctx, { title: 'Discover', window: 'Week 1' });
        const laneId = board.lanes[0]?.id ?? addLane(ctx, { kind: 'touchpoints', title: 'Touchpoints' });
        setBoardTitle(ctx, `Board ${i + 1}, visit ${visit}`);
        addCard(ctx, { stageId, laneId, title: `Touchpoint from visit ${visit}` });
      });
    }),
  );
}

/** Runs `task(0…count-1)` with at most CONCURRENCY in flight. */
async function inBatches(count: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
}

/** The server reports its open rooms at /metrics; every room must be gone before measuring. */
async function roomsUnloaded(serverUrl: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rooms, connections } = (await (await fetch(`${serverUrl}/metrics`)).json()) as { rooms: number; connections: number };
    if (rooms === 0 && connections === 0) return;
    await new Promise((resolve) => setTimeout(resolve, ROOM_IDLE_MS));
  }
  throw new Error('the server never unloaded its rooms');
}

const mib = (bytes: number) => round(bytes / 2 ** 20);

/** Runs its own server, not the one run.ts started: this one needs the inspector and a short idle time. */
export async function memoryBench() {
  const server = new ServerProcess({ nodeArgs: ['--inspect=127.0.0.1:0'], env: { ...BENCH_SERVER_ENV, ROOM_IDLE_MS: String(ROOM_IDLE_MS) } });
  await server.start();
  const inspector = await Inspector.connect(server.inspectorUrl);
  try {
    await visitAll(server.url, await createBoards(server.url, WARM_UP_BOARDS), 0);
    await roomsUnloaded(server.url);
    const start = await memoryAfterGc(inspector);
    // Created after the start, so whatever creating a board leaves behind counts as growth too.
    const boards = await createBoards(server.url, BOARDS);
    const rounds: (MemoryUsage & { seconds: number })[] = [];
    for (let visit = 1; visit <= ROUNDS; visit++) {
      const started = performance.now();
      await visitAll(server.url, boards, visit);
      await roomsUnloaded(server.url);
      rounds.push({ ...(await memoryAfterGc(inspector)), seconds: (performance.now() - started) / 1000 });
    }
    const final = rounds.at(-1)!;
    const peak = Math.max(...rounds.map((r) => r.heapUsed));
    return {
      boards: BOARDS,
      rounds: ROUNDS,
      concurrency: CONCURRENCY,
      roomIdleMs: ROOM_IDLE_MS,
      heapUsedMiB: { start: mib(start.heapUsed), afterEachRound: rounds.map((r) => mib(r.heapUsed)), peak: mib(peak), final: mib(final.heapUsed) },
      heapGrowthPercent: round((final.heapUsed / start.heapUsed - 1) * 100),
      peakGrowthPercent: round((peak / start.heapUsed - 1) * 100),
      // The first round's step is mostly optimised machine code for the paths it made hot (a
      // heap snapshot diff shows code, no board data); growth after it is what visits leave.
      growthAfterFirstRoundPercent: round((final.heapUsed / rounds[0]!.heapUsed - 1) * 100),
      // Outside the V8 heap (Yjs buffers, SQLite's cache): not the target, but a leak could hide there.
      externalMiB: { start: mib(start.external), final: mib(final.external) },
      rssMiB: { start: mib(start.rss), afterEachRound: rounds.map((r) => mib(r.rss)) },
      secondsPerRound: rounds.map((r) => round(r.seconds)),
      target: { growthPercent: 10 },
    };
  } finally {
    inspector.close();
    await server.dispose();
  }
}
