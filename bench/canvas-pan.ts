import type { Browser, Page } from '@playwright/test';
import { openBareMap } from './lib/bareFlow.ts';
import type { BareMapLayout } from './lib/bareMapSpec.ts';
import { createBigBoard, type BoardSize } from './lib/bigBoard.ts';
import { pageUrl, type BenchBoard } from './lib/boards.ts';
import { launchBrowser, openBoard, recordFrames, type FrameRecording } from './lib/browser.ts';
import { bareMapLayout } from './lib/mapLayout.ts';
import { emptyPanePoint, panePointNear } from './lib/pane.ts';
import { median, percentile, round } from './lib/stats.ts';
import type { BenchContext } from './lib/context.ts';
import { paneBox, readView, wheelZoomTo, type FlowView, type PaneBox } from './lib/viewport.ts';

/*
 * Pan and zoom a big map for ten seconds with real mouse and wheel events, in two views:
 * - the fit view, where every card is on screen (drawn on the overview sheet): nothing can be
 *   culled;
 * - working zoom (issue 23), the map zoomed in with the wheel over its middle to at least
 *   WORKING_ZOOM, where cards are DOM nodes, culled off screen and mounted as they come into
 *   view; the wheel notches of the scenario zoom in from there and back. The same scenario runs
 *   in the same run on bare React Flow drawing the same nodes at the same view, from the same
 *   pixel (bench/reference/bare-map.tsx).
 * Frame gaps are the time between animation frames (16.7 ms when none is missed).
 * Target (issue 7): frame gap p95 ≤ 20 ms and no animation frame over 50 ms.
 */
const DURATION_MS = 10_000;
const WORKING_ZOOM = 0.5;

async function panAndZoom(page: Page, start: { x: number; y: number }): Promise<void> {
  const began = Date.now();
  let step = 0;
  while (Date.now() - began < DURATION_MS) {
    // Two seconds of circling drag, then a few wheel notches in and back out.
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 0; i < 120 && Date.now() - began < DURATION_MS; i++, step++) {
      const angle = (step / 60) * Math.PI;
      await page.mouse.move(start.x + Math.sin(angle) * 160, start.y - 120 + Math.cos(angle) * 120);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    for (const delta of [-120, -120, 120, 120]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(120);
    }
  }
}

function figures(recording: FrameRecording) {
  return {
    frames: recording.gaps.length,
    gapP50: percentile(recording.gaps, 50),
    gapP95: percentile(recording.gaps, 95),
    gapMax: Math.max(...recording.gaps),
    framesOver50ms: recording.longFrames.length,
  };
}

type Run = ReturnType<typeof figures>;

function summary(runs: Run[]) {
  return {
    runs: runs.length,
    frameGapP50Ms: round(median(runs.map((r) => r.gapP50))),
    frameGapP95Ms: round(median(runs.map((r) => r.gapP95))),
    worstFrameGapMs: round(Math.max(...runs.map((r) => r.gapMax))),
    longAnimationFramesPerRun: median(runs.map((r) => r.framesOver50ms)),
    perRun: runs.map((r) => ({ ...r, gapP50: round(r.gapP50), gapP95: round(r.gapP95), gapMax: round(r.gapMax) })),
  };
}

async function fitViewRun(browser: Browser, url: string): Promise<Run> {
  const page = await openBoard(browser, url);
  try {
    await page.waitForTimeout(1000);
    const start = await emptyPanePoint(page);
    return figures(await recordFrames(page, () => panAndZoom(page, start)));
  } finally {
    await page.close();
  }
}

const NODES_MOUNTED = `document.querySelectorAll('.react-flow__node').length`;

interface WorkingRun {
  run: Run;
  view: FlowView;
  pane: PaneBox;
  start: { x: number; y: number };
  nodesAtStart: number;
}

async function workingZoomRun(browser: Browser, url: string, cards: number): Promise<WorkingRun> {
  const page = await openBoard(browser, url);
  try {
    await page.waitForFunction(`(document.querySelectorAll('.card-node').length + [...document.querySelectorAll('.card-sheet')].reduce((sum, sheet) => sum + Number(sheet.dataset.cardsDrawn), 0)) >= ${cards}`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const view = await wheelZoomTo(page, WORKING_ZOOM);
    await page.waitForFunction(`document.querySelectorAll('.card-sheet').length === 0`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const start = await panePointNear(page, 0.5, 0.6);
    const nodesAtStart = (await page.evaluate(NODES_MOUNTED)) as number;
    const run = figures(await recordFrames(page, () => panAndZoom(page, start)));
    return { run, view, pane: await paneBox(page), start, nodesAtStart };
  } finally {
    await page.close();
  }
}

async function bareMapRun(browser: Browser, layout: BareMapLayout, map: WorkingRun): Promise<Run & { nodesAtStart: number }> {
  const page = await openBareMap(browser, { layout, view: map.view, pane: map.pane });
  try {
    await page.waitForTimeout(1000);
    const view = await readView(page);
    if (Math.abs(view.zoom - map.view.zoom) > 1e-6) throw new Error(`the bare page opened at zoom ${view.zoom}, not the map's ${map.view.zoom}`);
    const onPane = await page.evaluate(`document.elementFromPoint(${map.start.x}, ${map.start.y})?.classList.contains('react-flow__pane')`);
    if (!onPane) throw new Error('the bare page has no background where the map was pressed to pan');
    const nodesAtStart = (await page.evaluate(NODES_MOUNTED)) as number;
    return { ...figures(await recordFrames(page, () => panAndZoom(page, map.start))), nodesAtStart };
  } finally {
    await page.close();
  }
}

export async function canvasPan(context: BenchContext, size: BoardSize) {
  const browser = await launchBrowser();
  try {
    const board: BenchBoard = await createBigBoard(context.serverUrl, size);
    const url = pageUrl(context.serverUrl, board);
    const layout = bareMapLayout(size);
    const fit: Run[] = [];
    const working: WorkingRun[] = [];
    const bare: (Run & { nodesAtStart: number })[] = [];
    for (let run = 0; run < context.runs; run++) {
      fit.push(await fitViewRun(browser, url));
      const map = await workingZoomRun(browser, url, size.cards);
      working.push(map);
      bare.push(await bareMapRun(browser, layout, map));
    }
    const { runs, frameGapP50Ms, frameGapP95Ms, worstFrameGapMs, longAnimationFramesPerRun, perRun } = summary(fit);
    const workingMap = summary(working.map((w) => w.run));
    const workingBare = summary(bare);
    return {
      size,
      runs,
      view: 'fit',
      frameGapP50Ms,
      frameGapP95Ms,
      worstFrameGapMs,
      longAnimationFramesPerRun,
      target: { frameGapP95Ms: 20, longAnimationFrames: 0 },
      perRun,
      workingZoom: {
        zoom: round(median(working.map((w) => w.view.zoom))),
        nodesMountedAtStart: { journeyboard: median(working.map((w) => w.nodesAtStart)), bareReactFlow: median(bare.map((b) => b.nodesAtStart)) },
        journeyboard: workingMap,
        bareReactFlow: workingBare,
        ratioGapP95: round(workingMap.frameGapP95Ms / workingBare.frameGapP95Ms),
      },
    };
  } finally {
    await browser.close();
  }
}
