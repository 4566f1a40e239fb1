import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { BARE_MAP_SYNC_ARGS, openBareMap } from './lib/bareFlow.ts';
import type { BareMapLayout, BareMapSpec } from './lib/bareMapSpec.ts';
import { importBoard, pageUrl } from './lib/boards.ts';
import { launchBrowser } from './lib/browser.ts';
import type { BenchContext } from './lib/context.ts';
import { timePans, type PanTiming } from './lib/followTiming.ts';
import { FIRST_CARD } from './lib/mapCards.ts';
import { fileMapLayout } from './lib/mapLayout.ts';
import { emptyPanePoint } from './lib/pane.ts';
import { median, medianStats, round, roundOrMissed, statsWithMisses, type OrMissed } from './lib/stats.ts';
import { startStockServer } from './lib/stockServerProcess.ts';
import { clockOffset, latestView, pageNow, readViewLog, startViewLog, waitForMiddle, waitForStill } from './lib/viewLog.ts';
import { paneBox, readView, type FlowView, type PaneBox } from './lib/viewport.ts';

/*
 * Follow latency: how long after a facilitator moves their view a participant who follows them
 * sees the same view. Two people join a template board with its edit link, each in a browser
 * context of their own (so the view travels through the real server, in presence): the leader
 * at 1920 × 1080, the follower at 1280 × 720, who presses "Follow <leader>" in the header. The
 * leader pans the map with the mouse PANS times, alternating left and right, each pan a drag of
 * PAN_PX in MOVES_PER_PAN moves a frame apart (on a busy machine the driver's round trips make
 * a pan slower: its duration is reported); the next pan starts once the follower has arrived
 * (or after LIMIT_MS) and neither view has changed for REST_MS, so every pan starts from rest.
 *
 * Each page logs every change of its view in the DOM (lib/viewLog.ts): the time, the flow point
 * at the middle of its canvas and the width of map it shows. The two pages are of one browser on
 * one machine, and the logs are stamped with performance.timeOrigin + performance.now(), the
 * machine's wall clock, which both pages read; how far apart the two pages' clocks are is
 * measured in every run (by round trips from this process) and reported beside the figures.
 * Per pan (lib/followTiming.ts):
 * - first response: from the leader's first view change of the pan to the follower's first view
 *   change after it;
 * - arrival: from the leader's last view change of the pan (the pan's end) to the follower
 *   showing, from then on, the middle of the map the leader ended at, within 1 % of the width
 *   the leader sees. Journeyboard sends a moving view at most ten times a second and a follower
 *   eases into each view over 200 ms, both by design (src/collab/sharedView.ts,
 *   src/canvas/presence/SharedView.tsx): that ease is part of this figure, whose floor is about
 *   200 ms (the follower comes within 1 % late in its ease; where the ease ends is reported as
 *   settled, the follower's last view change of the pan).
 * A pan the follower has not answered or reached within LIMIT_MS is a miss: counted, and kept
 * in the percentiles as longer than any time, never left out. Both times end at a DOM change;
 * the frame painted after the arrival is reported as well.
 *
 * In the same run, a peer: the stock y-websocket server and two bare React Flow pages drawing
 * the template's own nodes at the same places, each placed and sized as the map's canvas of the
 * same person (bench/reference/bare-map.tsx with `follow`): the leader puts its view rectangle
 * in presence on every change of React Flow's viewport, the follower fits each one at once.
 * The same pans from the same screen point, the same two figures.
 */
const TEMPLATE = 'src/templates/lighting-project.json';
const LEADER = { name: 'Fran', viewport: { width: 1920, height: 1080 } };
const FOLLOWER = { name: 'Pat', viewport: { width: 1280, height: 720 } };
const PANS = 30;
const PAN_PX = 300;
const MOVES_PER_PAN = 10;
/** A frame between moves: a pan of 300 px in about 0.2 s, a brisk drag by hand. */
const MOVE_GAP_MS = 16;
const LIMIT_MS = 5000;
/** How long both views stay unchanged before the next pan: the follower's ease has ended, and nothing of the pan is on its way. */
const REST_MS = 250;

interface Pair {
  leader: Page;
  follower: Page;
}

/** Where each person's canvas is and what it shows, for the peer's pages to open at. */
interface Placement {
  view: FlowView;
  pane: PaneBox;
}

/** Opens the board's edit link as a person does: joins with a name, waits for the map. */
async function joinAs(browser: Browser, url: string, person: typeof LEADER): Promise<Page> {
  const page = await (await browser.newContext({ viewport: person.viewport })).newPage();
  await page.goto(url);
  const dialog = page.getByRole('dialog', { name: 'What should others call you?' });
  await dialog.getByLabel('Display name').fill(person.name);
  await dialog.getByRole('button', { name: 'Join board' }).click();
  await page.getByRole('status', { name: 'Connection: Connected' }).waitFor({ timeout: 60_000 });
  await page.locator(FIRST_CARD).first().waitFor({ timeout: 60_000 });
  return page;
}

