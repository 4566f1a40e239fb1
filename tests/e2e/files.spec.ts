import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { GRID } from '../../src/canvas/metrics.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';

/* Exporting a board and opening the file again, as people do between teams and tools. */

async function boardFromTemplate(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByRole('button', { name: `Use template: ${name}`, exact: true }).click();
  await joinAs(page, 'Ada');
  await expectConnected(page);
}

async function exportAs(page: Page, format: RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  return (await download.path())!;
}

test('a board exported as JSON opens again as a new board with the same content', async ({ page }) => {
  await boardFromTemplate(page, '建材卫浴 customer lifecycle');
  const original = page.url();
  const file = await exportAs(page, /JSON/);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ type: 'journeyboard', version: 1, board: { meta: { locale: 'zh-CN' } } });

  await page.goto('/');
  await page.getByLabel('Open a file…').setInputFiles(file);
  await expect(page).toHaveURL(/\/b\/[a-z0-9]+$/);
  expect(page.url()).not.toBe(original);
  await expectConnected(page);
  await expect(page.getByLabel('Board title')).toHaveValue('优化建材卫浴业务流程:客户生命周期各阶段的应对策略');
  await expect(page.getByRole('article', { name: 'Card: 收集客户使用反馈' })).toBeVisible();
  const again = readFileSync(await exportAs(page, /JSON/), 'utf8');
  const strip = (t: string) => ({ ...JSON.parse(t), source: undefined, board: { ...JSON.parse(t).board, meta: { ...JSON.parse(t).board.meta, createdAt: 0 } } });
  expect(strip(again)).toEqual(strip(text));
});

test('a file that is not a board is explained and opens nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Open a file…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"trello","cards":[]}') });
  const message = page.getByRole('dialog', { name: 'This file could not be opened' });
  await expect(message).toContainText('“notes.json”: This is not a Journeyboard file: it has no "type": "journeyboard".');
  await message.getByRole('button', { name: 'OK' }).click();
  await page.getByLabel('Open a file…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"journeyboard","version":1,"board":{"cards":[{"id":"c","stageId":"s","laneId":"l","emotion":"very"}]}}') });
  await expect(message).toContainText('Invalid field at "board.cards[0].emotion"');
  await expect(page).toHaveURL(/\/$/);
});

