import type { APIRequestContext, Page, WebSocketRoute } from '@playwright/test';
import * as Y from 'yjs';
import { addCard, addLane, addStage, docToBoard, setBoardTitle } from '../../src/doc/index.ts';
import { expect, expectConnected, test } from './fixtures.ts';
import { connectSeedClient, type SeedClient } from './seedClient.ts';

/*
 * A board whose document takes long to load (a long history) is painted first from the
 * server's preview, read-only, and becomes editable when its document has loaded. The tests
 * hold the page's sync socket to keep the document loading for as long as they need.
 */

// The boards here are small; a preview is usually kept for boards that load slowly.
test.use({ serverEnv: { BIG_BOARD_BYTES: '0' } });

async function seedBoard(request: APIRequestContext, serverUrl: string): Promise<{ id: string; seed: SeedClient }> {
  const { id } = (await (await request.post('/api/boards')).json()) as { id: string };
  const seed = await connectSeedClient(serverUrl, id);
  setBoardTitle(seed.ctx, 'Onboarding journey');
  const stageId = addStage(seed.ctx, { title: 'Sign-up' });
  const laneId = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  addCard(seed.ctx, { stageId, laneId, title: 'Welcome call' });
  return { id, seed };
}

/** Holds the page's sync socket; `release` lets it through to the server, with what the page already sent. */
async function holdSync(page: Page): Promise<{ release(): Promise<void> }> {
  let held: WebSocketRoute | null = null;
  const fromPage: (string | Buffer)[] = [];
  await page.routeWebSocket(/\/sync\//, (socket) => {
    held = socket;
    socket.onMessage((message) => fromPage.push(message));
  });
  return {
    async release() {
      await expect.poll(() => held !== null).toBe(true);
      const socket = held!;
      const toServer = socket.connectToServer();
      toServer.onMessage((message) => socket.send(message));
      socket.onMessage((message) => toServer.send(message));
      for (const message of fromPage) toServer.send(message);
    },
  };
}

async function openAsAda(page: Page, boardId: string): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await page.goto(`/b/${boardId}`);
}

test('a board is shown from its preview while its document loads, and nothing done meanwhile reaches it', async ({ page, server, request }) => {
  const { id, seed } = await seedBoard(request, server.url);
  const sync = await holdSync(page);
  await openAsAda(page, id);

  const loading = page.getByRole('status').filter({ hasText: 'Loading the live board' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('article', { name: 'Card: Welcome call' })).toBeVisible();
  const title = page.getByRole('textbox', { name: 'Board title' });
  await expect(title).toHaveValue('Onboarding journey');
  await expect(title).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Export' })).toBeDisabled();

  // Each of these would write the preview's cards into the still empty document, to surface
  // once it syncs: select all and duplicate, and a paste.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+D');
  await page.evaluate(() => {
    const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true });
    paste.clipboardData!.setData('text/plain', 'Pasted while loading');
    document.dispatchEvent(paste);
  });
  // A focused title must not carry the preview's title into the live board either.
  await title.focus();

  await sync.release();
  await expectConnected(page);
  await expect(loading).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled();
  await expect(title).toBeEditable();
  await expect(page.getByRole('article', { name: 'Card: Welcome call' })).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Card: Pasted while loading' })).toHaveCount(0);

  // Renamed by someone else meanwhile; then the page's own edit is the next thing to arrive.
  setBoardTitle(seed.ctx, 'Onboarding journey, renamed');
  await expect(title).toHaveValue('Onboarding journey, renamed');
  await title.blur();
  await page.getByRole('button', { name: /^Stage: drag onto the map/ }).click();
  await expect.poll(() => docToBoard(seed.doc).stages.length).toBe(2);
  const board = docToBoard(seed.doc);
  expect(board.cards.map((card) => card.title)).toEqual(['Welcome call']);
  expect(board.meta.title).toBe('Onboarding journey, renamed');
  seed.destroy();
});

