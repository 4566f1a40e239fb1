import type { Browser, Page } from '@playwright/test';
import { openBareFlow, openBareMap } from './lib/bareFlow.ts';
import type { BareMapLayout } from './lib/bareMapSpec.ts';
import { createBigBoard, type BoardSize } from './lib/bigBoard.ts';
import { pageUrl } from './lib/boards.ts';
import { launchBrowser, openBoard } from './lib/browser.ts';
import { armDropTiming, collectDropTiming } from './lib/dropTiming.ts';
import { bareMapLayout } from './lib/mapLayout.ts';
import { CARDS_SHOWN, hoverCard, spotNear } from './lib/mapCards.ts';
import type { BenchContext } from './lib/context.ts';
import { mainThreadAfter, mainThreadPerFrame, traceScenario } from './lib/mainThreadTrace.ts';
import { median, percentile, round } from './lib/stats.ts';
import { paneBox, readView, wheelZoomTo } from './lib/viewport.ts';

/*
 * Issue 7: drag on a big map. One card is dragged across the map with real mouse events: pressed
 * on a card near the left of the view, moved in 120 steps (a 16 ms pause after each) to where a
 * card near the right sits, released there. Two views, each against bare React Flow in the same
 * browser and run:
 *
 * - Fit view, as the map opens, where every card is on screen, so nothing is spared by culling.
 *   At that distance (zoom 0.165) the map draws its cards on the overview sheet, and React Flow
 *   holds a few dozen nodes: the card under the pointer is one. The yardstick is a bare React
 *   Flow page with 1,000 default nodes laid out like the map (bench/reference/bare-flow.tsx),
 *   fitted: a different workload, kept as the first figure measured.
 * - Working zoom (issue 23), where people edit: the map zoomed in with the wheel over its middle
 *   to at least WORKING_ZOOM, where cards are DOM nodes and off-screen ones are culled. The
 *   yardstick draws the same nodes at the same places, view and canvas box, culled the same way,
 *   with a custom card node of as many elements as the map's (bench/reference/bare-map.tsx), and
 *   the same drag from the same pixel to the same pixel. The nodes and elements each page holds
 *   are reported beside the figures.
 *
 * Measured from a Chromium trace (lib/mainThreadTrace.ts): the renderer main thread's busy time
 * in each frame from the press to the release, as the sum of its top-level tasks between one
 * frame's start and the next. The drop is reported apart, twice: as what the person waits for,
 * from the release to the first frame painted once the drop is committed (lib/dropTiming.ts),
 * and, as before, as the main-thread time in the second after the release. The trace runs
 * through the drop too, so its cost is in both pages' drop figures alike.
 * Targets: per-frame p95 ≤ 16.7 ms, and ≤ 1.2× bare React Flow's in the same run.
 */
const STEPS = 120;
const SETTLE_MS = 1000;
/** The least zoom the drag at working zoom runs at: the map draws cards as nodes from 0.45 (FAR_ZOOM). */
const WORKING_ZOOM = 0.5;

interface Point {
  x: number;
  y: number;
}

/*
 * The centre of the node matching `selector` nearest to a spot given as fractions of the
 * canvas, among nodes whose centre is not covered by anything (minimap, controls, toolbars) and
 * is not a no-drag control. Passed as a string so no bundler helper leaks into the page.
 */
const nodeNear = (selector: string, fx: number, fy: number) => `(() => {
  const flow = document.querySelector('.react-flow').getBoundingClientRect();
  const want = { x: flow.left + flow.width * ${fx}, y: flow.top + flow.height * ${fy} };
  let best = null;
  for (const element of document.querySelectorAll(${JSON.stringify(selector)})) {
    const node = element.closest('.react-flow__node');
    const r = element.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit.closest('.react-flow__node') !== node || hit.closest('.nodrag, .react-flow__handle')) continue;
    const distance = Math.hypot(x - want.x, y - want.y);
    if (!best || distance < best.distance) best = { distance, x, y, width: r.width, id: node.dataset.id };
  }
  return best;
})()`;

const nodeCentre = (id: string) => `(() => {
  const r = document.querySelector('.react-flow__node[data-id=${JSON.stringify(id)}]')?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
})()`;

const ZOOM = `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`;

interface Ends {
  from: Point & { width: number; id: string };
  to: Point;
}

/** From a node near the left of the view to one near the right (the bare page's nodes). */
async function nodeEnds(page: Page, selector: string): Promise<Ends> {
  const from = (await page.evaluate(nodeNear(selector, 0.12, 0.4))) as Ends['from'] | null;
  const to = (await page.evaluate(nodeNear(selector, 0.85, 0.6))) as Point | null;
  if (!from || !to) throw new Error(`no uncovered ${selector} to drag`);
  return { from, to };
}

