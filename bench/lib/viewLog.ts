import type { Page } from '@playwright/test';

/*
 * A log of what a page's map shows, kept inside the page: every change of React Flow's viewport
 * layer, stamped with the time, the flow point at the middle of the canvas and the width of the
 * map the canvas shows. A MutationObserver on the layer's style runs in the microtask checkpoint
 * right after the change is committed, so the stamp is the DOM change, before style, layout and
 * paint; the frame painted after it is stamped as well, by a message posted from the next
 * requestAnimationFrame callback (as lib/updateTiming.ts does).
 *
 * The clock is performance.timeOrigin + performance.now(): the wall clock of the machine at
 * sub-millisecond resolution, not the page's own time since it opened, so the logs of two pages
 * of one browser on one machine can be compared. clockOffset measures how far a page's clock is
 * from this process's, so that the comparison can be checked rather than assumed.
 */
export interface ViewSample {
  /** When the view changed in the DOM. */
  at: number;
  /** The flow point at the middle of the canvas. */
  x: number;
  y: number;
  /** How much of the map's width the canvas shows, in flow units. */
  width: number;
  /** When the frame after the change was painted; null if the page has not painted since. */
  painted: number | null;
}

/** Passed as a string, so no bundler helper leaks into the page. */
const INSTALL = `(() => {
  const layer = document.querySelector('.react-flow__viewport');
  const canvas = document.querySelector('.react-flow');
  const now = () => performance.timeOrigin + performance.now();
  // The canvas's size, kept by a ResizeObserver: read in the observer below, it would lay out
  // the page on the spot, in the middle of the work being timed.
  let size = { width: canvas.clientWidth, height: canvas.clientHeight };
  new ResizeObserver(([entry]) => (size = { width: entry.contentRect.width, height: entry.contentRect.height })).observe(canvas);
  const log = [];
  let shown = null;
  const record = () => {
    const at = now();
    const transform = layer.style.transform;
    if (transform === shown) return;
    shown = transform;
    const m = new DOMMatrixReadOnly(transform);
    const sample = { at, x: (size.width / 2 - m.e) / m.a, y: (size.height / 2 - m.f) / m.a, width: size.width / m.a, painted: null };
    log.push(sample);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (sample.painted = now());
      channel.port2.postMessage(0);
    });
  };
  record();
  new MutationObserver(record).observe(layer, { attributes: true, attributeFilter: ['style'] });
  window.__viewLog = log;
})()`;

const NOW = 'performance.timeOrigin + performance.now()';

/** Starts the page's log; its first sample is the view as it is now. */
export async function startViewLog(page: Page): Promise<void> {
  await page.evaluate(INSTALL);
}

/** The page's log so far. */
export async function readViewLog(page: Page): Promise<ViewSample[]> {
  return (await page.evaluate('window.__viewLog')) as ViewSample[];
}

/** The view the page shows now: its log's latest sample. */
export async function latestView(page: Page): Promise<ViewSample> {
  return (await page.evaluate('window.__viewLog.at(-1)')) as ViewSample;
}

/** The time now on the page's clock. */
export async function pageNow(page: Page): Promise<number> {
  return (await page.evaluate(NOW)) as number;
}

/** How near two middles of the map count as the same: this share of the width the target view shows. */
const SAME_MIDDLE = 0.01;

/** Whether `view` shows the middle of the map `target` shows (within SAME_MIDDLE). */
export function sameMiddle(view: Pick<ViewSample, 'x' | 'y'>, target: Pick<ViewSample, 'x' | 'y' | 'width'>): boolean {
  return Math.hypot(view.x - target.x, view.y - target.y) <= target.width * SAME_MIDDLE;
}

/**
 * Waits until the page shows the middle of the map `target` shows (sameMiddle); false if it
 * does not within `timeoutMs`. Polled from a timer in the page, not on every frame, so waiting
 * adds next to nothing to the frames being timed.
 */
export async function waitForMiddle(page: Page, target: Pick<ViewSample, 'x' | 'y' | 'width'>, timeoutMs: number): Promise<boolean> {
  const check = `(() => {
    const view = window.__viewLog.at(-1);
    return Math.hypot(view.x - ${target.x}, view.y - ${target.y}) <= ${target.width * SAME_MIDDLE};
  })()`;
  return page.waitForFunction(check, undefined, { polling: 50, timeout: timeoutMs }).then(
    () => true,
    () => false,
  );
}

/** Waits until the page's view has not changed for `quietMs`; false if it still moves after `timeoutMs`. */
export async function waitForStill(page: Page, quietMs: number, timeoutMs: number): Promise<boolean> {
  return page.waitForFunction(`${NOW} - window.__viewLog.at(-1).at >= ${quietMs}`, undefined, { polling: 50, timeout: timeoutMs }).then(
    () => true,
    () => false,
  );
}

/**
 * How far the page's clock is ahead of this process's (performance.timeOrigin + now() in
 * Node), from the round trip to the page that took the least time, and how uncertain that is
 * (half that round trip).
 */
export async function clockOffset(page: Page, tries = 20): Promise<{ offsetMs: number; uncertaintyMs: number }> {
  let best = { offsetMs: 0, uncertaintyMs: Number.POSITIVE_INFINITY };
  for (let i = 0; i < tries; i++) {
    const sent = performance.timeOrigin + performance.now();
    const there = await pageNow(page);
    const back = performance.timeOrigin + performance.now();
    if ((back - sent) / 2 < best.uncertaintyMs) best = { offsetMs: there - (sent + back) / 2, uncertaintyMs: (back - sent) / 2 };
  }
  return best;
}
