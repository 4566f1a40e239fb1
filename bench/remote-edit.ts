import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { createBigBoard, type BoardSize } from './lib/bigBoard.ts';
import { importBoard, pageUrl } from './lib/boards.ts';
import { launchBrowser } from './lib/browser.ts';
import { CARDS_SHOWN, FIRST_CARD, firstCardSpots, hoverCard } from './lib/mapCards.ts';
import type { BenchContext } from './lib/context.ts';
import { meterCpu } from './lib/processCpu.ts';
import { median, percentile, round } from './lib/stats.ts';
import { traceScenario } from './lib/mainThreadTrace.ts';
import { markClock, updateTasks } from './lib/updateTasks.ts';
import { armUpdateTiming, collectUpdateTiming, installUpdateTiming, messageOrder, type UpdateTiming } from './lib/updateTiming.ts';

/*
 * Issue 7: a remote edit reaches the screen within a frame. Two people on one board, each in
 * their own browser context (no shared BroadcastChannel or IndexedDB, so every edit travels
 * through the real server). A selects a card with a click and moves it with Alt+→ / Alt+←, the
 * keyboard shortcut, 100 times over ten cards; each move waits until B has drawn the previous
 * one, so each is a separate update. B times each move from the update frame arriving on its
 * socket to the moved card's node changing in the DOM, and to the next frame drawn after that
 * (see lib/updateTiming.ts). Clocks never cross processes: every figure is B's own.
 * Runs on the 30 × 8 map of 1,000 cards the other map benchmarks use, and on a template board.
 * Target: update to DOM p95 ≤ 16.7 ms. A last, separate pass on the big map traces B, to tell
 * B's own work per update (CPU time) from time spent waiting for a core (see lib/updateTasks.ts);
 * the untimed runs also count the CPU time every process took per move (lib/processCpu.ts): A,
 * B, the browser, the server and this driver share the machine's cores.
 */
const MOVES = 100;
const CARDS_MOVED = 10;
/** Fewer moves in the traced pass: its trace holds every event of the page, all kept in memory until it is read. */
const TRACED_MOVES = 40;
const BIG: BoardSize = { stages: 30, lanes: 8, cards: 1000 };
const TEMPLATE = 'src/templates/lighting-project.json';

const nodeSelector = (nodeId: string) => `.react-flow__node[data-id=${JSON.stringify(nodeId)}]`;
const transformOf = (page: Page, nodeId: string) => page.evaluate(`document.querySelector(${JSON.stringify(nodeSelector(nodeId))})?.style.transform ?? null`);

async function openAs(browser: Browser, url: string, name: string, timed: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const identity = JSON.stringify({ id: name.toLowerCase(), name, color: '#2563eb' });
  await context.addInitScript(`localStorage.setItem('journeyboard.identity', ${JSON.stringify(identity)})`);
  if (timed) await installUpdateTiming(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('status', { name: 'Connection: Connected' }).waitFor({ timeout: 60_000 });
  await page.locator(FIRST_CARD).first().waitFor({ timeout: 60_000 });
  return page;
}

/** One keyboard move in A, timed in B; null if A's card could not go that way (edge of the map). */
async function moveOnce(a: Page, b: Page, nodeId: string, key: string): Promise<UpdateTiming | null> {
  const before = await transformOf(a, nodeId);
  await armUpdateTiming(b, nodeId);
  await a.keyboard.press(`Alt+${key}`);
  const moved = await a
    .waitForFunction(`document.querySelector(${JSON.stringify(nodeSelector(nodeId))})?.style.transform !== ${JSON.stringify(before)}`, undefined, { timeout: 3000 })
    .then(() => true, () => false);
  return moved ? collectUpdateTiming(b, 5000) : null;
}

async function moveCards(a: Page, b: Page, cards: number, moves = MOVES): Promise<UpdateTiming[]> {
  // The map fits the view on open: wait until every card is shown, so the picks spread over it.
  await a.waitForFunction(`${CARDS_SHOWN} >= ${cards}`, undefined, { timeout: 30_000 });
  const spots = await firstCardSpots(a);
  const timings: UpdateTiming[] = [];
  for (let pick = 0; pick < CARDS_MOVED; pick++) {
    // A picks a card by pointing at it, from cells spread over the map (the next one if empty).
    let card = null;
    for (let i = Math.floor((pick * spots.length) / CARDS_MOVED); !card && i < spots.length; i++) card = await hoverCard(a, spots[i]!);
    if (!card) throw new Error('no card left to pick');
    const nodeId = card.id;
    await a.mouse.click(card.x, card.y);
    await a.locator(`${nodeSelector(nodeId)} .card-node.is-selected`).waitFor();
    await a.waitForTimeout(300); // B draws A's cursor and selection before the first move
    let key = 'ArrowRight';
    for (let i = 0; i < moves / CARDS_MOVED; i++) {
      let timing = await moveOnce(a, b, nodeId, key);
      if (!timing) {
        key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
        timing = await moveOnce(a, b, nodeId, key);
        if (!timing) throw new Error(`${nodeId} moves neither left nor right`);
      }
      timings.push(timing);
      key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      await a.waitForTimeout(50);
    }
  }
  return timings;
}

function summarise(timings: UpdateTiming[]) {
  const seen = timings.filter((t) => t.arrival !== null && t.dom !== null);
  const toDom = seen.map((t) => t.dom! - t.arrival!);
  const toFrame = seen.filter((t) => t.frame !== null).map((t) => t.frame! - t.arrival!);
  const handled = seen.filter((t) => t.handlerStart !== null && t.handlerEnd !== null);
  const stats = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) });
  return {
    updateToDom: stats(toDom),
    updateToFrame: stats(toFrame),
    missed: timings.length - seen.length,
    // Where the time to the DOM goes: y-websocket's handler (Yjs applying the update and the
    // document's observers), then everything up to the commit (React and React Flow).
    syncHandler: stats(handled.map((t) => t.handlerEnd! - t.handlerStart!)),
    handlerToDom: stats(handled.map((t) => t.dom! - t.handlerEnd!)),
    // A card moving can change its lane's height, and with it every node below.
    nodesRestyled: stats(seen.filter((t) => t.nodesRestyled !== null).map((t) => t.nodesRestyled!)),
  };
}

