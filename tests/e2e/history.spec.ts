import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { addCard, addLane, addStage, addStrategyItem, deleteCards, moveCard, setCardText, setEmotionScore, setStageText } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test, type OpenLaptop } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient, type SeedClient } from './seedClient.ts';

/*
 * Version history as a team uses it: a facilitator names a version before a workshop, the team
 * changes the map, and the comparison shows what changed, on the map and in the PDF; a version
 * opens read-only; a restore made while someone else is connected and typing reaches them in
 * place, loses nothing they type after it, and is one step of the restorer's undo.
 */

const SCREENSHOTS = join(tmpdir(), 'look-history');

async function prepareBoard(request: APIRequestContext, serverUrl: string) {
  const { id, tokens } = await createBoard(request, { title: 'Showroom journey' });
  const seed = await connectSeedClient(serverUrl, id, tokens.owner);
  const research = addStage(seed.ctx, { title: 'Research' });
  const visit = addStage(seed.ctx, { title: 'Visit' });
  const purchase = addStage(seed.ctx, { title: 'Purchase' });
  const actions = addLane(seed.ctx, { kind: 'actions', title: 'Customer actions' });
  const feeling = addLane(seed.ctx, { kind: 'emotion', title: 'Feeling' });
  const pains = addLane(seed.ctx, { kind: 'painPoints', title: 'Pain points' });
  const cards = {
    salesVisit: addCard(seed.ctx, { stageId: research, laneId: actions, title: 'Sales visit' }),
    slowQuote: addCard(seed.ctx, { stageId: visit, laneId: pains, title: 'Slow quote' }),
    brochure: addCard(seed.ctx, { stageId: purchase, laneId: actions, title: 'Old brochure' }),
  };
  setEmotionScore(seed.ctx, feeling, research, 1);
  setEmotionScore(seed.ctx, feeling, visit, -1);
  setEmotionScore(seed.ctx, feeling, purchase, 0);
  addStrategyItem(seed.ctx, 'who', 'Bargain seeking households');
  return { id, tokens, seed, stages: { research, visit, purchase }, lanes: { actions, feeling, pains }, cards };
}

/** What the team does between two workshops, through the same commands the app runs. */
function workshopChanges(seed: SeedClient, board: Awaited<ReturnType<typeof prepareBoard>>) {
  addCard(seed.ctx, { stageId: board.stages.research, laneId: board.lanes.actions, title: 'Online chat' });
  deleteCards(seed.ctx, [board.cards.brochure]);
  moveCard(seed.ctx, board.cards.salesVisit, { stageId: board.stages.visit, laneId: board.lanes.actions });
  setCardText(seed.ctx, board.cards.slowQuote, 'title', 'Slow quote by email');
  setStageText(seed.ctx, board.stages.visit, 'title', 'Showroom visit');
  setEmotionScore(seed.ctx, board.lanes.feeling, board.stages.visit, 2);
  addStrategyItem(seed.ctx, 'who', 'First-time buyers');
}

async function open(openLaptop: OpenLaptop, link: string, name: string): Promise<Page> {
  const page = await openLaptop({ viewport: { width: 1600, height: 900 } });
  await page.goto(link);
  await joinAs(page, name);
  await expectConnected(page);
  return page;
}

async function openHistory(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('complementary', { name: 'Version history' });
  await expect(panel).toBeVisible();
  return panel;
}

/** The header of the stage whose column holds the card's centre. */
async function columnOf(page: Page, cardId: string): Promise<string | null> {
  const box = await page.locator(`[data-card-id="${cardId}"]`).boundingBox();
  if (!box) return null;
  for (const stage of await page.locator('.stage-node').all()) {
    const head = await stage.boundingBox();
    if (head && box.x + box.width / 2 >= head.x && box.x + box.width / 2 <= head.x + head.width) return stage.getAttribute('aria-label');
  }
  return null;
}