/** The same ends on the map, found where a person finds them: by pointing at a card. */
async function cardEnds(page: Page): Promise<Ends> {
  const to = await spotNear(page, 0.85, 0.6);
  const from = await hoverCard(page, await spotNear(page, 0.12, 0.4));
  if (!from) throw new Error('no card under the pointer to drag');
  return { from, to };
}

async function dragAcross(page: Page, { from, to }: Ends) {
  const zoom = (await page.evaluate(ZOOM)) as number;
  await page.mouse.move(from.x, from.y);
  await page.waitForTimeout(100);
  const trace = await traceScenario(page, async () => {
    await page.evaluate(`performance.mark('drag-start')`);
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / STEPS, from.y + ((to.y - from.y) * i) / STEPS);
      await page.waitForTimeout(16);
    }
    await page.evaluate(`performance.mark('drag-end')`);
    await armDropTiming(page, from.id);
    await page.mouse.up();
    await page.waitForTimeout(SETTLE_MS);
  });
  const drop = await collectDropTiming(page);
  // A drag that never took hold would measure an idle page: the node must have landed over there.
  const landed = (await page.evaluate(nodeCentre(from.id))) as Point | null;
  if (!landed || Math.abs(landed.x - to.x) > from.width) throw new Error(`the dragged node ${from.id} did not land where it was dropped`);
  const frames = mainThreadPerFrame(trace, 'drag-start', 'drag-end');
  return {
    zoom,
    p50Ms: percentile(frames, 50),
    p95Ms: percentile(frames, 95),
    maxMs: Math.max(...frames),
    frames: frames.length,
    dropMs: mainThreadAfter(trace, 'drag-end'),
    dropToFrameMs: drop.releaseToFrameMs,
    dropToCommitMs: drop.releaseToCommitMs,
  };
}

type Side = Awaited<ReturnType<typeof dragAcross>>;

async function journeyboardRun(browser: Browser, context: BenchContext, size: BoardSize): Promise<Side> {
  // A fresh board each run, so every run drags on the same map, not on the last run's result.
  const board = await createBigBoard(context.serverUrl, size);
  const page = await openBoard(browser, pageUrl(context.serverUrl, board));
  try {
    // The map should open at fit view; the fit-view control makes sure the drag runs there
    // either way, with every card drawn.
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForFunction(`${CARDS_SHOWN} >= ${size.cards}`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    return await dragAcross(page, await cardEnds(page));
  } finally {
    await page.close();
  }
}

async function bareFlowRun(browser: Browser): Promise<Side> {
  const page = await openBareFlow(browser);
  try {
    await page.waitForTimeout(SETTLE_MS);
    return await dragAcross(page, await nodeEnds(page, '.react-flow__node-default'));
  } finally {
    await page.close();
  }
}

/** The nodes a page's React Flow holds, its cards among them, and the elements under its viewport. */
const DOM_SIZE = `({
  nodes: document.querySelectorAll('.react-flow__node').length,
  cards: document.querySelectorAll('.react-flow__node-card').length,
  elements: document.querySelector('.react-flow__viewport').querySelectorAll('*').length,
})`;

type DomSize = { nodes: number; cards: number; elements: number };

/** The map zoomed in to working zoom: the drag there, and the view, canvas box and DOM it ran on. */
async function journeyboardWorkingRun(browser: Browser, context: BenchContext, size: BoardSize) {
  const board = await createBigBoard(context.serverUrl, size);
  const page = await openBoard(browser, pageUrl(context.serverUrl, board));
  try {
    await page.waitForFunction(`${CARDS_SHOWN} >= ${size.cards}`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const view = await wheelZoomTo(page, WORKING_ZOOM);
    // Close enough, the sheet goes and every card on screen is a node.
    await page.waitForFunction(`document.querySelectorAll('.card-sheet').length === 0 && document.querySelectorAll('.card-node').length > 0`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const dom = (await page.evaluate(DOM_SIZE)) as DomSize;
    const ends = await cardEnds(page);
    return { side: await dragAcross(page, ends), view, pane: await paneBox(page), dom, ends };
  } finally {
    await page.close();
  }
}

/** The same drag on bare React Flow drawing the same nodes at the same view, from the same pixel to the same pixel. */
async function bareMapRun(browser: Browser, layout: BareMapLayout, run: Awaited<ReturnType<typeof journeyboardWorkingRun>>) {
  const page = await openBareMap(browser, { layout, view: run.view, pane: run.pane });
  try {
    await page.waitForTimeout(SETTLE_MS);
    const view = await readView(page);
    if (Math.abs(view.zoom - run.view.zoom) > 1e-6 || Math.abs(view.x - run.view.x) > 0.5 || Math.abs(view.y - run.view.y) > 0.5) {
      throw new Error(`the bare page opened at ${JSON.stringify(view)}, not the map's ${JSON.stringify(run.view)}`);
    }
    const dom = (await page.evaluate(DOM_SIZE)) as DomSize;
    const { from, to } = run.ends;
    const node = (await page.evaluate(`(() => {
      const node = document.elementFromPoint(${from.x}, ${from.y})?.closest('.react-flow__node-card');
      const r = node?.getBoundingClientRect();
      return node ? { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, id: node.dataset.id } : null;
    })()`)) as Ends['from'] | null;
    if (!node || Math.abs(node.x - from.x) > 1 || Math.abs(node.y - from.y) > 1) throw new Error(`the bare page has no card where the map's dragged card is (${JSON.stringify(node)})`);
    return { side: await dragAcross(page, { from: node, to }), dom };
  } finally {
    await page.close();
  }
}

const summary = (sides: Side[]) => ({
  p50Ms: round(median(sides.map((s) => s.p50Ms))),
  p95Ms: round(median(sides.map((s) => s.p95Ms))),
  maxMs: round(Math.max(...sides.map((s) => s.maxMs))),
  frames: median(sides.map((s) => s.frames)),
  dropMs: round(median(sides.map((s) => s.dropMs))),
  dropToFrameMs: round(median(sides.map((s) => s.dropToFrameMs))),
  dropToCommitMs: round(median(sides.map((s) => s.dropToCommitMs))),
});

const rounded = (figures: object) => Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value]));

