import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import * as Y from 'yjs';
import { docToBoard } from '../src/doc/index.ts';
import { loadNodeFonts } from '../src/pdf/nodeFonts.ts';
import { renderBoardPdf } from '../src/pdf/render.ts';
import { createBigBoard, fillBigBoard } from './lib/bigBoard.ts';
import { pageUrl } from './lib/boards.ts';
import { launchBrowser } from './lib/browser.ts';
import type { BenchContext } from './lib/context.ts';
import { selfTimeByFunction, startCpuProfile, type Profile } from './lib/cpuProfile.ts';
import { FIRST_CARD } from './lib/mapCards.ts';
import { median, round } from './lib/stats.ts';

/*
 * Issue 23: the PDF report exported in the browser, as a person does it, with its font fetch.
 * Export in the board header, Report (PDF), Download; timed from the click on Download to the
 * browser's download starting. Each run opens the 1,000-card map in a new browser context, whose
 * HTTP cache is empty, so the first export fetches the report's font (Noto Sans SC, regular and
 * bold, about 10 MB each) and jsPDF's code: that is the cold figure. A second export in the same
 * page, the font already loaded, is the warm one. The font's own fetch is read from the page's
 * resource timing. The server is on this machine, so a real network adds its transfer time on
 * top. For scale, the same report drawn in Node (benchmark 8's way, fonts read from disk) runs
 * in the same run.
 */
const SIZE = { stages: 30, lanes: 8, cards: 1000 };
const DOWNLOAD_TIMEOUT_MS = 180_000;

/*
 * Where the time goes, from the export's own progress: the click's timestamp, and when the
 * progress first names a part of the report, past "Preparing" and "Loading fonts" (the font
 * fetched, read and encoded for jsPDF, and jsPDF's code loaded), on the page's clock. Null if
 * the dialog closed before it showed one.
 */
const WATCH_PROGRESS = `(() => {
  const watch = { click: null, fontsReady: null };
  window.__pdfProgress = watch;
  addEventListener('click', (event) => { watch.click ??= event.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const label = document.querySelector('.export-progress span')?.textContent ?? '';
    if (label && !label.startsWith('Preparing') && !label.startsWith('Loading fonts')) {
      watch.fontsReady = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  watch.stop = () => observer.disconnect();
})()`;

const FONTS_READY = `(() => { const w = window.__pdfProgress; w.stop(); return w.click !== null && w.fontsReady !== null ? w.fontsReady - w.click : null; })()`;

async function exportPdf(page: Page, profiled = false): Promise<{ ms: number; bytes: number; fontsReadyMs: number | null; profile?: Profile }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Report \(PDF\)/ }).check();
  const button = dialog.getByRole('button', { name: 'Download', exact: true });
  // The button waits for the board's view link, which the report prints.
  await page.waitForFunction(`!document.querySelector('[role=dialog] .button--primary')?.disabled`, undefined, { timeout: 30_000 });
  const box = await button.boundingBox();
  if (!box) throw new Error('the Download button is not on screen');
  await page.evaluate(WATCH_PROGRESS);
  const stopProfile = profiled ? await startCpuProfile(page) : null;
  const downloaded = page.waitForEvent('download', { timeout: DOWNLOAD_TIMEOUT_MS });
  const started = performance.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const download = await downloaded;
  const ms = performance.now() - started;
  const profile = await stopProfile?.();
  const fontsReadyMs = (await page.evaluate(FONTS_READY)) as number | null;
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  const pdf = await readFile(await download.path());
  if (pdf.toString('latin1', 0, 5) !== '%PDF-') throw new Error('the download is not a PDF');
  await dialog.waitFor({ state: 'hidden' });
  return { ms, bytes: pdf.byteLength, fontsReadyMs, profile };
}