const card = (page: Page, title: string) => page.getByRole('article', { name: `Card: ${title}` });
/** A card's tags while compared sit beside it in its node; found by its title alone, in either language. */
const tagsOf = (page: Page, title: string) => page.locator('.react-flow__node', { has: page.locator('.card-node__title').getByText(title, { exact: true }) }).locator('.change-tag');

test('a named version compared with now shows what changed on the map, the canvas and in the PDF', async ({ openLaptop, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const board = await prepareBoard(request, server.url);
  const ada = await open(openLaptop, linkPath(board.id, board.tokens.edit), 'Ada');
  const panel = await openHistory(ada);
  await expect(panel.getByText(/No versions yet/)).toBeVisible();
  await panel.getByRole('textbox', { name: 'Version name' }).fill('Before workshop 2');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByRole('status')).toHaveText('Saved “Before workshop 2”.');
  const row = panel.getByRole('listitem').filter({ hasText: 'Before workshop 2' });
  await expect(row).toContainText('Ada');
  await expect(row.locator('svg.template-preview')).toBeVisible();

  workshopChanges(board.seed, board);
  await expect(card(ada, 'Online chat')).toBeVisible();
  await row.getByRole('button', { name: 'Compare Before workshop 2 with the board now' }).click();
  const bar = ada.getByTestId('version-bar');
  const summary = bar.getByTestId('compare-summary');
  await expect(summary).toHaveText(
    ['1 card added', '1 card removed', '1 card moved', '1 card changed', '1 stage renamed', 'emotion changed at 1 stage', '1 strategy item added'].join(''),
  );
  await expect(tagsOf(ada, 'Online chat')).toHaveText(['New']);
  // What went is drawn where it was, struck through.
  await expect(tagsOf(ada, 'Old brochure')).toHaveText(['Removed']);
  await expect(tagsOf(ada, 'Sales visit')).toHaveText(['Moved from Research · Customer actions']);
  await expect(tagsOf(ada, 'Slow quote by email')).toHaveText(['Changed: title']);
  await expect(ada.locator('.react-flow__node', { has: ada.getByText('Showroom visit') }).locator('.change-tag')).toHaveText(['Was “Visit”']);
  // The curve as it was, dashed, and the visit's score up by three (-1 to +2).
  await expect(ada.locator('.emotion-node__before')).toHaveCount(1);
  await expect(ada.locator(`.emotion-delta[data-stage-id="${board.stages.visit}"]`)).toHaveText('+3');
  await expect(ada.locator('.emotion-delta')).toHaveCount(1);
  // Nothing is editable while the past is on screen.
  await expect(ada.getByRole('button', { name: /^Add card to/ })).toHaveCount(0);
  await ada.getByRole('button', { name: 'Close version history' }).click();
  await ada.screenshot({ path: join(SCREENSHOTS, 'compare-map.png') });

  await ada.getByRole('link', { name: 'Strategy canvas' }).click();
  const added = ada.locator('.strategy-item.is-change-added');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('First-time buyers');
  await expect(added).toContainText('New');
  await ada.screenshot({ path: join(SCREENSHOTS, 'compare-strategy.png') });
  await ada.getByRole('link', { name: 'Journey map' }).click();

  // The report of the board now, with what changed since the version, as an executive reads it.
  await bar.getByRole('button', { name: 'Export…' }).click();
  const dialog = ada.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('combobox', { name: 'What changed since' })).toHaveValue(/.+/);
  const [download] = await Promise.all([ada.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  // The section is the report's first page after the cover.
  const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', (await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toMatch(/^What changed since Before workshop 2 /);
  expect(text).toContain('1 card added');
  for (const entry of ['Online chat', 'Old brochure', 'Sales visit', 'Slow quote → Slow quote by email', 'Visit → Showroom visit', 'First-time buyers']) expect(text).toContain(entry);

  // Two versions compared: the later one named after the workshop, picked as the end.
  await ada.getByRole('button', { name: 'Version history' }).click();
  await panel.getByRole('textbox', { name: 'Version name' }).fill('After workshop 2');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'After workshop 2' })).toBeVisible();
  addCard(board.seed.ctx, { stageId: board.stages.purchase, laneId: board.lanes.pains, title: 'Delivery late' });
  await expect(summary).toContainText('2 cards added');
  const to = bar.getByRole('combobox', { name: 'to', exact: true });
  await to.selectOption((await to.locator('option', { hasText: 'After workshop 2' }).getAttribute('value'))!);
  await expect(summary).toContainText('1 card added');
  await expect(card(ada, 'Delivery late')).toHaveCount(0);

  await bar.getByRole('button', { name: 'Back to the live board' }).click();
  await expect(bar).toBeHidden();
  await expect(card(ada, 'Old brochure')).toBeHidden();
  await expect(ada.locator('.change-tag')).toHaveCount(0);
  await expect(ada.getByRole('button', { name: /^Add card to/ }).first()).toBeVisible();
  board.seed.destroy();
});

