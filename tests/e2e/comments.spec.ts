import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { addCard, addLane, addStage } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test, type OpenLaptop } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * A workshop's comments: a participant with the comment link starts threads on a card and on
 * a stage; the facilitator with the edit link sees them arrive with the header's count,
 * replies, resolves one, and the count drops on both screens; reopening brings it back; a
 * view link reads and cannot comment.
 */

/** Outside test-results, which the next run empties: pictures for a person to look at. */
const SCREENSHOTS = join(tmpdir(), 'look-comments');

async function prepareBoard(request: APIRequestContext, serverUrl: string) {
  const { id, tokens } = await createBoard(request, { title: 'Showroom visits' });
  const seed = await connectSeedClient(serverUrl, id, tokens.owner);
  const stageId = addStage(seed.ctx, { title: 'Research' });
  addStage(seed.ctx, { title: 'Visit' });
  const laneId = addLane(seed.ctx, { kind: 'actions', title: 'Customer actions' });
  addCard(seed.ctx, { stageId, laneId, title: 'Sales Visit' });
  return { id, tokens, seed };
}

async function open(openLaptop: OpenLaptop, link: string, name: string, size: { width: number; height: number }, locale = 'en-US'): Promise<Page> {
  const page = await openLaptop({ viewport: size, locale });
  await page.goto(link);
  await joinAs(page, name);
  await expectConnected(page);
  return page;
}

const count = (page: Page) => page.getByTestId('open-thread-count');

async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Comments,/ }).click();
  const panel = page.getByRole('complementary', { name: 'Comments' });
  await expect(panel).toBeVisible();
  return panel;
}

const group = (panel: Locator, name: string) => panel.getByRole('region', { name });