/** The report font's fetches the page made, from its resource timing. */
async function fontFetches(page: Page): Promise<{ ms: number; megabytes: number; files: number }> {
  const entries = (await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.ttf')).map((e) => ({ start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize }))`)) as { start: number; end: number; bytes: number }[];
  if (entries.length === 0) throw new Error('the export fetched no font');
  return {
    // The two files come in parallel: from the first request to the last byte.
    ms: Math.max(...entries.map((e) => e.end)) - Math.min(...entries.map((e) => e.start)),
    megabytes: entries.reduce((sum, e) => sum + e.bytes, 0) / 2 ** 20,
    files: entries.length,
  };
}

/** The board in a context of its own: an empty HTTP cache, as on a browser that never exported before. */
async function openFresh(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  await context.addInitScript(() => {
    localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'bench', name: 'Bench', color: '#2563eb' }));
    // Room for every resource the page loads, so the font's entries are not dropped.
    performance.setResourceTimingBufferSize(10_000);
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(FIRST_CARD).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  return page;
}

async function coldAndWarm(browser: Browser, url: string) {
  const page = await openFresh(browser, url);
  try {
    const cold = await exportPdf(page);
    const font = await fontFetches(page);
    await page.waitForTimeout(1000);
    const warm = await exportPdf(page);
    return { coldMs: cold.ms, warmMs: warm.ms, coldFontsReadyMs: cold.fontsReadyMs, warmFontsReadyMs: warm.fontsReadyMs, font, bytes: cold.bytes };
  } finally {
    await page.context().close();
  }
}

/** One more cold export, profiled (the profiler slows the page, so it is not counted above): where its main-thread time goes. */
async function profiledCold(browser: Browser, url: string) {
  const page = await openFresh(browser, url);
  try {
    const cold = await exportPdf(page, true);
    return { exportMs: round(cold.ms), selfMs: Object.fromEntries(Object.entries(await selfTimeByFunction(cold.profile!, 12)).map(([name, ms]) => [name, round(ms)])) };
  } finally {
    await page.context().close();
  }
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : round(median(known));
}

export async function pdfExportBench(context: BenchContext) {
  const board = await createBigBoard(context.serverUrl, SIZE);
  const browser = await launchBrowser();
  const runs = [];
  let profiled;
  try {
    for (let run = 0; run < context.runs; run++) runs.push(await coldAndWarm(browser, pageUrl(context.serverUrl, board)));
    profiled = await profiledCold(browser, pageUrl(context.serverUrl, board));
  } finally {
    await browser.close();
  }
  const doc = new Y.Doc();
  fillBigBoard(doc, SIZE);
  const map = docToBoard(doc);
  const fonts = loadNodeFonts();
  const nodeRuns: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    const started = performance.now();
    await renderBoardPdf(map, fonts, { pageSize: 'a4', orientation: 'landscape' });
    nodeRuns.push(performance.now() - started);
  }
  return {
    size: SIZE,
    runs: runs.length,
    coldMs: round(median(runs.map((r) => r.coldMs))),
    warmMs: round(median(runs.map((r) => r.warmMs))),
    // Click to the first part of the report drawn: the font fetched, read and encoded, and jsPDF loaded.
    fontsReadyMs: { cold: medianOrNull(runs.map((r) => r.coldFontsReadyMs)), warm: medianOrNull(runs.map((r) => r.warmFontsReadyMs)) },
    fontFetch: { ms: round(median(runs.map((r) => r.font.ms))), megabytes: round(runs[0]!.font.megabytes), files: runs[0]!.font.files },
    kilobytes: Math.round(runs[0]!.bytes / 1024),
    nodeSameReportMs: round(median(nodeRuns)),
    target: { ms: 2000 },
    // The main thread's self time per function in a profiled cold export (lib/cpuProfile.ts).
    coldCpuProfile: profiled,
    perRun: runs.map((r) => ({ coldMs: round(r.coldMs), warmMs: round(r.warmMs), coldFontsReadyMs: r.coldFontsReadyMs === null ? null : round(r.coldFontsReadyMs), fontFetchMs: round(r.font.ms) })),
  };
}