test('a version restored while another person types reaches them in place, keeps what they type after, and is one undo step', async ({ openLaptop, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const board = await prepareBoard(request, server.url);
  const ada = await open(openLaptop, linkPath(board.id, board.tokens.edit), 'Ada');
  const bob = await open(openLaptop, linkPath(board.id, board.tokens.edit), 'Bob');
  const panel = await openHistory(ada);
  await panel.getByRole('textbox', { name: 'Version name' }).fill('Before workshop 2');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Before workshop 2' })).toContainText('Ada, Bob');
  workshopChanges(board.seed, board);
  await expect(card(bob, 'Online chat')).toBeVisible();

  // Opened read-only: the board as it was, for Ada alone.
  await panel.getByRole('button', { name: 'Open Before workshop 2 to read' }).click();
  await expect(card(ada, 'Old brochure')).toBeVisible();
  await expect(card(ada, 'Online chat')).toHaveCount(0);
  await expect(card(bob, 'Online chat')).toBeVisible();
  await ada.screenshot({ path: join(SCREENSHOTS, 'version-open.png') });
  // The version exports as any board: its file holds the board as it was.
  await ada.getByTestId('version-bar').getByRole('button', { name: 'Export…' }).click();
  const dialog = ada.getByRole('dialog', { name: 'Export' });
  await dialog.getByTestId('export-format-json').click();
  const [download] = await Promise.all([ada.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { board: { cards: { title: string }[] } };
  expect(file.board.cards.map((c) => c.title).sort()).toEqual(['Old brochure', 'Sales visit', 'Slow quote']);

  // Bob's page must not reload: a mark on its window stays. He is typing a card's title as the
  // restore comes, the card the restore moves back to where it was.
  await bob.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await card(bob, 'Sales visit').dblclick();
  const typing = bob.getByRole('textbox', { name: 'Card title' });
  await typing.press('End');
  await typing.pressSequentially(' with brochure');
  await ada.getByTestId('version-bar').getByRole('button', { name: 'Restore this version' }).click();
  const confirm = ada.getByRole('dialog', { name: 'Restore “Before workshop 2”?' });
  await ada.screenshot({ path: join(SCREENSHOTS, 'restore-dialog.png') });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toBeHidden();
  await expect(ada.getByTestId('version-bar')).toBeHidden();
  await expect(ada.getByRole('status').filter({ hasText: 'Restored “Before workshop 2”. Undo takes it back.' })).toBeVisible();

  for (const page of [ada, bob]) {
    await expect(card(page, 'Old brochure')).toBeVisible();
    await expect(card(page, 'Online chat')).toHaveCount(0);
    await expect(card(page, 'Slow quote')).toBeVisible();
    // Back in its stage of then, under the research stage's header.
    await expect.poll(async () => columnOf(page, board.cards.salesVisit)).toBe('Stage 1: Research');
    await expect(page.getByText('Showroom visit')).toHaveCount(0);
  }
  expect(await bob.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // He types on in the same field: what he typed before the restore was the board's then, and
  // went with it (kept in the version saved before the restore); what he types after stays.
  await expect(typing).toBeFocused();
  await typing.pressSequentially(' pack');
  await typing.press('Enter');
  for (const page of [ada, bob]) await expect(card(page, 'Sales visit pack')).toBeVisible();

  // Bob types on after the restore: his card and his words reach Ada and stay.
  await bob.getByRole('button', { name: /^Add card to/ }).first().click();
  const field = bob.getByRole('textbox', { name: 'Card title' });
  await field.pressSequentially('Typed after the restore');
  await field.press('Enter');
  await expect(card(ada, 'Typed after the restore')).toBeVisible();

  // One undo step takes Ada's restore back, and only hers: Bob's card stays.
  await ada.getByRole('button', { name: 'Undo' }).click();
  for (const page of [ada, bob]) {
    await expect(card(page, 'Online chat')).toBeVisible();
    await expect(card(page, 'Old brochure')).toHaveCount(0);
    await expect(card(page, 'Slow quote by email')).toBeVisible();
    await expect(card(page, 'Typed after the restore')).toBeVisible();
  }
  // The board as it was before the restore was kept as a version of its own.
  await expect(panel.getByRole('listitem').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await ada.screenshot({ path: join(SCREENSHOTS, 'after-undo.png') });
  board.seed.destroy();
});

test('ending a workshop saves the version the team compares the next one with, in English and in Chinese', async ({ openLaptop, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const board = await prepareBoard(request, server.url);
  const fran = await open(openLaptop, linkPath(board.id, board.tokens.edit), 'Fran');
  const workshop = fran.getByTestId('workshop');
  await workshop.click();
  await fran.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Start workshop' }).click();
  await expect(workshop).toHaveText('Facilitating');
  await workshop.click();
  await fran.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'End workshop' }).click();
  await expect(workshop).toHaveText('Workshop');

  const panel = await openHistory(fran);
  const ended = panel.getByRole('listitem').filter({ hasText: 'Workshop ended' });
  await expect(ended).toContainText('Fran');
  await expect(ended).toContainText('Automatic');

  workshopChanges(board.seed, board);
  await expect(card(fran, 'Online chat')).toBeVisible();
  await ended.getByRole('button', { name: 'Compare Workshop ended with the board now' }).click();
  await expect(fran.getByTestId('compare-summary')).toContainText('1 card added');
  // Comparing with now follows the board as it changes.
  addCard(board.seed.ctx, { stageId: board.stages.purchase, laneId: board.lanes.pains, title: 'Delivery late' });
  await expect(fran.getByTestId('compare-summary')).toContainText('2 cards added');
  await expect(tagsOf(fran, 'Delivery late')).toHaveText(['New']);

  await fran.getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
  await expect(fran.getByTestId('compare-summary')).toContainText('新增 2 张卡片');
  await expect(tagsOf(fran, 'Old brochure')).toHaveText(['已删除']);
  await expect(fran.getByRole('complementary', { name: '版本历史' }).getByRole('listitem').filter({ hasText: '工作坊结束' })).toBeVisible();
  await fran.screenshot({ path: join(SCREENSHOTS, 'compare-zh.png') });

  // A view link reads the history and opens a version; it saves and restores nothing.
  const viewer = await open(openLaptop, linkPath(board.id, board.tokens.view), 'Val');
  const viewerPanel = await openHistory(viewer);
  await expect(viewerPanel).toContainText('This link can look at versions but not save or restore them.');
  await expect(viewerPanel.getByRole('textbox', { name: 'Version name' })).toHaveCount(0);
  await viewerPanel.getByRole('button', { name: 'Open Workshop ended to read' }).click();
  await expect(card(viewer, 'Old brochure')).toBeVisible();
  await expect(viewer.getByTestId('version-bar').getByRole('button', { name: 'Restore this version' })).toHaveCount(0);
  board.seed.destroy();
});
