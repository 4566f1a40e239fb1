import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createEditContext, docToBoard, setCardText, updateCard } from '../src/doc/index.ts';
import { ServerProcess } from '../scripts/serverProcess.ts';
import { fillBigBoard } from './lib/bigBoard.ts';
import { bearer, createBoard, pageUrl, syncProvider, type BenchBoard } from './lib/boards.ts';
import { launchBrowser, openBoard } from './lib/browser.ts';
import type { BenchContext } from './lib/context.ts';
import { BENCH_SERVER_ENV } from './lib/serverLimits.ts';
import { median, round } from './lib/stats.ts';

/*
 * Issue 7, benchmark 6: cold open. A board of 10,000 cards with 200,000 edits of history
 * (cards added, then retitled and reassigned in batches of 100, as a long workshop would), stored
 * by a real server that is then restarted, so nothing is in memory. Measured: a client's
 * connect-to-synced time against the cold server (load + sync: the server sends a big board's
 * stored log before loading it, so this is the client applying it while the server loads); the
 * cold server's answer with the stored preview; and a browser's navigation to the first card
 * painted (the preview, when the server has a current one) and to the live, editable board.
 * Target: ≤ 500 ms. Also the stored bytes per card.
 */
const CARDS = 10_000;
const EDITS = 200_000;
const BATCH = 100;

const synced = (provider: WebsocketProvider) => new Promise<void>((resolve) => provider.once('sync', () => resolve()));

async function buildHistory(serverUrl: string): Promise<BenchBoard> {
  const board = await createBoard(serverUrl);
  const doc = new Y.Doc();
  const provider = syncProvider(serverUrl, board, doc);
  await synced(provider);
  fillBigBoard(doc, { stages: 30, lanes: 8, cards: CARDS });
  const ctx = createEditContext(doc, 'bench');
  const { cards } = docToBoard(doc);
  let edits = CARDS;
  while (edits < EDITS) {
    doc.transact(() => {
      for (let i = 0; i < BATCH && edits < EDITS; i++, edits++) {
        const card = cards[(edits * 7919) % CARDS]!;
        if (edits % 2) setCardText(ctx, card.id, 'title', `Touchpoint ${edits}`);
        else updateCard(ctx, card.id, { owner: `Owner ${edits % 17}` });
      }
    });
    // Let the socket drain now and then, so the server is not handed everything at once.
    if (edits % 20_000 === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // A second client sees the last edit once the server has stored everything before it.
  doc.getMap('meta').set('persona', 'benchmark done');
  for (let attempt = 0; attempt < 600; attempt++) {
    const check = new Y.Doc();
    const reader = syncProvider(serverUrl, board, check);
    await synced(reader);
    const done = check.getMap('meta').get('persona') === 'benchmark done';
    reader.destroy();
    check.destroy();
    if (done) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  provider.destroy();
  doc.destroy();
  return board;
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

export async function coldOpenBench(context: BenchContext) {
  const server = new ServerProcess({ env: BENCH_SERVER_ENV });
  await server.start();
  const browser = await launchBrowser();
  try {
    const built = performance.now();
    const board = await buildHistory(server.url);
    const buildMs = performance.now() - built;
    const syncRuns: number[] = [];
    const previewRuns: number[] = [];
    const paintRuns: number[] = [];
    const liveRuns: number[] = [];
    for (let run = 0; run < context.runs; run++) {
      await server.restart();
      const doc = new Y.Doc();
      const started = performance.now();
      const provider = syncProvider(server.url, board, doc);
      await synced(provider);
      syncRuns.push(performance.now() - started);
      provider.destroy();
      doc.destroy();
      await server.restart();
      const asked = performance.now();
      const preview = await fetch(`${server.url}/api/boards/${board.id}/preview`, { headers: bearer(board) });
      await preview.arrayBuffer();
      if (!preview.ok) throw new Error(`the cold server has no preview (${preview.status})`);
      previewRuns.push(performance.now() - asked);
      await server.restart();
      const navigated = Date.now();
      const page = await openBoard(browser, pageUrl(server.url, board));
      paintRuns.push(Date.now() - navigated);
      await page.locator('.board[data-shown="live"]').waitFor({ timeout: 60_000 });
      liveRuns.push(Date.now() - navigated);
      await page.context().close();
    }
    return {
      cards: CARDS,
      editsOfHistory: EDITS,
      buildSeconds: round(buildMs / 1000),
      coldServerLoadAndSyncMs: { median: round(median(syncRuns)), runs: syncRuns.map(round) },
      coldPreviewAnswerMs: { median: round(median(previewRuns)), runs: previewRuns.map(round) },
      coldNavigationToFirstCardMs: { median: median(paintRuns), runs: paintRuns },
      coldNavigationToEditableMs: { median: median(liveRuns), runs: liveRuns },
      storedBytesPerCard: round(directorySize(server.dataDir) / CARDS),
      targetMs: 500,
    };
  } finally {
    await browser.close();
    await server.dispose();
  }
}