test('the touchpoints export as a spreadsheet with a byte order mark, Chinese intact', async ({ page }) => {
  await boardFromTemplate(page, '建材卫浴 customer lifecycle');
  const csv = readFileSync(await exportAs(page, /CSV/), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('Stage,Lane,Title,Description,Channel,Owner,Emotion,Tags,Votes');
  expect(lines[1]).toBe('客户认知,应对策略,利用线上平台展示产品,,,,,,0');
  expect(lines.filter(Boolean)).toHaveLength(32);
});

test('a file dropped on an open board opens as a new board, and the open board keeps its content', async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await boardFromTemplate(page, 'Chrystals customer journey map');
  const original = page.url();
  const file = readFileSync(new URL('../fixtures/files/v1-every-record.json', import.meta.url), 'utf8');
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.items.add(new File([${JSON.stringify(file)}], 'every-record.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  })()`);
  await expect(page).not.toHaveURL(original);
  await expect(page.getByLabel('Board title')).toHaveValue('Every kind of record');
  await expect(page.getByRole('article', { name: 'Card: 官方网站' })).toBeVisible();
  // The file's hostile card text is shown as text: no element made of it, no script run.
  const quotation = page.getByRole('article', { name: 'Card: Quotation' });
  await expect(quotation).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(quotation.getByRole('link')).toHaveCount(0);
  // A picture of the board copies the page: the hostile text stays inert there too.
  const picture = readFileSync(await exportAs(page, /Picture \(PNG\)/));
  expect(picture.subarray(1, 4).toString('latin1')).toBe('PNG');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(alerts).toEqual([]);

  await page.goto(original);
  await expect(page.getByLabel('Board title')).toHaveValue('Chrystals Customer journey map');
  await expect(page.getByRole('article', { name: /^Card: / })).toHaveCount(22);
});

test('the report exports as a PDF from the export dialog, its text real and its page size as chosen', async ({ page }) => {
  await boardFromTemplate(page, 'Strategy Canvas: the Furn. Co example');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Report \(PDF\)/ }).check();
  await dialog.getByLabel('Page size').selectOption('a3');
  // The fonts arrive slowly, as on a real network, so the progress is there to be seen.
  await page.route('**/*.ttf', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByRole('status')).toBeVisible(); // the progress, while fonts load and pages draw
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Customer Experience Strategy Canvas – Furn\. Co \(Example\) \d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = (await download.path())!;
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Customer Experience Strategy Canvas');
  expect(text).toContain('Bargain seeking households who still want quality furniture');
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/\(A3\)/);
  await expect(dialog).toBeHidden();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the whole map exports as a PNG at twice its size, every card drawn, none blank', async ({ page }) => {
  await boardFromTemplate(page, 'Lighting project: first sales visit to two years after delivery');
  // Zoomed in on one stage: the picture must still hold the whole map, cards in full.
  await page.getByLabel(/^Stage 1: /).hover();
  await page.getByRole('button', { name: /^Zoom to stage Initial Contact/ }).click();
  const cards = page.locator('.react-flow__node-card');
  // Once the zoom has settled (two reads alike), only what is on screen is drawn.
  let onScreen = -1;
  await expect
    .poll(async () => {
      const now = await cards.count();
      const settled = now === onScreen;
      onScreen = now;
      return settled;
    }, { intervals: [400] })
    .toBe(true);
  expect(onScreen).toBeLessThan(17);
  // The first card of the last stage, far off screen: where the layout puts it (the picture's
  // corner is 40 units before the map's) and its colour, the lighting template's violet.
  const lastStage = { x: GRID.laneHeaderWidth + 5 * (GRID.gap + GRID.columnWidth) + GRID.gap + GRID.cellPadding, y: GRID.stageHeaderHeight + GRID.gap + GRID.cellPadding };
  const stripe = { x: 2 * (40 + lastStage.x + 2), y: 2 * (40 + lastStage.y + 30) };
  const violet = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--edge-violet').trim());
  const edge = [1, 3, 5].map((i) => parseInt(violet.slice(i, i + 2), 16));

  const exported = async () => {
    const bytes = readFileSync(await exportAs(page, /Picture \(PNG\)/));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Read back in the browser: the share of pixels that differ from the background colour,
    // and the colour where that card's stripe is.
    const read = (await page.evaluate(`(async () => {
      const image = new Image();
      image.src = 'data:image/png;base64,${bytes.toString('base64')}';
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width; canvas.height = image.height;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const data = g.getImageData(0, 0, image.width, image.height).data;
      let differ = 0;
      for (let i = 0; i < data.length; i += 4 * 16) if (Math.abs(data[i] - 0xf3) + Math.abs(data[i + 1] - 0xf4) + Math.abs(data[i + 2] - 0xf7) > 24) differ++;
      const stripe = [...g.getImageData(${stripe.x}, ${stripe.y}, 1, 1).data].slice(0, 3);
      return { inked: differ / (data.length / (4 * 16)), stripe };
    })()`)) as { inked: number; stripe: number[] };
    return { ...pngSize(bytes), ...read };
  };
  const picture = await exported();
  // Six stages of 300 units with their gaps, a lane header of 220 and the margins, drawn at 2x.
  expect(picture.width).toBe(2 * (GRID.laneHeaderWidth + 6 * (GRID.gap + GRID.columnWidth) + 2 * 40));
  expect(picture.height).toBeGreaterThan(2 * 300);
  expect(picture.inked).toBeGreaterThan(0.2);
  picture.stripe.forEach((channel, i) => expect(Math.abs(channel - edge[i]!)).toBeLessThanOrEqual(2));

  // With the first stage highlighted, that card is faded into the background, as on screen.
  await page.getByLabel('Highlight by stage').selectOption({ index: 1 });
  const highlighted = await exported();
  const distance = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0);
  expect(distance(highlighted.stripe, edge)).toBeGreaterThan(3 * distance(highlighted.stripe, [0xf3, 0xf4, 0xf7]));
  // The picture is drawn apart from the page: the canvas still draws only what is on screen.
  await expect(cards).toHaveCount(onScreen);
});
