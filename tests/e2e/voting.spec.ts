import type { Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addCard, addLane, addStage, docToBoard, recordsMap } from '../../src/doc/index.ts';
import { fillRecord } from '../../src/doc/records.ts';
import { VOTE, countRound, roundOnScreen, voterIdOf } from '../../src/model/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { openPhone } from './phonePage.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * A dot voting round with a budget of 3 on one lane, on laptops and then on a phone. Fran facilitates (edit link, 1920×1080);
 * Pat (edit link) and Cam (comment link) place dots through the page; Vic's view link watches.
 * Mallory's client goes round the page and writes five dots straight into the board: every
 * screen counts her first three (model/dotCount.ts), and no one sees anyone else's dots until
 * Fran reveals them. Then the cards and the ranking agree on every screen, and with the count
 * read from the document in Node.
 */

async function openAs(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await joinAs(page, name);
  await expectConnected(page);
}

const card = (page: Page, title: string) => page.getByRole('article', { name: `Card: ${title}` });
const dotsOn = (page: Page, title: string) => card(page, title).getByTestId('card-dots');
const addDot = (page: Page, title: string) => page.getByRole('button', { name: `Add a dot to ${title}` });
const removeDot = (page: Page, title: string) => page.getByRole('button', { name: `Remove a dot from ${title}` });
const dotsLeft = (page: Page) => page.getByTestId('dots-left');

/** Starts a workshop from the header's panel, then opens the dialog that starts a round of dot voting. */
async function openStartVoting(page: Page) {
  await page.getByTestId('workshop').click();
  await page.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Start workshop' }).click();
  await page.getByTestId('workshop').click();
  await page.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Start dot voting' }).click();
  return page.getByRole('dialog', { name: 'Start dot voting' });
}

/** A client in Node with a browser key of its own, as a page would connect with it. */
async function connectWithKey(serverUrl: string, boardId: string, token: string, key: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, boardId, doc, { params: { token, key }, WebSocketPolyfill: WebSocket as never });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider };
}

/** Two stages; three pain points to vote on, and an idea in a lane the round leaves out. */
async function seedBoard(request: Parameters<typeof createBoard>[0], serverUrl: string) {
  const board = await createBoard(request, { title: 'Fix first' });
  const seed = await connectSeedClient(serverUrl, board.id, board.tokens.owner);
  const [first, second] = [addStage(seed.ctx, { title: 'Quotation' }), addStage(seed.ctx, { title: 'Installation' })];
  const pains = addLane(seed.ctx, { kind: 'painPoints', title: 'Pain points' });
  const ideas = addLane(seed.ctx, { kind: 'opportunities', title: 'Ideas' });
  const ids = {
    slow: addCard(seed.ctx, { stageId: first, laneId: pains, title: 'Slow quote' }),
    unclear: addCard(seed.ctx, { stageId: first, laneId: pains, title: 'Unclear prices' }),
    late: addCard(seed.ctx, { stageId: second, laneId: pains, title: 'Late electrician' }),
  };
  addCard(seed.ctx, { stageId: first, laneId: ideas, title: 'Online configurator' });
  return { board, seed, ids };
}