async function openJourneyboard(browser: Browser, url: string): Promise<Pair> {
  const leader = await joinAs(browser, url, LEADER);
  const follower = await joinAs(browser, url, FOLLOWER);
  await follower.getByRole('button', { name: `Follow ${LEADER.name}` }).click();
  await follower.getByRole('status').filter({ hasText: `Following ${LEADER.name}` }).waitFor();
  return { leader, follower };
}

/** Starts both logs once the follower shows the leader's view, and lets the pages come to rest. */
async function settle({ leader, follower }: Pair): Promise<void> {
  await startViewLog(leader);
  await startViewLog(follower);
  if (!(await waitForMiddle(follower, await latestView(leader), 10_000))) throw new Error('the follower never showed the leader’s view');
  if (!(await waitForStill(follower, 500, 10_000))) throw new Error('the follower’s view never came to rest');
}

/** How far ahead of the leader's clock the follower's is, and how sure that is. */
async function clockSkew({ leader, follower }: Pair) {
  const [a, b] = [await clockOffset(leader), await clockOffset(follower)];
  return { skewMs: b.offsetMs - a.offsetMs, uncertaintyMs: a.uncertaintyMs + b.uncertaintyMs };
}

/** Drags the map's background by `dx` screen pixels, a frame between moves, as a person pans. */
async function pan(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= MOVES_PER_PAN; step++) {
    await page.waitForTimeout(MOVE_GAP_MS);
    await page.mouse.move(from.x + (dx * step) / MOVES_PER_PAN, from.y);
  }
  await page.mouse.up();
}

/**
 * The pans, each from where the last one let go: the pointer always presses the same point of
 * the map, which was the background at the start, so every press pans.
 */
async function panAndTime({ leader, follower }: Pair, start: { x: number; y: number }, direction: 1 | -1): Promise<PanTiming[]> {
  const marks: number[] = [];
  let from = start;
  for (let i = 0; i < PANS; i++, direction = direction === 1 ? -1 : 1) {
    marks.push(await pageNow(leader));
    await pan(leader, from, direction * PAN_PX);
    from = { x: from.x + direction * PAN_PX, y: from.y };
    // The last move's change is in by the time the leader is read, a few frames on.
    await leader.waitForTimeout(50);
    await waitForMiddle(follower, await latestView(leader), LIMIT_MS);
    if (!(await waitForStill(follower, REST_MS, LIMIT_MS)) || !(await waitForStill(leader, REST_MS, LIMIT_MS))) throw new Error('the views never came to rest');
  }
  marks.push(await pageNow(leader));
  return timePans(await readViewLog(leader), await readViewLog(follower), marks, LIMIT_MS);
}

/** Which way the first pan goes: away from the nearer edge, so every press stays on the canvas. */
async function firstDirection(page: Page, start: { x: number }): Promise<1 | -1> {
  const pane = await paneBox(page);
  return start.x + PAN_PX < pane.left + pane.width - 20 ? 1 : -1;
}

async function journeyboardRun(browser: Browser, url: string) {
  const pair = await openJourneyboard(browser, url);
  try {
    await settle(pair);
    const place = async (page: Page): Promise<Placement> => ({ view: await readView(page), pane: await paneBox(page) });
    const placed = { leader: await place(pair.leader), follower: await place(pair.follower) };
    const start = await emptyPanePoint(pair.leader);
    const direction = await firstDirection(pair.leader, start);
    const clock = await clockSkew(pair);
    return { placed, start, direction, clock, pans: await panAndTime(pair, start, direction) };
  } finally {
    await pair.leader.context().close();
    await pair.follower.context().close();
  }
}

/** The peer's pages, each where the same person's map was, sharing the view through the stock server. */
async function peerRun(browser: Browser, spec: { layout: BareMapLayout; sync: BareMapSpec['sync'] }, ours: Awaited<ReturnType<typeof journeyboardRun>>) {
  const contexts: BrowserContext[] = [];
  const open = async (person: typeof LEADER, placed: Placement, follow: BareMapSpec['follow']) => {
    const context = await browser.newContext({ viewport: person.viewport });
    contexts.push(context);
    return openBareMap(context, { ...spec, ...placed, follow }, person.viewport);
  };
  try {
    const pair = { leader: await open(LEADER, ours.placed.leader, 'leader'), follower: await open(FOLLOWER, ours.placed.follower, 'follower') };
    await settle(pair);
    const onPane = await pair.leader.evaluate(`document.elementFromPoint(${ours.start.x}, ${ours.start.y})?.classList.contains('react-flow__pane')`);
    if (!onPane) throw new Error('the point the map was panned from is not the bare page’s background');
    const clock = await clockSkew(pair);
    return { clock, pans: await panAndTime(pair, ours.start, ours.direction) };
  } finally {
    for (const context of contexts) await context.close();
  }
}

