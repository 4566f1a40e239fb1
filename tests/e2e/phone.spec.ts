import type { Locator } from '@playwright/test';
import QRCode from 'qrcode';
import { addLane, addStage, docToBoard, setFacilitator } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';
import { chip, openPhone } from './phonePage.ts';

/*
 * Joining a workshop from a phone. The shared screen (1920×1080) shows a QR code of the board's
 * comment link, or its edit link; a phone (360×740, touch) that opens the link gets the phone's
 * screen, picks a stage and a lane, adds a card there, sees the facilitator's timer and the
 * stage presented, and comments back and forth with a laptop. A comment link may comment and
 * is offered no way to add a card.
 */

/**
 * The dark modules of the QR code drawn in `code` (the SVG the qrcode library writes: one path,
 * each run of dark modules in a row an `h` stroke), as rows of 0 and 1 without the quiet zone.
 */
async function drawnModules(code: Locator): Promise<string[]> {
  const svg = await code.innerHTML();
  const box = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path[^>]*stroke="[^"]+"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: box }, () => Array<number>(box).fill(0));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') x += Number(a);
    else for (const end = x + Number(a); x < end; x++) grid[y]![x] = 1;
  }
  const dark = grid.flatMap((row, r) => row.flatMap((v, c) => (v ? [[r, c]] : [])));
  const margin = Math.min(...dark.map(([r]) => r!), ...dark.map(([, c]) => c!));
  const size = box - 2 * margin;
  return grid.slice(margin, margin + size).map((row) => row.slice(margin, margin + size).join(''));
}

/** The modules of a QR code of `text`, at the error correction the app draws with. */
function modulesOf(text: string): string[] {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return Array.from({ length: size }, (_, r) => Array.from(data.slice(r * size, (r + 1) * size)).join(''));
}

async function prepareBoard(request: Parameters<typeof createBoard>[0], serverUrl: string) {
  const board = await createBoard(request, { title: 'Showroom visits' });
  const seed = await connectSeedClient(serverUrl, board.id, board.tokens.owner);
  const visit = addStage(seed.ctx, { title: 'Visit' });
  const quote = addStage(seed.ctx, { title: 'Quote' });
  const touch = addLane(seed.ctx, { kind: 'touchpoints' });
  addLane(seed.ctx, { kind: 'emotion' });
  const pains = addLane(seed.ctx, { kind: 'painPoints' });
  return { board, seed, ids: { visit, quote, touch, pains } };
}

