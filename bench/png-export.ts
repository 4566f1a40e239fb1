import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createBigBoard } from './lib/bigBoard.ts';
import { pageUrl } from './lib/boards.ts';
import { launchBrowser, openBoard } from './lib/browser.ts';
import { FIRST_CARD } from './lib/mapCards.ts';
import type { BenchContext } from './lib/context.ts';
import { selfTimeByFunction, startCpuProfile, type Profile } from './lib/cpuProfile.ts';
import { collectPngExportPhases, installPngExportPhases } from './lib/pngExportPhases.ts';
import { median, round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 8 (the PNG part): the whole 1,000-card map exported as a PNG the way a
 * person does it: Export in the board header, Picture (PNG), the whole map, Download. Timed from
 * the click on Download to the browser's download starting. The page is reloaded between runs,
 * so every run starts from a freshly opened board, as an export usually does.
 * Target: ≤ 2 s. Two more exports, one instrumented and one profiled, tell which step of the
 * export the time goes to and what inside it.
 */
const SIZE = { stages: 30, lanes: 8, cards: 1000 };
const DOWNLOAD_TIMEOUT_MS = 180_000;

/** Opens the Export dialog with the whole map as a PNG chosen, ready to download. */
async function prepareExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('radio', { name: /Picture \(PNG\)/ }).check();
  await page.getByLabel('Picture of').selectOption('wholeMap');
  const download = page.getByRole('button', { name: 'Download', exact: true });
  await download.waitFor();
  return download;
}

/** Clicks Download; the time until the download starts, and the file. Optionally profiled from the click. */
async function exportPng(page: Page, profiled = false): Promise<{ ms: number; png: Buffer; profile?: Profile }> {
  const button = await prepareExport(page);
  const box = await button.boundingBox();
  if (!box) throw new Error('the Download button is not on screen');
  const stopProfile = profiled ? await startCpuProfile(page) : null;
  const downloaded = page.waitForEvent('download', { timeout: DOWNLOAD_TIMEOUT_MS });
  const started = performance.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const download = await downloaded;
  const ms = performance.now() - started;
  const profile = await stopProfile?.();
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  return { ms, png: await readFile(await download.path()), profile };
}

/** Width and height from the IHDR chunk, which a PNG file starts with after its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('the download is not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const roundAll = (figures: Record<string, number>) => Object.fromEntries(Object.entries(figures).map(([key, ms]) => [key, round(ms)]));

async function reload(page: Page): Promise<void> {
  // The page took the token out of its address on opening; reloaded, it opens with the link it
  // kept in localStorage, as a person's reload does.
  await page.reload();
  await page.locator(FIRST_CARD).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
}

export async function pngExportBench(context: BenchContext) {
  const browser = await launchBrowser();
  try {
    const board = await createBigBoard(context.serverUrl, SIZE);
    const page = await openBoard(browser, pageUrl(context.serverUrl, board));
    await page.waitForTimeout(1000);
    const runs: number[] = [];
    let png: Buffer | null = null;
    for (let run = 0; run < context.runs; run++) {
      if (run > 0) await reload(page);
      const result = await exportPng(page);
      runs.push(result.ms);
      png = result.png;
    }

    // Two more exports, not counted above: one stamped, one profiled. Each slows the page in
    // its own way (the profiler most: every browser call from JavaScript goes through it), so
    // they are kept apart; the profile is read for shares, the stamps for milliseconds.
    await reload(page);
    await installPngExportPhases(page);
    await exportPng(page);
    const phases = await collectPngExportPhases(page);
    await reload(page);
    const profiled = await exportPng(page, true);
    const cpuSelfMs = await selfTimeByFunction(profiled.profile!, 12);

    return {
      size: SIZE,
      runs: runs.length,
      medianMs: round(median(runs)),
      runsMs: runs.map(round),
      png: png && { ...pngSize(png), bytes: png.byteLength },
      target: { ms: 2000 },
      /*
       * Where the time goes: phasesMs are the pipeline's steps in order, stamped in the page
       * (lib/pngExportPhases.ts), with the sizes that drive them; cpuProfile is the main
       * thread's self time per function from the click to the download (lib/cpuProfile.ts),
       * naming the browser calls and library functions inside the phases.
       */
      whereTheTimeGoes: {
        phasesMs: roundAll(phases.phasesMs),
        totalMs: round(phases.totalMs),
        textRuns: phases.textRuns,
        canvas: phases.canvas,
        cpuProfile: { exportMs: round(profiled.ms), selfMs: roundAll(cpuSelfMs) },
      },
    };
  } finally {
    await browser.close();
  }
}
