import type { Page } from '@playwright/test';
import { translate, type MessageId, type MessageValues } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

// A browser whose preferred language is Chinese: the interface follows it without being asked.
test.use({ locale: 'zh-CN' });

const zh = (id: MessageId, values?: MessageValues) => translate('zh', id, values);
const en = (id: MessageId, values?: MessageValues) => translate('en', id, values);

async function joinInChinese(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: zh('board.name.title') });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(zh('board.name.label')).fill(name);
  await dialog.getByRole('button', { name: zh('board.name.join') }).click();
  await expect(dialog).toBeHidden();
}

test('a Chinese browser gets the whole journey in Chinese, and can switch to English and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { name: zh('home.title') })).toBeVisible();

  await page.getByRole('button', { name: zh('home.newBoard') }).click();
  await page.getByRole('button', { name: zh('gallery.use', { name: zh('gallery.template.lighting-project.name') }) }).click();
  await page.waitForURL(/\/b\/[a-z0-9]+$/);
  await joinInChinese(page, '小林');

  // The header, the map's tools and the lane kinds speak Chinese; the template's own words stay as written.
  await expect(page.getByRole('button', { name: zh('board.header.share') })).toBeVisible();
  await expect(page.getByRole('button', { name: zh('board.header.export') })).toBeVisible();
  await expect(page.getByLabel(zh('canvas.flow.label'))).toBeVisible();
  await expect(page.getByRole('complementary', { name: zh('board.palette.label') })).toContainText(zh('lane.kind.painPoints'));
  await expect(page.getByText('Quotation', { exact: true }).first()).toBeVisible();
  // No English label of the interface is left on the board page.
  for (const id of ['board.header.share', 'board.header.export', 'board.palette.label', 'lane.kind.painPoints'] as const) {
    await expect(page.getByText(en(id), { exact: true })).toHaveCount(0);
  }

  // The strategy canvas names its sections, bands and phases in Chinese.
  await page.getByRole('navigation', { name: zh('board.view.label') }).getByRole('link', { name: zh('board.view.strategy') }).click();
  await expect(page.getByRole('region', { name: zh('strategy.band.plans') })).toBeVisible();
  await expect(page.getByRole('heading', { name: zh('strategy.section.retentionPlan.title') })).toBeVisible();
  await expect(page.getByText(zh('strategy.phase.pre'), { exact: true }).first()).toBeVisible();

  // Switching to English changes every label at once and is kept across a reload.
  await page.getByLabel(zh('language.switch')).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: en('strategy.section.retentionPlan.title') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: en('board.header.share') })).toBeVisible();
  await page.getByLabel(en('language.switch')).selectOption('zh');
  await expect(page.getByRole('button', { name: zh('board.header.share') })).toBeVisible();
});

test('the export dialog and a refused link speak Chinese too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: zh('home.newBoard') }).click();
  await page.getByRole('button', { name: zh('gallery.use', { name: zh('gallery.template.blank-journey-map.name') }) }).click();
  await page.waitForURL(/\/b\/[a-z0-9]+$/);
  await joinInChinese(page, '小林');
  await expect(page.getByRole('region', { name: zh('board.empty.label') })).toBeVisible();
  // A blank board is started in the language of the person who chose it.
  await expect(page.getByLabel(zh('board.header.title'))).toHaveValue(zh('board.header.untitled'));

  await page.getByRole('button', { name: zh('board.header.export') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(en('board.header.export'), { exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // A link whose token opens nothing: the page says so in Chinese, from the server's code.
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await page.goto(`/b/${id}#t=${'0'.repeat(43)}`);
  await expect(page.getByRole('heading').first()).toBeVisible();
  await expect(page.locator('body')).toContainText(/[\u4e00-\u9fff]/);
  await expect(page.locator('body')).not.toContainText(/This link|not allowed|Not found/i);
});
