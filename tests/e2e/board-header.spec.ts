import type { Page } from '@playwright/test';
import { expect, expectConnected, test } from './fixtures.ts';
import { createBoard } from './links.ts';

/*
 * The board's header: its title takes the room the header has and shows whole when it is
 * edited; the language switch sits in it and the choice is kept.
 */

const TITLE = 'Customer Journey: From First Sales Visit to 2 Years After Delivery';

/** Whether the title field shows its whole text (nothing cut at its end). */
const showsWhole = (page: Page) => page.getByLabel('Board title').evaluate((field) => field.scrollWidth <= field.clientWidth + 1);

test('the board title takes the room the header has, and shows whole on hover and while edited', async ({ page }) => {
  const board = await createBoard(page.request, { title: TITLE });
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(board.path);
  await expectConnected(page);
  await expect(page.getByLabel('Board title')).toHaveValue(TITLE);
  expect(await showsWhole(page)).toBe(true);

  // On a laptop it is cut only where the views begin, and says itself whole on hover.
  await page.setViewportSize({ width: 1280, height: 720 });
  const [title, views] = await Promise.all([page.locator('.title-field-box').boundingBox(), page.getByRole('navigation', { name: 'Board views' }).boundingBox()]);
  expect(views!.x - (title!.x + title!.width)).toBeLessThanOrEqual(16);
  await expect(page.locator('.title-field-box')).toHaveAttribute('title', TITLE);
  expect(await showsWhole(page)).toBe(false);
  await page.getByLabel('Board title').click();
  await expect.poll(() => showsWhole(page)).toBe(true);
});

test('the language switch in the header turns the board into Chinese, and the choice is kept', async ({ page }) => {
  const board = await createBoard(page.request);
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await page.goto(board.path);
  await expectConnected(page);
  await page.locator('.board-header').getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
  await expect(page.locator('.board-header').getByRole('button', { name: '分享' })).toBeVisible();
  await expect(page.getByRole('region', { name: '开始绘制旅程地图' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status', { name: '连接：已连接' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '看板视图' }).getByRole('link', { name: '策略画布' })).toBeVisible();
});
