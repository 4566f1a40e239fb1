import { chromium, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addCard, addLane, addStage, createEditContext, setBoardTitle } from '../src/doc/index.ts';
import { buildIfStale } from './build-if-stale.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { ServerProcess } from './serverProcess.ts';

/*
 * Takes the README's screenshot: a real server, a board filled over a real sync connection
 * with the first phases of the lighting project (../shared/seeds/000_…), and two people on it.
 * Usage: npm run screenshot [-- out-dir]
 */
const outDir = process.argv[2] ?? 'docs';

const PHASES = [
  { title: 'Initial Contact and Needs Assessment', window: 'Week 0-2', steps: ['Sales Visit', 'Inspiration and Presentation', 'Data Collection'] },
  { title: 'Quotation and Agreement', window: 'Week 2-4', steps: ['Quotation', 'Adjustments and Approval', 'Order Confirmation'] },
  { title: 'Production and Quality Assurance', window: 'Week 4-12', steps: ['Production', 'Quality Control', 'Packing and Shipping'] },
  { title: 'Delivery and Installation', window: 'Week 12-14', steps: ['Delivery', 'Installation (optional)'] },
];
const COLORS = ['blue', 'teal', 'green', 'amber'] as const;

async function fillBoard(server: ServerProcess, boardId: string, token: string): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.url.replace('http', 'ws') + '/sync', boardId, doc, { WebSocketPolyfill: WebSocket as never, params: { token } });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const ctx = createEditContext(doc, 'screenshot');
  setBoardTitle(ctx, 'Lighting project — first sales visit to two years after delivery');
  const lane = addLane(ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  PHASES.forEach((phase, i) => {
    const stage = addStage(ctx, { title: phase.title, window: phase.window, color: COLORS[i] });
    for (const step of phase.steps) addCard(ctx, { stageId: stage, laneId: lane, title: step, color: COLORS[i] });
  });
  addLane(ctx, { kind: 'owner', title: 'Internal owner' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  provider.destroy();
}

async function openAs(page: Page, url: string, name: string, color: string): Promise<void> {
  await page.addInitScript(
    ([n, c]) => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: n, name: n, color: c })),
    [name, color],
  );
  await page.goto(url);
  await page.getByRole('status', { name: 'Connection: Connected' }).waitFor();
}

buildIfStale();
const server = new ServerProcess();
await server.start();
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const { id, tokens } = (await (await fetch(`${server.url}/api/boards`, { method: 'POST' })).json()) as { id: string; tokens: Record<string, string> };
  await fillBoard(server, id, tokens.owner!);
  const peer = await browser.newPage();
  await openAs(peer, `${server.url}/b/${id}#t=${tokens.edit}`, 'Bob Marketing', '#db2777');
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await openAs(page, `${server.url}/b/${id}#t=${tokens.owner}`, 'Ada Facilitator', '#2563eb');
  await page.getByRole('listitem', { name: 'Bob Marketing' }).waitFor();
  await page.screenshot({ path: `${outDir}/screenshot.png` });
  console.log(`Screenshot written to ${outDir}/screenshot.png`);
} finally {
  await browser.close();
  await server.dispose();
}