test('a round of dot voting: dots hidden until revealed, a client over its budget counted to it, the same result on every screen', async ({ openLaptop, server, request }) => {
  const { board, seed, ids } = await seedBoard(request, server.url);

  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const pat = await openLaptop({ viewport: { width: 1280, height: 720 } });
  const cam = await openLaptop({ viewport: { width: 1280, height: 720 } });
  const vic = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await openAs(fran, linkPath(board.id, board.tokens.edit), 'Fran');
  await openAs(pat, linkPath(board.id, board.tokens.edit), 'Pat');
  await openAs(cam, linkPath(board.id, board.tokens.comment), 'Cam');
  await openAs(vic, linkPath(board.id, board.tokens.view), 'Vic');
  const everyone = [fran, pat, cam, vic];

  // Fran starts the workshop, then a round on the pain points with the dialog's 3 dots each.
  const dialog = await openStartVoting(fran);
  await dialog.getByLabel('Question (optional)').fill('What do we fix first?');
  await expect(dialog.getByRole('button', { name: 'Start voting' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Pain points/ }).check();
  await expect(dialog.getByRole('radio', { name: '3' })).toBeChecked();
  await expect(dialog.getByRole('status')).toHaveText('3 cards to vote on.');
  await dialog.getByRole('button', { name: 'Start voting' }).click();
  await expect(dialog).toBeHidden();
  for (const page of everyone) await expect(page.getByTestId('voting-strip')).toContainText('What do we fix first?');

  // Pat places his three, finds no more to place, takes one back and places it elsewhere.
  await expect(dotsLeft(pat)).toHaveText('3 of 3 dots left');
  await addDot(pat, 'Slow quote').click();
  await addDot(pat, 'Slow quote').click();
  await addDot(pat, 'Unclear prices').click();
  await expect(dotsLeft(pat)).toHaveText('0 of 3 dots left');
  await expect(dotsOn(pat, 'Slow quote')).toHaveAttribute('data-mine', '2');
  await expect(addDot(pat, 'Late electrician')).toBeDisabled();
  await removeDot(pat, 'Slow quote').first().click();
  await expect(dotsLeft(pat)).toHaveText('1 of 3 dots left');
  await addDot(pat, 'Late electrician').click();
  await expect(dotsLeft(pat)).toHaveText('0 of 3 dots left');
  // A card outside the round takes no dots.
  await expect(card(pat, 'Online configurator').getByTestId('card-dots')).toHaveCount(0);
  await expect(addDot(pat, 'Online configurator')).toHaveCount(0);

  // Cam's comment link places dots too; Vic's view link cannot.
  await addDot(cam, 'Slow quote').click();
  await addDot(cam, 'Slow quote').click();
  await expect(dotsLeft(cam)).toHaveText('1 of 3 dots left');
  await expect(vic.getByTestId('voting-strip')).toContainText('Your link can only read this board.');
  await expect(vic.getByRole('button', { name: /^Add a dot/ })).toHaveCount(0);
  await expect(dotsLeft(vic)).toHaveCount(0);

  // Mallory's client writes five dots with her own voter id, past what the page would place:
  // by their ids her first three count (late, unclear, unclear), her last two (on the slow quote) not.
  const malloryKey = 'M'.repeat(43);
  const mallory = await connectWithKey(server.url, board.id, board.tokens.edit, malloryKey);
  try {
    await expect.poll(() => docToBoard(mallory.doc).session.roundId).not.toBeNull();
    const roundId = docToBoard(mallory.doc).session.roundId!;
    mallory.doc.transact(() => {
      [ids.late, ids.unclear, ids.unclear, ids.slow, ids.slow].forEach((targetId, i) => {
        const dot = new Y.Map<unknown>();
        fillRecord(dot, VOTE, { targetId, voter: voterIdOf(malloryKey), roundId });
        recordsMap(mallory.doc, 'votes').set(`mallory-${i + 1}`, dot);
      });
    });
    await expect.poll(() => docToBoard(seed.doc).votes.filter((vote) => vote.voter === voterIdOf(malloryKey)).length).toBe(5);
  } finally {
    mallory.provider.destroy();
  }

  // Hidden until revealed: each person sees their own dots only, Fran how many people voted.
  await expect(fran.getByTestId('voted-count')).toHaveText('3 people voted');
  await expect(dotsOn(pat, 'Unclear prices')).toHaveAttribute('data-mine', '1');
  await expect(dotsOn(cam, 'Unclear prices')).toHaveAttribute('data-mine', '0');
  await expect(dotsOn(cam, 'Slow quote')).toHaveAttribute('data-mine', '2');
  for (const page of everyone) {
    await expect(page.locator('[data-dots]')).toHaveCount(0);
    await expect(page.getByTestId('voting-results')).toHaveCount(0);
  }
  await expect(pat.getByRole('button', { name: 'Reveal dots' })).toHaveCount(0);

  await fran.getByRole('button', { name: 'Reveal dots' }).click();

  // Slow quote: Pat 1 + Cam 2 (Mallory's two over her budget ignored); unclear prices: Pat 1 +
  // Mallory 2; late electrician: Pat 1 + Mallory 1. The count in Node says the same.
  const expected = { 'Slow quote': '3', 'Unclear prices': '3', 'Late electrician': '2' };
  await expect.poll(() => roundOnScreen(docToBoard(seed.doc))?.revealed).toBe(true);
  const shown = docToBoard(seed.doc);
  const counted = countRound(shown, roundOnScreen(shown)!);
  expect(Object.fromEntries(counted.byCard)).toEqual({ [ids.slow]: 3, [ids.unclear]: 3, [ids.late]: 2 });
  expect(counted).toMatchObject({ voters: 3, dots: 8 });
  for (const page of everyone) {
    for (const [title, dots] of Object.entries(expected)) await expect(dotsOn(page, title)).toHaveAttribute('data-dots', dots);
    await expect(card(page, 'Online configurator').getByTestId('card-dots')).toHaveCount(0);
    const ranking = page.getByTestId('voting-results');
    await expect(ranking).toContainText('3 people placed 8 dots');
    // Equal counts in the order the map reads: the first stage's cards first, in their cell's order.
    await expect(ranking.getByRole('listitem')).toHaveText([/^1\s*Slow quote.*3 dots$/, /^1\s*Unclear prices.*3 dots$/, /^3\s*Late electrician.*2 dots$/]);
    await expect(page.getByRole('button', { name: /^Add a dot/ })).toHaveCount(0);
  }

  // Fran ends the round: the strip, the ranking and the dots' rows go from every screen.
  await fran.getByRole('button', { name: 'End round' }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('voting-strip')).toHaveCount(0);
    await expect(page.getByTestId('voting-results')).toHaveCount(0);
    await expect(page.getByTestId('card-dots')).toHaveCount(0);
  }
  seed.destroy();
});

