import type { Page } from '@playwright/test';
import { createBigBoard, type BoardSize } from './lib/bigBoard.ts';
import { pageUrl } from './lib/boards.ts';
import { launchBrowser, openBoard, recordFrames } from './lib/browser.ts';
import { emptyPanePoint } from './lib/pane.ts';
import { median, percentile, round } from './lib/stats.ts';
import type { BenchContext } from './lib/context.ts';

/*
 * Pan and zoom a big map for ten seconds with real mouse and wheel events, starting at the
 * fit view where every card is on screen (the hardest case: nothing can be culled).
 * Target (issue 7): frame gap p95 ≤ 20 ms and no animation frame over 50 ms.
 */
const DURATION_MS = 10_000;

async function panAndZoom(page: Page): Promise<void> {
  const start = await emptyPanePoint(page);
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

export async function canvasPan(context: BenchContext, size: BoardSize) {
  const browser = await launchBrowser();
  try {
    const board = await createBigBoard(context.serverUrl, size);
    const runs = [];
    for (let run = 0; run < context.runs; run++) {
      const page = await openBoard(browser, pageUrl(context.serverUrl, board));
      await page.waitForTimeout(1000);
      const recording = await recordFrames(page, () => panAndZoom(page));
      runs.push({
        frames: recording.gaps.length,
        gapP50: percentile(recording.gaps, 50),
        gapP95: percentile(recording.gaps, 95),
        gapMax: Math.max(...recording.gaps),
        framesOver50ms: recording.longFrames.length,
      });
      await page.close();
    }
    return {
      size,
      runs: runs.length,
      frameGapP50Ms: round(median(runs.map((r) => r.gapP50))),
      frameGapP95Ms: round(median(runs.map((r) => r.gapP95))),
      worstFrameGapMs: round(Math.max(...runs.map((r) => r.gapMax))),
      longAnimationFramesPerRun: median(runs.map((r) => r.framesOver50ms)),
      target: { frameGapP95Ms: 20, longAnimationFrames: 0 },
      perRun: runs.map((r) => ({ ...r, gapP50: round(r.gapP50), gapP95: round(r.gapP95), gapMax: round(r.gapMax) })),
    };
  } finally {
    await browser.close();
  }
}
