import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { importBoard, pageUrl } from './lib/boards.ts';
import { launchBrowser } from './lib/browser.ts';
import type { BenchContext } from './lib/context.ts';
import { median, round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 9: what a first visit costs. Targets: initial JavaScript ≤ 300 KB gzip
 * (jsPDF and html-to-image load only when exporting); a board usable ≤ 1 s after navigation
 * on localhost, usable meaning connected with its cards on screen.
 */
function initialJavaScript(): { files: string[]; gzipKB: number } {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(`dist${file}`)).length, 0);
  return { files, gzipKB: round(bytes / 1024) };
}

export async function loadBench(context: BenchContext) {
  const board = await importBoard(context.serverUrl, readFileSync('src/templates/lighting-project.json', 'utf8'));
  const browser = await launchBrowser();
  const runs: number[] = [];
  try {
    for (let i = 0; i < Math.max(context.runs, 5); i++) {
      // A fresh context each time: nothing cached, as on a first visit.
      const page = await browser.newPage();
      await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'bench', name: 'Bench', color: '#2563eb' })));
      const started = Date.now();
      await page.goto(pageUrl(context.serverUrl, board));
      await page.getByRole('status', { name: 'Connection: Connected' }).waitFor();
      await page.getByRole('article', { name: 'Card: Evaluation and Feedback' }).waitFor();
      runs.push(Date.now() - started);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
  return {
    initialJavaScript: { ...initialJavaScript(), targetKB: 300 },
    usableAfterNavigation: { board: 'lighting project template (17 cards)', medianMs: median(runs), runsMs: runs, targetMs: 1000 },
  };
}
