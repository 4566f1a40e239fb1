import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';

/*
 * A board that holds only a strategy canvas, exported from its journey map view (which has
 * nothing on it): each format carries what the board holds, and the dialog says so first.
 */

/** The Furn. Co canvas alone, as a file: the template's own map and persona left out. */
async function strategyBoardOnItsMap(page: Page): Promise<void> {
  const file = JSON.parse(readFileSync('src/templates/strategy-canvas-furn-co.json', 'utf8'));
  file.board = { meta: file.board.meta, strategy: file.board.strategy };
  const path = join(mkdtempSync(join(tmpdir(), 'strategy-only-')), 'furn-co-canvas.json');
  writeFileSync(path, JSON.stringify(file));
  await page.goto('/');
  await page.getByLabel('Open a file…').setInputFiles(path);
  await expect(page).toHaveURL(/\/b\/[a-z0-9]+(\/strategy)?$/);
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await page.goto(page.url().replace(/\/strategy$/, ''));
  await expectConnected(page);
}

async function exportAs(page: Page, format: RegExp): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog).toBeHidden();
  return (await download.path())!;
}

test('a strategy-only board exports its canvas as a picture and its items as rows, and the dialog says so', async ({ page }) => {
  await strategyBoardOnItsMap(page);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('export-format-pdf')).toContainText('a cover and the strategy canvas (94 items). What does not fit on the pages goes into an appendix.');
  await expect(dialog.getByTestId('export-format-csv')).toContainText('One row each for 94 strategy items (section, text, stage).');
  await dialog.getByRole('radio', { name: /Picture \(PNG\)/ }).check();
  // The map is empty: the picture offered first is the strategy canvas, and no empty map is offered.
  await expect(dialog.getByLabel('Picture of')).toHaveValue('strategy');
  await expect(dialog.getByLabel('Picture of').getByRole('option')).toHaveText(['The strategy canvas', 'What is on screen']);
  await expect(dialog.getByTestId('export-format-png')).toContainText('The strategy canvas with its 94 items, drawn in full.');

  const png = readFileSync(await exportAs(page, /Picture \(PNG\)/));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Drawn at twice its 1,600 units, as tall as the longest lists need.
  expect(width).toBe(3200);
  expect(height).toBeGreaterThan(1600);
  // Read back in the browser: how much of it differs from the background, and in how many colours.
  const read = (await page.evaluate(`(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${png.toString('base64')}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width; canvas.height = image.height;
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const data = g.getImageData(0, 0, image.width, image.height).data;
    const background = [data[0], data[1], data[2]];
    let differ = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1]) + Math.abs(data[i + 2] - background[2]) > 24) differ++;
      colours.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
    }
    return { inked: differ / (data.length / (4 * 7)), colours: colours.size };
  })()`)) as { inked: number; colours: number };
  expect(read.inked).toBeGreaterThan(0.5); // the panels are white on the grey page
  expect(read.colours).toBeGreaterThan(40); // text, three band colours, panels, lines

  await page.getByRole('button', { name: 'Export' }).click();
  const csv = readFileSync(await exportAs(page, /CSV/), 'utf8');
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Section,Text,Stage');
  expect(lines[1]).toBe('Who,Bargain seeking households who still want quality furniture,');
  expect(lines).toHaveLength(95);
});

test('the export dialog speaks the interface’s language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByRole('button', { name: 'Use template: 建材卫浴 customer lifecycle', exact: true }).click();
  await joinAs(page, 'Ada');
  await expectConnected(page);
  // The interface switched to Chinese, as the language switch keeps it in this browser.
  await page.evaluate(() => localStorage.setItem('journeyboard.locale', 'zh'));
  await page.reload();
  await expectConnected(page);
  await page.getByRole('button', { name: /^(Export|导出)$/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByRole('radio', { name: '报告（PDF）' })).toBeVisible();
  await expect(dialog.getByTestId('export-format-pdf')).toContainText('封面和旅程地图（5 个阶段、31 张卡片、1 张便签和1 条连接线）。页面上放不下的内容放在附录里。');
  await expect(dialog.getByTestId('export-format-csv')).toContainText('每行一条：31 张卡片');
  await dialog.getByRole('radio', { name: '图片（PNG）' }).check();
  await expect(dialog.getByLabel('图片内容').getByRole('option')).toHaveText(['整张地图', '当前屏幕']);
  await expect(dialog.getByRole('button', { name: '下载' })).toBeVisible();
});