/*
 * The same round on a phone (360×740, touch): Cora's comment link taps her three dots, finds no
 * fourth to place, takes one back and places it elsewhere; Fran's laptop has her dots but shows
 * none of them until Fran reveals the round; then the phone ranks the cards as the laptop does.
 * Vic's view link on a phone follows the round with nothing to tap.
 */
test('a phone places its dots by tapping, hidden from the laptop until revealed, and ranks the cards as the laptop does', async ({ openLaptop, server, request }) => {
  const { board, seed } = await seedBoard(request, server.url);
  const fran = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await openAs(fran, linkPath(board.id, board.tokens.edit), 'Fran');
  const cora = await openPhone(openLaptop, linkPath(board.id, board.tokens.comment), 'Cora');

  const dialog = await openStartVoting(fran);
  await dialog.getByLabel('Question (optional)').fill('What do we fix first?');
  await dialog.getByRole('checkbox', { name: /Pain points/ }).check();
  await dialog.getByRole('button', { name: 'Start voting' }).click();

  // The phone lists the round's cards by stage, and offers no dot on the idea outside it.
  const round = cora.getByTestId('phone-voting');
  await expect(round.getByRole('heading', { name: 'What do we fix first?' })).toBeVisible();
  await expect(dotsLeft(cora)).toHaveText('3 of 3 dots left');
  await expect(round.getByRole('region', { name: '1. Quotation' }).getByRole('listitem')).toHaveText([/^Slow quote/, /^Unclear prices/]);
  await expect(round.getByRole('region', { name: '2. Installation' }).getByRole('listitem')).toHaveText([/^Late electrician/]);
  await expect(addDot(cora, 'Online configurator')).toHaveCount(0);

  const row = (title: string) => round.getByRole('listitem').filter({ hasText: title });
  await addDot(cora, 'Slow quote').tap();
  await addDot(cora, 'Slow quote').tap();
  await addDot(cora, 'Late electrician').tap();
  await expect(dotsLeft(cora)).toHaveText('0 of 3 dots left');
  await expect(row('Slow quote')).toHaveAttribute('data-mine', '2');
  await expect(addDot(cora, 'Unclear prices')).toBeDisabled();
  await expect(round.getByRole('status')).toContainText('All your dots are placed.');
  await removeDot(cora, 'Late electrician').tap();
  await expect(dotsLeft(cora)).toHaveText('1 of 3 dots left');
  await expect(row('Late electrician')).toHaveAttribute('data-mine', '0');
  await addDot(cora, 'Unclear prices').tap();
  await expect(dotsLeft(cora)).toHaveText('0 of 3 dots left');
  // The picked cell's cards (the first stage's pain points) show her dots too.
  await expect(cora.getByRole('button', { name: 'Open the card Slow quote' })).toContainText('Your 2 dots');

  // Fran places two of hers. Her page holds Cora's three (it counts two voters) and shows none of them.
  await addDot(fran, 'Late electrician').click();
  await addDot(fran, 'Late electrician').click();
  await expect.poll(() => docToBoard(seed.doc).votes.length).toBe(5);
  await expect(fran.getByTestId('voted-count')).toHaveText('2 people voted');
  await expect(dotsOn(fran, 'Slow quote')).toHaveAttribute('data-mine', '0');
  await expect(dotsOn(fran, 'Unclear prices')).toHaveAttribute('data-mine', '0');
  await expect(row('Late electrician')).toHaveAttribute('data-mine', '0');
  for (const page of [fran, cora]) await expect(page.locator('[data-dots]')).toHaveCount(0);

  // A view link on a phone follows the round, with no dot to place.
  const vic = await openPhone(openLaptop, linkPath(board.id, board.tokens.view), 'Vic');
  await expect(vic.getByTestId('phone-voting')).toContainText('Your link can only read this board');
  await expect(vic.getByTestId('phone-voting').getByRole('listitem')).toHaveCount(3);
  await expect(vic.getByRole('button', { name: /^(Add|Remove) a dot/ })).toHaveCount(0);

  // Revealed: the same ranking on the phone as on the laptop, equal counts in the map's order.
  await fran.getByRole('button', { name: 'Reveal dots' }).click();
  const ranked = [/^1\s*Slow quote.*2 dots$/, /^1\s*Late electrician.*2 dots$/, /^3\s*Unclear prices.*1 dot$/];
  const laptopRanking = fran.getByTestId('voting-results').getByRole('listitem');
  const phoneRanking = round.getByRole('list', { name: 'Ranking' }).getByRole('listitem');
  await expect(laptopRanking).toHaveText(ranked);
  await expect(phoneRanking).toHaveText(ranked);
  expect(await phoneRanking.allTextContents()).toEqual(await laptopRanking.allTextContents());
  await expect(round.getByRole('status')).toHaveText('2 people placed 5 dots');
  await expect(cora.getByRole('button', { name: /^(Add|Remove) a dot/ })).toHaveCount(0);
  seed.destroy();
});