test('a preview that cannot be drawn is left out, and the live board still opens', async ({ page, server, request }) => {
  const { id, seed } = await seedBoard(request, server.url);
  // A preview from another version of the app: its card lacks a list the map reads.
  await page.route(`**/api/boards/${id}/preview`, async (route) => {
    const file = (await (await route.fetch()).json()) as { board: { cards: Record<string, unknown>[] } };
    file.board.cards = file.board.cards.map((card) => ({ ...card, tags: null }));
    await route.fulfill({ json: file });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sync = await holdSync(page);
  await openAsAda(page, id);

  await expect(page.getByRole('status').filter({ hasText: 'Loading the live board' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Card: Welcome call' })).toHaveCount(0);
  await sync.release();
  await expectConnected(page);
  await expect(page.getByRole('article', { name: 'Card: Welcome call' })).toBeVisible();
  expect(errors).toEqual([]);
  seed.destroy();
});

/**
 * Watches a page's sync sockets: the first sync frame the server sends (and the query of its
 * socket), how many sockets the page opened, and the largest frame it sent.
 */
function watchSync(page: Page) {
  const seen = { sockets: 0, largestSent: 0 };
  const first = new Promise<{ query: string; kind: 'update' | 'step 1' | 'other' }>((resolve) => {
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/sync/')) return;
      seen.sockets++;
      const query = new URL(socket.url()).search;
      socket.on('framesent', ({ payload }) => (seen.largestSent = Math.max(seen.largestSent, payload.length)));
      socket.on('framereceived', ({ payload }) => {
        if (typeof payload === 'string' || payload[0] !== 0) return; // presence, or not binary
        resolve({ query, kind: payload[1] === 2 ? 'update' : payload[1] === 0 ? 'step 1' : 'other' });
      });
    });
  });
  return { first, seen };
}

/** Whether a client connecting now is sent a card of that title. */
async function boardHasCard(serverUrl: string, boardId: string, title: string): Promise<boolean> {
  const check = await connectSeedClient(serverUrl, boardId);
  const found = docToBoard(check.doc).cards.some((card) => card.title === title);
  check.destroy();
  return found;
}

test('a browser that keeps a copy of a big board loads it first, then exchanges only what is new', async ({ page, server, request }) => {
  const { id, seed } = await seedBoard(request, server.url);
  const { stages, lanes } = docToBoard(seed.doc);
  // Long notes make a copy worth sparing, yet keep the map near enough to read its cards.
  addCard(seed.ctx, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Kick-off', body: 'Agenda, goals and who does what. '.repeat(120) });
  // The seed leaves once the server has the card: left connected, it would reconnect after the
  // restart and could load the board before the page does, which would then not be first.
  await expect.poll(() => boardHasCard(server.url, id, 'Kick-off')).toBe(true);
  seed.destroy();
  const port = Number(new URL(server.url).port);
  // Restarted, the server holds no board in memory: the next open is a cold one.
  await server.stop();
  await server.start(port);

  const firstVisit = watchSync(page);
  await openAsAda(page, id);
  expect(await firstVisit.first).toEqual({ query: '', kind: 'update' });
  await expectConnected(page);
  await expect(page.getByRole('article', { name: 'Card: Welcome call' })).toBeVisible();
  await expect.poll(() => page.evaluate((name) => localStorage.getItem(`journeyboard.copy:${name}`), `journeyboard:${id}`)).toBe('1');
  await page.close();

  // Meanwhile someone else adds a card; then the board goes cold again.
  const other = await connectSeedClient(server.url, id);
  addCard(other.ctx, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Added meanwhile' });
  await expect.poll(() => boardHasCard(server.url, id, 'Added meanwhile')).toBe(true);
  const wholeBoard = Y.encodeStateAsUpdate(other.doc).byteLength;
  other.destroy();
  await server.stop();
  await server.start(port);

  const again = await page.context().newPage();
  const secondVisit = watchSync(again);
  await again.goto(`/b/${id}`);
  expect(await secondVisit.first).toEqual({ query: '?copy=1', kind: 'step 1' });
  await expectConnected(again);
  await expect(again.getByRole('article', { name: 'Card: Added meanwhile' })).toBeVisible();
  await expect(again.getByRole('article', { name: 'Card: Welcome call' })).toHaveCount(1);
  // One socket, and no frame carrying the copy back to the server.
  expect(secondVisit.seen.sockets).toBe(1);
  expect(wholeBoard).toBeGreaterThan(2000);
  expect(secondVisit.seen.largestSent).toBeLessThan(wholeBoard / 4);
});