test('a phone joins from the shared screen’s QR code, adds a card to the cell it picks, follows the timer and the presented stage, and comments with a laptop', async ({
  openLaptop,
  request,
  server,
}) => {
  const { board, seed, ids } = await prepareBoard(request, server.url);
  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  await fran.goto(board.path);
  await joinAs(fran, 'Fran');
  await expectConnected(fran);
  const panel = fran.getByRole('region', { name: 'Workshop' });
  await fran.getByTestId('workshop').click();
  await panel.getByRole('button', { name: 'Start workshop' }).click();

  // The QR code on the shared screen is the comment link's, and the edit link's on asking.
  await fran.getByTestId('workshop').click();
  await panel.getByRole('button', { name: 'Join from a phone' }).click();
  const join = fran.getByRole('dialog', { name: 'Join from your phone' });
  const comment = `${server.url}/b/${board.id}#t=${board.tokens.comment}`;
  const edit = `${server.url}/b/${board.id}#t=${board.tokens.edit}`;
  const code = join.getByRole('img', { name: 'QR code of the board’s comment link' });
  await expect(code.locator('svg')).toBeVisible();
  expect(await drawnModules(code)).toEqual(modulesOf(comment));
  await expect(join).toContainText(comment.replace(/^https?:\/\//, ''));
  await expect(join).toContainText('Phones that join read the board and comment.');
  // Large enough to read across a room: most of the projector's height.
  expect((await code.boundingBox())!.height).toBeGreaterThanOrEqual(700);
  await join.getByRole('button', { name: 'Edit' }).click();
  const editCode = join.getByRole('img', { name: 'QR code of the board’s edit link' });
  await expect(editCode.locator('svg')).toBeVisible();
  await expect.poll(() => drawnModules(editCode)).toEqual(modulesOf(edit));
  await expect(join).toContainText(edit.replace(/^https?:\/\//, ''));
  await join.getByRole('button', { name: 'Close' }).click();
  await expect(join).toBeHidden();

  // The edit link on a phone opens the phone's screen, not the canvas.
  const pat = await openPhone(openLaptop, linkPath(board.id, board.tokens.edit), 'Pat');
  await expect(pat.getByTestId('phone-board')).toBeVisible();
  await expect(pat.locator('.react-flow')).toHaveCount(0);
  await expect(pat.getByRole('heading', { level: 1 })).toHaveText('Showroom visits');

  // The facilitator's timer shows on the phone, counting to the same end on the server's clock.
  await fran.getByTestId('workshop-timer').getByRole('button').click();
  const timerDialog = fran.getByRole('dialog', { name: 'Workshop timer' });
  await timerDialog.getByRole('button', { name: 'Start a 5-minute timer' }).click();
  await fran.keyboard.press('Escape');
  const phoneTimer = pat.getByTestId('phone-timer');
  await expect(phoneTimer).toHaveAttribute('data-state', 'running');
  await expect(phoneTimer).toHaveAttribute('data-ends-at', (await fran.getByTestId('workshop-timer').getAttribute('data-ends-at'))!);
  await expect(phoneTimer.locator('.phone-timer__time')).toHaveText(/^(?:4:[45]\d|5:00)$/);

  // Pick the stage and the lane, add a card there.
  await chip(pat, '2. Quote').tap();
  await chip(pat, 'Pain points').tap();
  await expect(pat.getByRole('radio', { name: '2. Quote' })).toBeChecked();
  await expect(pat.getByRole('radio', { name: 'Pain points' })).toBeChecked();
  await expect(pat.getByRole('heading', { name: '2. Quote · Pain points' })).toBeVisible();
  await pat.getByRole('button', { name: 'Add card' }).tap();
  const sheet = pat.getByRole('dialog', { name: 'New card' });
  await expect(sheet).toContainText('In 2. Quote · Pain points');
  await sheet.getByLabel('Title').fill('The quote takes three weeks');
  await sheet.getByLabel('Details (optional)').fill('Managers chase it twice.');
  await sheet.getByRole('button', { name: 'Add card' }).tap();
  await expect(sheet).toBeHidden();
  const patCard = pat.getByRole('button', { name: 'Open the card The quote takes three weeks' });
  await expect(patCard).toBeVisible();

  // The laptop sees it, in that cell.
  await expect(fran.getByRole('article', { name: 'Card: The quote takes three weeks' })).toBeVisible();
  await expect.poll(() => docToBoard(seed.doc).cards.filter((c) => c.title === 'The quote takes three weeks').map((c) => [c.stageId, c.laneId, c.body])).toEqual([
    [ids.quote, ids.pains, 'Managers chase it twice.'],
  ]);

  // While Fran presents, the phone says which stage the room is on and goes there on a tap.
  await fran.getByTestId('workshop').click();
  await panel.getByRole('button', { name: 'Present', exact: true }).click();
  const presenting = pat.getByTestId('phone-presenting');
  await expect(presenting).toContainText('Fran is presenting');
  await expect(presenting).toContainText('1. Visit');
  await presenting.getByRole('button', { name: 'Go to this stage' }).tap();
  await expect(pat.getByRole('radio', { name: '1. Visit' })).toBeChecked();
  await fran.keyboard.press('PageDown');
  await expect(presenting).toContainText('2. Quote');
  await fran.keyboard.press('Escape');
  await expect(presenting).toBeHidden();
  await chip(pat, '2. Quote').tap();

  // A comment on the card from the phone reaches the laptop; the laptop's reply reaches the phone.
  await patCard.tap();
  const cardSheet = pat.getByRole('dialog', { name: 'The quote takes three weeks' });
  await expect(cardSheet).toContainText('Managers chase it twice.');
  await cardSheet.getByLabel('Your comment').fill('Could the survey team quote on the spot?');
  await cardSheet.getByRole('button', { name: 'Send' }).tap();
  await expect(cardSheet.getByRole('listitem', { name: 'Thread by Pat' })).toContainText('Could the survey team quote on the spot?');
  await expect(fran.getByTestId('open-thread-count')).toHaveText('1');
  await fran.getByRole('button', { name: /^Comments,/ }).click();
  const onCard = fran.getByRole('complementary', { name: 'Comments' }).getByRole('region', { name: 'Card: The quote takes three weeks' });
  await expect(onCard).toContainText('Could the survey team quote on the spot?');
  await onCard.getByRole('button', { name: 'Open the thread by Pat' }).click();
  await onCard.getByRole('button', { name: 'Reply' }).click();
  await onCard.getByRole('textbox', { name: 'Reply to Pat' }).fill('Only for stores under 2,000 m²');
  await onCard.getByRole('button', { name: 'Send reply' }).click();
  await expect(cardSheet.getByRole('listitem', { name: 'Thread by Pat' })).toContainText('Only for stores under 2,000 m²');
  await cardSheet.getByRole('button', { name: 'Close' }).tap();
  await expect(pat.getByRole('button', { name: 'Open the card The quote takes three weeks' })).toContainText('2 comments');
  await pat.getByRole('button', { name: 'Comments (1)' }).tap();
  await expect(pat.getByRole('region', { name: 'Card: The quote takes three weeks' })).toContainText('Only for stores under 2,000 m²');
  seed.destroy();
});

test('a comment link on a phone comments but is offered no way to add a card; a view link only reads, and has no link to show the room', async ({
  openLaptop,
  request,
  server,
}) => {
  const { board, seed } = await prepareBoard(request, server.url);
  setFacilitator(seed.ctx, { keyHash: 'f'.repeat(64), id: 'fran', name: 'Fran' });
  seed.destroy();
  const cora = await openPhone(openLaptop, linkPath(board.id, board.tokens.comment), 'Cora');
  await expect(cora.getByTestId('phone-board')).toHaveAttribute('data-role', 'comment');
  await expect(cora.getByTestId('phone-role')).toHaveText('Comment only');
  await expect(cora.getByRole('button', { name: 'Add card' })).toHaveCount(0);
  await expect(cora.getByText('No cards here yet.', { exact: true })).toBeVisible();

  // What it may do, it does: a thread on the picked stage.
  await cora.getByRole('button', { name: 'Comment', exact: true }).tap();
  const sheet = cora.getByRole('dialog', { name: 'New comment' });
  await expect(sheet.getByRole('radio', { name: /1\. Visit$/ })).toBeChecked();
  await sheet.getByLabel('Your comment').fill('Who greets them at the door?');
  await sheet.getByRole('button', { name: 'Send' }).tap();
  await expect(sheet).toBeHidden();
  await expect(cora.getByRole('region', { name: 'Stage: 1. Visit' })).toContainText('Who greets them at the door?');

  // The full board is a menu away, and the phone's screen a tap back from it.
  await cora.getByRole('button', { name: 'Menu' }).tap();
  await cora.getByRole('button', { name: 'Open the full board' }).tap();
  await expect(cora.locator('.react-flow')).toBeVisible();
  await expect(cora.getByTestId('phone-board')).toHaveCount(0);
  await cora.getByRole('button', { name: 'Phone view' }).tap();
  await expect(cora.getByTestId('phone-board')).toBeVisible();
  await expect(cora.locator('.react-flow')).toHaveCount(0);

  const vic = await openPhone(openLaptop, linkPath(board.id, board.tokens.view), 'Vic');
  await expect(vic.getByTestId('phone-role')).toHaveText('View only');
  await expect(vic.getByRole('button', { name: /^(Add card|Comment)$/ })).toHaveCount(0);
  await vic.getByRole('button', { name: 'Comments (1)' }).tap();
  await expect(vic.getByRole('region', { name: 'Stage: 1. Visit' })).toContainText('Who greets them at the door?');
  await expect(vic.getByRole('button', { name: /^(Reply|Resolve)$/ })).toHaveCount(0);

  // On a laptop, the view link hands out no comment or edit link, and the dialog says so.
  const viewer = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await viewer.goto(linkPath(board.id, board.tokens.view));
  await joinAs(viewer, 'Val');
  await expectConnected(viewer);
  await viewer.getByTestId('workshop').click();
  await viewer.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Join from a phone' }).click();
  const join = viewer.getByRole('dialog', { name: 'Join from your phone' });
  await expect(join.getByRole('alert')).toHaveText(/cannot hand out a comment or edit link/);
  await expect(join.getByRole('img')).toHaveCount(0);
  await expect(join).not.toContainText(board.tokens.view);
});