function summarise(pans: PanTiming[]) {
  const painted = pans.flatMap((p) => (p.arrivalPaint === null ? [] : [p.arrivalPaint]));
  return {
    firstResponse: statsWithMisses(pans.map((p) => p.firstResponse)),
    arrival: statsWithMisses(pans.map((p) => p.arrival)),
    settled: statsWithMisses(pans.map((p) => p.settled)),
    neverResponded: pans.filter((p) => p.firstResponse === null).length,
    neverArrived: pans.filter((p) => p.arrival === null).length,
    arrivalToPaintedFrame: median(painted),
    panDuration: median(pans.map((p) => p.panDuration)),
    leaderChanges: median(pans.map((p) => p.leaderChanges)),
    followerChanges: median(pans.map((p) => p.followerChanges)),
  };
}

type Summary = ReturnType<typeof summarise>;

function figures(runs: { clock: { skewMs: number; uncertaintyMs: number }; pans: PanTiming[] }[]) {
  const summaries = runs.map((run) => summarise(run.pans));
  const sum = (pick: (s: Summary) => number) => summaries.reduce((total, s) => total + pick(s), 0);
  return {
    firstResponseMs: medianStats(summaries.map((s) => s.firstResponse)),
    arrivalMs: medianStats(summaries.map((s) => s.arrival)),
    // Where the follower's view stops changing: on Journeyboard, the end of its last ease.
    settledMs: medianStats(summaries.map((s) => s.settled)),
    // Out of PANS × runs pans.
    neverResponded: sum((s) => s.neverResponded),
    neverArrived: sum((s) => s.neverArrived),
    arrivalToPaintedFrameMs: round(median(summaries.map((s) => s.arrivalToPaintedFrame))),
    panDurationMs: round(median(summaries.map((s) => s.panDuration))),
    viewChangesPerPan: { leader: median(summaries.map((s) => s.leaderChanges)), follower: median(summaries.map((s) => s.followerChanges)) },
    perRun: summaries.map((s, i) => ({
      firstResponseP50: roundOrMissed(s.firstResponse.p50),
      firstResponseP95: roundOrMissed(s.firstResponse.p95),
      arrivalP50: roundOrMissed(s.arrival.p50),
      arrivalP95: roundOrMissed(s.arrival.p95),
      neverArrived: s.neverArrived,
      clockSkewMs: round(runs[i]!.clock.skewMs),
      clockUncertaintyMs: round(runs[i]!.clock.uncertaintyMs),
    })),
  };
}

const ratio = (ours: OrMissed, theirs: OrMissed) => (typeof ours === 'number' && typeof theirs === 'number' ? round(ours / theirs) : 'missed');

export async function followBench(context: BenchContext) {
  const file = readFileSync(TEMPLATE, 'utf8');
  const board = await importBoard(context.serverUrl, file);
  // Both people join with the board’s edit link, as a workshop’s participants do.
  const url = pageUrl(context.serverUrl, board, 'edit');
  const layout = fileMapLayout(file);
  const stock = await startStockServer();
  // The journeyboard pages open sockets to their own origin only: the flags change nothing for them.
  const browser = await launchBrowser(BARE_MAP_SYNC_ARGS);
  try {
    const ours: Awaited<ReturnType<typeof journeyboardRun>>[] = [];
    const peer: Awaited<ReturnType<typeof peerRun>>[] = [];
    for (let run = 0; run < context.runs; run++) {
      ours.push(await journeyboardRun(browser, url));
      // A room of its own each run: the stock server keeps every room's document in memory.
      peer.push(await peerRun(browser, { layout, sync: { url: stock.url, room: `follow-${run}` } }, ours.at(-1)!));
    }
    const journeyboard = figures(ours);
    const stockServerAndBareReactFlow = figures(peer);
    const first = ours[0]!.placed;
    return {
      board: `lighting project template (${layout.nodes.filter((n) => n.kind === 'card').length} cards), edit link`,
      runs: context.runs,
      pans: PANS,
      pan: { px: PAN_PX, moves: MOVES_PER_PAN, moveGapMs: MOVE_GAP_MS, restMs: REST_MS, limitMs: LIMIT_MS },
      leader: { ...LEADER.viewport, zoom: round(first.leader.view.zoom) },
      follower: { ...FOLLOWER.viewport, zoom: round(first.follower.view.zoom) },
      journeyboard,
      stockServerAndBareReactFlow,
      ratioP50: {
        firstResponse: ratio(journeyboard.firstResponseMs.p50, stockServerAndBareReactFlow.firstResponseMs.p50),
        arrival: ratio(journeyboard.arrivalMs.p50, stockServerAndBareReactFlow.arrivalMs.p50),
      },
      note:
        'Journeyboard sends a moving view at most 10 times a second (the latest at the end of each 100 ms window, and at once when a pan ends) and ' +
        'a follower eases into each view over 200 ms, both by design; the bare pages send on every change and jump. Arrival on Journeyboard therefore ' +
        'has a floor of about 200 ms: the follower comes within 1 % late in its last ease, which ends at settledMs. ' +
        'Times end at the follower’s DOM change; arrivalToPaintedFrameMs is how much later that change was painted. ' +
        'Both pages stamp with performance.timeOrigin + performance.now(); perRun.clockSkewMs is how far the follower’s clock was ahead of the leader’s.',
    };
  } finally {
    await browser.close();
    await stock.stop();
  }
}