test('a commenter starts threads that the editor sees live, replies to and resolves; reopening works; a view link only reads', async ({ openLaptop, request, server }) => {
  const { id, tokens, seed } = await prepareBoard(request, server.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const ada = await open(openLaptop, linkPath(id, tokens.edit), 'Ada', { width: 1920, height: 1080 });
  const cora = await open(openLaptop, linkPath(id, tokens.comment), 'Cora', { width: 1280, height: 720 });
  await expect(count(ada)).toHaveText('0');
  await expect(ada.getByRole('button', { name: 'Comments, no open threads' })).toBeVisible();

  // On the card, from its dialog.
  await cora.getByRole('article', { name: 'Card: Sales Visit' }).dblclick();
  const card = cora.getByRole('dialog', { name: 'Sales Visit' });
  await card.getByRole('textbox', { name: 'Add a comment' }).fill('Ask which delivery dates suit them');
  await card.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(card.getByRole('listitem', { name: 'Thread by Cora' })).toContainText('Ask which delivery dates suit them');
  await expect(card.getByRole('listitem', { name: 'Thread by Cora' })).toContainText('just now');
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(count(ada)).toHaveText('1');

  // On the stage, from the comments panel.
  const coraPanel = await openPanel(cora);
  await coraPanel.getByRole('combobox', { name: 'On' }).selectOption({ label: '1. Research' });
  await coraPanel.getByRole('textbox', { name: 'New comment' }).fill('Is research a stage of its own?');
  await coraPanel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(group(coraPanel, 'Stage: 1. Research')).toContainText('Is research a stage of its own?');
  await expect(count(cora)).toHaveText('2');

  // The editor sees both arrive, grouped by what they are on, stages first.
  await expect(count(ada)).toHaveText('2');
  await expect(ada.getByRole('button', { name: 'Comments, 2 open threads' })).toBeVisible();
  const adaPanel = await openPanel(ada);
  await expect(adaPanel.getByRole('region')).toHaveText([/^Stage1\. Research/, /^CardSales Visit/]);
  await ada.screenshot({ path: join(SCREENSHOTS, 'editor-panel-1920.png') });

  // Choosing the card's thread opens it and brings the card into view, selected.
  const onCard = group(adaPanel, 'Card: Sales Visit');
  await onCard.getByRole('button', { name: 'Open the thread by Cora' }).click();
  await expect(ada.locator('.card-node.is-selected')).toHaveCount(1);
  const cardThread = onCard.getByRole('listitem', { name: 'Thread by Cora' });
  await cardThread.getByRole('button', { name: 'Reply' }).click();
  await cardThread.getByRole('textbox', { name: 'Reply to Cora' }).fill('Tuesday or Thursday, mornings');
  await cardThread.getByRole('button', { name: 'Send reply' }).click();
  await expect(cardThread.getByRole('listitem')).toHaveText([/^Ada.*Tuesday or Thursday, mornings$/]);
  // The commenter sees the reply counted on the thread, and reads it when opening it.
  await expect(group(coraPanel, 'Card: Sales Visit')).toContainText('1 reply');
  await cora.screenshot({ path: join(SCREENSHOTS, 'commenter-panel-1280.png') });

  // Resolved, the stage's thread leaves the open list: the count drops on both screens.
  const onStage = group(adaPanel, 'Stage: 1. Research');
  await onStage.getByRole('button', { name: 'Open the thread by Cora' }).click();
  await onStage.getByRole('button', { name: 'Resolve' }).click();
  await expect(count(ada)).toHaveText('1');
  await expect(count(cora)).toHaveText('1');
  await expect(group(coraPanel, 'Stage: 1. Research')).toHaveCount(0);

  // The commenter shows the resolved threads and reopens it.
  await coraPanel.getByRole('button', { name: 'Resolved (1)' }).click();
  const resolved = group(coraPanel, 'Stage: 1. Research');
  await resolved.getByRole('button', { name: 'Open the thread by Cora' }).click();
  await expect(resolved.getByRole('listitem', { name: 'Thread by Cora' })).toContainText('Resolved');
  await resolved.getByRole('button', { name: 'Reopen' }).click();
  await expect(count(cora)).toHaveText('2');
  await expect(count(ada)).toHaveText('2');
  await expect(group(adaPanel, 'Stage: 1. Research')).toBeVisible();
  seed.destroy();

  // A view link reads the threads and their count, and cannot comment.
  const vic = await open(openLaptop, linkPath(id, tokens.view), 'Vic', { width: 1280, height: 720 });
  await expect(count(vic)).toHaveText('2');
  const vicPanel = await openPanel(vic);
  await expect(vicPanel).toContainText('This link can read comments but not add them.');
  await expect(vicPanel.getByRole('textbox')).toHaveCount(0);
  await group(vicPanel, 'Card: Sales Visit').getByRole('button', { name: 'Open the thread by Cora' }).click();
  await expect(group(vicPanel, 'Card: Sales Visit')).toContainText('Tuesday or Thursday, mornings');
  await expect(vicPanel.getByRole('button', { name: /^(Reply|Resolve|Reopen|Delete the comment by .*)$/ })).toHaveCount(0);
  await vic.getByRole('article', { name: 'Card: Sales Visit' }).dblclick();
  await expect(vic.getByRole('dialog', { name: 'Sales Visit' }).getByRole('textbox')).toHaveCount(0);
});

test('the comments panel speaks Chinese', async ({ openLaptop, request, server }) => {
  const { id, tokens, seed } = await prepareBoard(request, server.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [size, token, name] of [
    [{ width: 1920, height: 1080 }, tokens.edit, '小林'],
    [{ width: 1280, height: 720 }, tokens.comment, '王芳'],
  ] as const) {
    const page = await openLaptop({ viewport: size, locale: 'zh-CN' });
    await page.goto(linkPath(id, token));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: '加入看板' }).click();
    await expectConnected(page);
    await page.getByRole('button', { name: /^评论，/ }).click();
    const panel = page.getByRole('complementary', { name: '评论' });
    await panel.getByRole('combobox', { name: '对象' }).selectOption({ label: '1. Research' });
    await panel.getByRole('textbox', { name: '新评论' }).fill(`${name}：这个阶段需要拆分吗？`);
    await panel.getByRole('button', { name: '评论', exact: true }).click();
    await expect(panel.getByRole('region', { name: '阶段: 1. Research' })).toContainText(`${name}：这个阶段需要拆分吗？`);
    // The thread just started is open, its time said in Chinese.
    await expect(panel.getByRole('listitem', { name: `${name} 发起的讨论` })).toContainText('刚刚');
    await page.screenshot({ path: join(SCREENSHOTS, `zh-${size.width}.png`) });
  }
  seed.destroy();
});