export async function dragBench(context: BenchContext, size: BoardSize) {
  const layout = bareMapLayout(size);
  const browser = await launchBrowser();
  try {
    const fit = [];
    const working = [];
    for (let run = 0; run < context.runs; run++) {
      const journeyboard = await journeyboardRun(browser, context, size);
      const bareReactFlow = await bareFlowRun(browser);
      fit.push({ journeyboard, bareReactFlow, ratioP95: journeyboard.p95Ms / bareReactFlow.p95Ms });
      const map = await journeyboardWorkingRun(browser, context, size);
      const bare = await bareMapRun(browser, layout, map);
      working.push({ map, bare, ratioP95: map.side.p95Ms / bare.side.p95Ms, dropRatio: map.side.dropToFrameMs / bare.side.dropToFrameMs });
    }
    const journeyboard = summary(fit.map((r) => r.journeyboard));
    const bareReactFlow = summary(fit.map((r) => r.bareReactFlow));
    const workingMap = summary(working.map((r) => r.map.side));
    const workingBare = summary(working.map((r) => r.bare.side));
    return {
      size,
      stepsPerDrag: STEPS,
      zoom: { view: 'fit', journeyboard: round(median(fit.map((r) => r.journeyboard.zoom))), bareReactFlow: round(median(fit.map((r) => r.bareReactFlow.zoom))) },
      journeyboard,
      bareReactFlow,
      ratioP95: round(journeyboard.p95Ms / bareReactFlow.p95Ms),
      dropToFrameRatio: round(journeyboard.dropToFrameMs / bareReactFlow.dropToFrameMs),
      target: { p95Ms: 16.7, ratioP95: 1.2 },
      perRun: fit.map((r) => ({ journeyboard: rounded(r.journeyboard), bareReactFlow: rounded(r.bareReactFlow), ratioP95: round(r.ratioP95) })),
      workingZoom: {
        zoom: round(median(working.map((r) => r.map.view.zoom))),
        onScreen: { journeyboard: working[0]!.map.dom, bareReactFlow: working[0]!.bare.dom },
        journeyboard: workingMap,
        bareReactFlow: workingBare,
        ratioP95: round(workingMap.p95Ms / workingBare.p95Ms),
        dropToFrameRatio: round(workingMap.dropToFrameMs / workingBare.dropToFrameMs),
        perRun: working.map((r) => ({
          journeyboard: rounded(r.map.side),
          bareReactFlow: rounded(r.bare.side),
          onScreen: { journeyboard: r.map.dom, bareReactFlow: r.bare.dom },
          ratioP95: round(r.ratioP95),
          dropToFrameRatio: round(r.dropRatio),
        })),
      },
    };
  } finally {
    await browser.close();
  }
}
