import type { Page } from '@playwright/test';
import { addCard, addLane, addStage } from '../../src/doc/index.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { expectSameCentre, pan, viewCentre } from './mapView.ts';

/*
 * Two people with the board's edit link: the one who starts the workshop facilitates it, the
 * other sees who does and cannot take it while they are there; the workshop is handed over,
 * taken over once its facilitator has left, and ended. The server holds the rule
 * (tests/server/facilitation.test.ts); here the pages show it.
 */

async function openAs(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await joinAs(page, name);
  await expectConnected(page);
}

const workshop = (page: Page) => page.getByTestId('workshop');

/** Opens the header's workshop panel and starts a workshop, with this person as its facilitator. */
async function startWorkshop(page: Page): Promise<void> {
  await expect(workshop(page)).toHaveText('Workshop');
  await workshop(page).click();
  await page.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Start workshop' }).click();
}

test('a workshop is started, handed over, taken over from someone who left, and ended', async ({ openLaptop, request }) => {
  const board = await createBoard(request, { title: 'Workshop' });
  const edit = linkPath(board.id, board.tokens.edit);
  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const pat = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await openAs(fran, edit, 'Fran');
  await openAs(pat, edit, 'Pat');

  await startWorkshop(fran);
  await expect(workshop(fran)).toHaveText('Facilitating');
  await expect(workshop(pat)).toHaveText('Fran facilitates');
  await expect(workshop(pat)).toHaveAttribute('data-facilitator', 'other');

  // Pat can read who leads, but may not take the workshop while Fran is here.
  await workshop(pat).click();
  const patPanel = pat.getByRole('region', { name: 'Workshop' });
  await expect(patPanel).toContainText('Only Fran and the board’s owner can present');
  await expect(patPanel.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  await pat.keyboard.press('Escape');
  await expect(patPanel).toBeHidden();

  await workshop(fran).click();
  const franPanel = fran.getByRole('region', { name: 'Workshop' });
  await expect(franPanel.getByLabel('Hand over to')).toHaveValue(/^[0-9a-f]{64}$/);
  await expect(franPanel.getByLabel('Hand over to').locator('option')).toHaveText(['Pat']);
  await franPanel.getByRole('button', { name: 'Hand over' }).click();
  await expect(workshop(pat)).toHaveText('Facilitating');
  await expect(workshop(fran)).toHaveText('Pat facilitates');

  // Pat leaves the board: Fran may take the workshop back.
  await pat.context().close();
  await workshop(fran).click();
  await expect(franPanel).toContainText('Pat has left the board');
  await franPanel.getByRole('button', { name: 'Take over' }).click();
  await expect(workshop(fran)).toHaveText('Facilitating');

  await workshop(fran).click();
  await franPanel.getByRole('button', { name: 'End workshop' }).click();
  await expect(workshop(fran)).toHaveText('Workshop');
  // Still so after a reload: the workshop's state is the board's, stored by the server.
  await fran.reload();
  await expectConnected(fran);
  await expect(workshop(fran)).toHaveText('Workshop');
  await expect(workshop(fran)).toHaveAttribute('data-facilitator', 'none');
});

test('a person follows someone’s view until they move the map themselves, and the facilitator brings everyone to theirs', async ({ openLaptop, request, server }) => {
  const board = await createBoard(request, { title: 'Workshop' });
  const seed = await connectSeedClient(server.url, board.id, board.tokens.owner);
  const lane = addLane(seed.ctx, { kind: 'touchpoints' });
  for (let i = 1; i <= 8; i++) addCard(seed.ctx, { stageId: addStage(seed.ctx, { title: `Stage ${i}` }), laneId: lane, title: `Card ${i}` });
  seed.destroy();
  const edit = linkPath(board.id, board.tokens.edit);
  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const pat = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await openAs(fran, edit, 'Fran');
  await openAs(pat, edit, 'Pat');

  // Fran zooms in on the right of the map; Pat follows her there, on a smaller screen.
  const franPane = (await fran.locator('.react-flow__pane').boundingBox())!;
  await fran.mouse.move(franPane.x + franPane.width * 0.8, franPane.y + franPane.height * 0.5);
  await fran.mouse.wheel(0, -400);
  await pat.getByRole('button', { name: 'Follow Fran' }).click();
  await expect(pat.getByRole('status').filter({ hasText: 'Following Fran' })).toBeVisible();
  await expectSameCentre(fran, pat);
  await pan(fran, -300, 0);
  await expectSameCentre(fran, pat);

  // Pat moves the map: following ends, and Fran's view no longer moves Pat's.
  await pan(pat, 200, 0);
  await expect(pat.getByRole('status').filter({ hasText: 'Following Fran' })).toBeHidden();
  const patsOwn = await viewCentre(pat);
  await pan(fran, 400, 0);
  // Fran's view goes out as her pan ends, ahead of her next change to the board: once Pat sees
  // that change, he has heard her new view, and his map stayed where he left it.
  await startWorkshop(fran);
  await expect(workshop(pat)).toHaveText('Fran facilitates');
  expect((await viewCentre(pat)).x).toBeCloseTo(patsOwn.x, 0);

  // The facilitator brings everyone to her view; Pat can go back to his.
  await workshop(fran).click();
  await fran.getByRole('button', { name: 'Bring everyone to my view' }).click();
  await expect(pat.getByRole('status').filter({ hasText: 'Fran brought everyone here' })).toBeVisible();
  await expectSameCentre(fran, pat);
  await pat.getByRole('button', { name: 'Back to my view' }).click();
  await expect.poll(async () => (await viewCentre(pat)).x).toBeCloseTo(patsOwn.x, 0);

  // Zooming from the keyboard is moving the map too: it ends following, as a pan does.
  await pat.getByRole('button', { name: 'Follow Fran' }).click();
  await expect(pat.getByRole('status').filter({ hasText: 'Following Fran' })).toBeVisible();
  await pat.keyboard.press('Shift+1');
  await expect(pat.getByRole('status').filter({ hasText: 'Following Fran' })).toBeHidden();
});

/** The stages' titles in the order the map draws them. */
const stageOrder = (page: Page) => page.locator('.stage-node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));

/** Drags a stage header by the mouse to beyond the last stage, as a person reorders stages. */
async function dragStageToEnd(page: Page, title: string): Promise<void> {
  const from = (await page.locator('.stage-node', { hasText: title }).boundingBox())!;
  const last = (await page.locator('.stage-node').last().boundingBox())!;
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) await page.mouse.move(from.x + 20 + ((last.x + last.width - from.x) * step) / 12, from.y + 10);
  await page.mouse.up();
}

test('the facilitator locks the structure: a participant cannot move, rename or delete it, a locked card reads only, and unlocking gives it back', async ({ openLaptop, request, server }) => {
  const board = await createBoard(request, { title: 'Workshop' });
  const seed = await connectSeedClient(server.url, board.id, board.tokens.owner);
  const lane = addLane(seed.ctx, { kind: 'touchpoints' });
  for (const title of ['Research', 'Buy', 'Use']) addCard(seed.ctx, { stageId: addStage(seed.ctx, { title }), laneId: lane, title: `${title} card` });
  seed.destroy();
  const edit = linkPath(board.id, board.tokens.edit);
  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const pat = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await openAs(fran, edit, 'Fran');
  await openAs(pat, edit, 'Pat');
  const before = await stageOrder(pat);
  expect(before).toEqual(['Stage 1: Research', 'Stage 2: Buy', 'Stage 3: Use']);

  // Pat has a stage's details open when Fran locks: its fields give way to what they hold.
  const stageDialog = pat.getByRole('dialog', { name: 'Edit stage' });
  await pat.locator('.stage-node', { hasText: 'Use' }).hover();
  await pat.getByRole('button', { name: 'Edit stage Use' }).click();
  await expect(stageDialog.getByRole('textbox', { name: 'Title' })).toBeVisible();

  await startWorkshop(fran);
  await workshop(fran).click();
  await fran.getByRole('button', { name: 'Lock stages and lanes' }).click();
  await fran.keyboard.press('Escape');
  await expect(stageDialog).toContainText('Locked by the workshop’s facilitator');
  await expect(stageDialog.getByRole('textbox')).toHaveCount(0);
  await expect(stageDialog.getByRole('button', { name: 'Delete stage' })).toHaveCount(0);
  await stageDialog.getByRole('button', { name: 'Done' }).click();
  await expect(stageDialog).toBeHidden();
  await fran.getByRole('button', { name: 'Edit details of Buy card' }).click();
  await fran.getByLabel('Locked: participants cannot move, change or delete this card').check();
  await fran.keyboard.press('Escape');

  // Three stages, a lane and a card carry the padlock on Pat's screen.
  // (The padlock of a card under the pointer gives way to its ⋯ button: Pat's pointer rests off the map.)
  await pat.mouse.move(5, 5);
  await expect(pat.getByRole('img', { name: 'Locked' })).toHaveCount(5);
  // The drag moves the map instead of the stage; fitted again, every stage is where it was.
  await dragStageToEnd(pat, 'Research');
  await pat.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(() => stageOrder(pat)).toEqual(before);
  await pat.locator('.stage-node', { hasText: 'Research' }).hover();
  await expect(pat.getByRole('button', { name: 'Delete stage Research' })).toHaveCount(0);
  // Its title is text, not a field to edit in place (as Fran's is).
  await expect(pat.getByRole('button', { name: /^Stage title: Research/ })).toHaveCount(0);
  await expect(fran.getByRole('button', { name: /^Stage title: Research/ })).toBeVisible();
  await pat.getByRole('button', { name: 'Open Buy card' }).click();
  await expect(pat.getByRole('dialog')).toContainText('Locked by the workshop’s facilitator');
  await expect(pat.getByRole('textbox', { name: 'Card title' })).toHaveCount(0);
  await pat.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(pat.getByRole('dialog')).toBeHidden();
  // What is not locked stays Pat's to change, and his edits reach Fran: the server refused nothing of his.
  await pat.getByRole('button', { name: 'Edit details of Use card' }).click();
  await pat.getByRole('textbox', { name: 'Title' }).fill('Use card, edited');
  await pat.keyboard.press('Escape');
  await expect(fran.getByRole('article', { name: 'Card: Use card, edited' })).toBeVisible();
  expect(await stageOrder(fran)).toEqual(before);

  // Fran, who leads, still moves a locked stage; then unlocks everything.
  await dragStageToEnd(fran, 'Research');
  await expect.poll(() => stageOrder(pat)).toEqual(['Stage 1: Buy', 'Stage 2: Use', 'Stage 3: Research']);
  await workshop(fran).click();
  await fran.getByRole('button', { name: 'Unlock all' }).click();
  await expect(pat.getByRole('img', { name: 'Locked' })).toHaveCount(0);
  await pat.locator('.stage-node', { hasText: 'Research' }).hover();
  await expect(pat.getByRole('button', { name: 'Delete stage Research' })).toBeVisible();
});
