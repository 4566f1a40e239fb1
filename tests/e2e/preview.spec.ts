import type { APIRequestContext, Page, WebSocketRoute } from '@playwright/test';
import * as Y from 'yjs';
import { addCard, addLane, addStage, docToBoard, setBoardTitle } from '../../src/doc/index.ts';
import { expect, expectConnected, test } from './fixtures.ts';
import { createBoard, type TestBoard } from './links.ts';
import { connectSeedClient, type SeedClient } from './seedClient.ts';

/*
 * A board whose document takes long to load (a long history) is painted first from the
 * server's preview, read-only, and becomes editable when its document has loaded. The tests
 * hold the page's sync socket to keep the document loading for as long as they need.
 */

// The boards here are small; a preview is usually kept for boards that load slowly.
test.use({ serverEnv: { BIG_BOARD_BYTES: '0' } });

async function seedBoard(request: APIRequestContext, serverUrl: string): Promise<{ board: TestBoard; seed: SeedClient }> {
  const board = await createBoard(request);
  const seed = await connectSeedClient(serverUrl, board.id, board.tokens.owner);
  setBoardTitle(seed.ctx, 'Onboarding journey');
  const stageId = addStage(seed.ctx, { title: 'Sign-up' });
  const laneId = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  addCard(seed.ctx, { stageId, laneId, title: 'Welcome call' });
  return { board, seed };
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

/** Opens the board with its owner link: the header's title is editable only with that one. */
async function openAsAda(page: Page, board: TestBoard): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await page.goto(board.path);
}

test('a board is shown from its preview while its document loads, and nothing done meanwhile reaches it', async ({ page, server, request }) => {
  const { board, seed } = await seedBoard(request, server.url);
  const sync = await holdSync(page);
  await openAsAda(page, board);

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
  const shared = docToBoard(seed.doc);
  expect(shared.cards.map((card) => card.title)).toEqual(['Welcome call']);
  expect(shared.meta.title).toBe('Onboarding journey, renamed');
  seed.destroy();
});

test('a preview that cannot be drawn is left out, and the live board still opens', async ({ page, server, request }) => {
  const { board, seed } = await seedBoard(request, server.url);
  // A preview from another version of the app: its card lacks a list the map reads.
  await page.route(`**/api/boards/${board.id}/preview`, async (route) => {
    const file = (await (await route.fetch()).json()) as { board: { cards: Record<string, unknown>[] } };
    file.board.cards = file.board.cards.map((card) => ({ ...card, tags: null }));
    await route.fulfill({ json: file });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sync = await holdSync(page);
  await openAsAda(page, board);

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
 * socket, as parameters), how many sockets the page opened, and the largest frame it sent.
 */
function watchSync(page: Page) {
  const seen = { sockets: 0, largestSent: 0 };
  const first = new Promise<{ query: Record<string, string>; kind: 'update' | 'step 1' | 'other' }>((resolve) => {
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/sync/')) return;
      seen.sockets++;
      const query = Object.fromEntries(new URL(socket.url()).searchParams);
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
async function boardHasCard(serverUrl: string, { id, tokens }: TestBoard, title: string): Promise<boolean> {
  const check = await connectSeedClient(serverUrl, id, tokens.view);
  const found = docToBoard(check.doc).cards.some((card) => card.title === title);
  check.destroy();
  return found;
}

test('a browser that keeps a copy of a big board loads it first, then exchanges only what is new', async ({ page, server, request }) => {
  const { board, seed } = await seedBoard(request, server.url);
  const { id, tokens } = board;
  const { stages, lanes } = docToBoard(seed.doc);
  // Long notes make a copy worth sparing, yet keep the map near enough to read its cards.
  addCard(seed.ctx, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Kick-off', body: 'Agenda, goals and who does what. '.repeat(120) });
  // The seed leaves once the server has the card: left connected, it would reconnect after the
  // restart and could load the board before the page does, which would then not be first.
  await expect.poll(() => boardHasCard(server.url, board, 'Kick-off')).toBe(true);
  seed.destroy();
  const port = Number(new URL(server.url).port);
  // Restarted, the server holds no board in memory: the next open is a cold one.
  await server.stop();
  await server.start(port);

  const firstVisit = watchSync(page);
  await openAsAda(page, board);
  // The socket carries the link's token and the browser's facilitator key, and no word of a
  // copy: this browser has none yet.
  const facilitatorKey = expect.stringMatching(/^[A-Za-z0-9_-]{43}$/);
  expect(await firstVisit.first).toEqual({ query: { token: tokens.owner, key: facilitatorKey }, kind: 'update' });
  await expectConnected(page);
  await expect(page.getByRole('article', { name: 'Card: Welcome call' })).toBeVisible();
  await expect.poll(() => page.evaluate((name) => localStorage.getItem(`journeyboard.copy:${name}`), `journeyboard:${id}`)).toBe('1');
  await page.close();

  // Meanwhile someone else adds a card; then the board goes cold again.
  const other = await connectSeedClient(server.url, id, tokens.edit);
  addCard(other.ctx, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Added meanwhile' });
  await expect.poll(() => boardHasCard(server.url, board, 'Added meanwhile')).toBe(true);
  const wholeBoard = Y.encodeStateAsUpdate(other.doc).byteLength;
  other.destroy();
  await server.stop();
  await server.start(port);

  const again = await page.context().newPage();
  const secondVisit = watchSync(again);
  await again.goto(`/b/${id}`); // the link this browser kept opens it
  expect(await secondVisit.first).toEqual({ query: { token: tokens.owner, key: facilitatorKey, copy: '1' }, kind: 'step 1' });
  await expectConnected(again);
  await expect(again.getByRole('article', { name: 'Card: Added meanwhile' })).toBeVisible();
  await expect(again.getByRole('article', { name: 'Card: Welcome call' })).toHaveCount(1);
  // One socket, and no frame carrying the copy back to the server.
  expect(secondVisit.seen.sockets).toBe(1);
  expect(wholeBoard).toBeGreaterThan(2000);
  expect(secondVisit.seen.largestSent).toBeLessThan(wholeBoard / 4);
});