type RunSummary = ReturnType<typeof summarise>;

function medianOf(runs: RunSummary[], pick: (run: RunSummary) => { p50: number; p95: number; max: number }) {
  return {
    p50: round(median(runs.map((r) => pick(r).p50))),
    p95: round(median(runs.map((r) => pick(r).p95))),
    max: round(median(runs.map((r) => pick(r).max))),
  };
}

async function benchBoard(browser: Browser, url: string, cards: number, runs: number, serverPid: number | undefined) {
  const summaries: RunSummary[] = [];
  const cpuPerMove: Record<string, number>[] = [];
  for (let run = 0; run < runs; run++) {
    const a = await openAs(browser, url, 'Alex', false);
    const b = await openAs(browser, url, 'Blake', true);
    await b.waitForTimeout(1000);
    try {
      const meter = await meterCpu(browser, serverPid);
      const timings = await moveCards(a, b, cards);
      const cpu = await meter.stop();
      cpuPerMove.push(Object.fromEntries(Object.entries(cpu).map(([kind, ms]) => [kind, ms / timings.length])));
      summaries.push(summarise(timings));
      const order = await messageOrder(b);
      if (order.outOfOrder > 0) throw new Error(`${order.outOfOrder} of ${order.messages} messages reached Yjs before they were stamped`);
    } finally {
      await a.context().close();
      await b.context().close();
    }
  }
  return {
    moves: MOVES,
    updateToDomMs: medianOf(summaries, (r) => r.updateToDom),
    updateToFrameMs: medianOf(summaries, (r) => r.updateToFrame),
    missed: median(summaries.map((r) => r.missed)),
    breakdownMs: { yWebsocketHandler: medianOf(summaries, (r) => r.syncHandler), handlerToDom: medianOf(summaries, (r) => r.handlerToDom) },
    nodesRestyledPerMove: medianOf(summaries, (r) => r.nodesRestyled),
    // Both pages' renderers, the GPU process (compositing, in software without a GPU), the
    // browser process, the server and this driver: per move, including the 50 ms between moves.
    cpuPerMoveMs: Object.fromEntries(Object.keys(cpuPerMove[0] ?? {}).map((kind) => [kind, round(median(cpuPerMove.map((run) => run[kind] ?? 0)))])),
    perRun: summaries.map((r) => ({ updateToDomP95: round(r.updateToDom.p95), updateToFrameP95: round(r.updateToFrame.p95), missed: r.missed })),
  };
}

/**
 * The big map once more, with B traced: each update's task as wall time and as B's CPU time.
 * Tracing adds its own cost, so this says where the time goes, not how long it is.
 */
async function tracedPass(browser: Browser, url: string, cards: number) {
  const a = await openAs(browser, url, 'Alex', false);
  const b = await openAs(browser, url, 'Blake', true);
  await b.waitForTimeout(1000);
  try {
    let markedAt = 0;
    let timings: UpdateTiming[] = [];
    const events = await traceScenario(b, async () => {
      markedAt = await markClock(b);
      timings = await moveCards(a, b, cards, TRACED_MOVES);
    });
    const tasks = updateTasks(events, markedAt, timings);
    const stats = (samples: number[]) => ({ p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) });
    return { updatesFound: tasks.length, of: timings.length, taskWallMs: stats(tasks.map((t) => t.wallMs)), taskCpuMs: stats(tasks.map((t) => t.cpuMs)) };
  } finally {
    await a.context().close();
    await b.context().close();
  }
}

export async function remoteEditBench(context: BenchContext) {
  const big = await createBigBoard(context.serverUrl, BIG);
  const templateFile = readFileSync(TEMPLATE, 'utf8');
  const templateCards = (JSON.parse(templateFile) as { board: { cards: unknown[] } }).board.cards.length;
  const templateBoard = await importBoard(context.serverUrl, templateFile);
  // A and B both open the owner's link, each in a context of its own.
  const bigUrl = pageUrl(context.serverUrl, big);
  const browser = await launchBrowser();
  try {
    const bigFigures = await benchBoard(browser, bigUrl, BIG.cards, context.runs, context.serverPid);
    const traced = await tracedPass(browser, bigUrl, BIG.cards);
    const template = await benchBoard(browser, pageUrl(context.serverUrl, templateBoard), templateCards, context.runs, context.serverPid);
    return {
      board: { ...BIG, label: '30 stages × 8 lanes × 1,000 cards' },
      runs: context.runs,
      ...bigFigures,
      target: { p95Ms: 16.7 },
      tracedPass: traced,
      templateBoard: { board: `lighting project template (${templateCards} cards)`, ...template },
    };
  } finally {
    await browser.close();
  }
}
