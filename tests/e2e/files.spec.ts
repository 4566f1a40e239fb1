import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { faceOf } from '../../src/canvas/cardShape.ts';
import { layoutJourney } from '../../src/canvas/layout.ts';
import { CARD } from '../../src/canvas/metrics.ts';
import { pictureBounds } from '../../src/canvas/picture/paintMap.ts';
import { FILE_VERSION, readBoardFile } from '../../src/file/index.ts';
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
  expect(JSON.parse(text)).toMatchObject({ type: 'journeyboard', version: FILE_VERSION, board: { meta: { locale: 'zh-CN' } } });

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
  // No dot voting round was revealed on the board: its dots column is empty.
  expect(lines[0]).toBe('Stage,Lane,Title,Description,Channel,Owner,Emotion,Tags,Impact,Effort,Dots');
  expect(lines[1]).toBe('客户认知,应对策略,利用线上平台展示产品,,,,,,,,');
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

/** A card where the picture should draw it, in the picture's pixels. */
interface CardInPicture {
  title: string;
  color: string;
  /** A point on its coloured stripe. */
  stripe: { x: number; y: number };
  /** The line its title starts on. */
  titleLine: { x: number; y: number; width: number; height: number };
}

/**
 * Where the lighting template's map puts its picture and its cards, computed here from the
 * template file by the same layout the page uses: the picture is the map's box with its margin,
 * at twice its size.
 */
function expectedPicture(): { width: number; height: number; cards: CardInPicture[] } {
  const read = readBoardFile(readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.error);
  const layout = layoutJourney(read.file.board);
  const bounds = pictureBounds(layout);
  const px = (x: number, y: number) => ({ x: Math.round(2 * (x - bounds.x)), y: Math.round(2 * (y - bounds.y)) });
  const cards = layout.nodes.flatMap((node) => {
    if (node.type !== 'card') return [];
    const { x, y } = node.position;
    const face = faceOf({ x, y, width: node.width!, height: node.height! });
    const title = px(face.x + CARD.paddingX, face.y + CARD.paddingY);
    return [{
      title: node.data.card.title,
      color: node.data.card.color,
      stripe: px(x + CARD.stripe / 2, y + node.height! / 2),
      titleLine: { ...title, width: Math.round(2 * (face.width - 2 * CARD.paddingX)), height: 2 * CARD.titleLine },
    }];
  });
  return { width: Math.ceil(2 * bounds.width), height: Math.ceil(2 * bounds.height), cards };
}

test('the whole map exports as a PNG at twice its size, every card drawn in its colour with its title, none blank', async ({ page }) => {
  const expected = expectedPicture();
  // The 17 steps, and the two warranty follow-ups as measures.
  expect(expected.cards).toHaveLength(19);
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
  expect(onScreen).toBeLessThan(19);
  const colors = [...new Set(expected.cards.map((card) => card.color))];
  const palette = (await page.evaluate(
    `Object.fromEntries(${JSON.stringify(['canvas', ...colors.map((c) => `edge-${c}`)])}.map((name) => [name, getComputedStyle(document.documentElement).getPropertyValue('--' + name).trim()]))`,
  )) as Record<string, string>;
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const background = rgb(palette.canvas!);
  const distance = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0);

  /** The picture read back in the browser: its size, how much of it is drawn, and each card's stripe colour and title ink. */
  const exported = async () => {
    const bytes = readFileSync(await exportAs(page, /Picture \(PNG\)/));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const read = (await page.evaluate(`(async () => {
      const image = new Image();
      image.src = 'data:image/png;base64,${bytes.toString('base64')}';
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width; canvas.height = image.height;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const data = g.getImageData(0, 0, image.width, image.height).data;
      const background = ${JSON.stringify(background)};
      let differ = 0;
      for (let i = 0; i < data.length; i += 4 * 16) if (Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1]) + Math.abs(data[i + 2] - background[2]) > 24) differ++;
      const cards = ${JSON.stringify(expected.cards)}.map((card) => {
        const stripe = [...g.getImageData(card.stripe.x, card.stripe.y, 1, 1).data].slice(0, 3);
        const line = g.getImageData(card.titleLine.x, card.titleLine.y, card.titleLine.width, card.titleLine.height).data;
        // Ink: the dark pixels of text on the card's light face.
        let ink = 0;
        for (let i = 0; i < line.length; i += 4) if (line[i] + line[i + 1] + line[i + 2] < 3 * 128) ink++;
        return { title: card.title, stripe, ink: ink / (line.length / 4) };
      });
      return { inked: differ / (data.length / (4 * 16)), cards };
    })()`)) as { inked: number; cards: { title: string; stripe: number[]; ink: number }[] };
    return { ...pngSize(bytes), ...read };
  };

  const picture = await exported();
  // The whole map, whatever the view: the size the layout gives it, and drawn, not blank.
  expect({ width: picture.width, height: picture.height }).toEqual({ width: expected.width, height: expected.height });
  expect(picture.inked).toBeGreaterThan(0.2);
  // Every card where the layout puts it: its stripe in its own colour (the template uses six),
  // and its title written on it.
  expect(colors.length).toBeGreaterThanOrEqual(5);
  const stripes = picture.cards.map((card, i) => ({ title: card.title, off: distance(card.stripe, rgb(palette[`edge-${expected.cards[i]!.color}`]!)) }));
  expect(stripes.filter((card) => card.off > 6)).toEqual([]);
  expect(picture.cards.filter((card) => card.ink < 0.02).map((card) => card.title)).toEqual([]);

  // With the first stage highlighted, the other stages' cards are faded into the background, as
  // on screen; the first stage's keep their colour.
  await page.getByLabel('Highlight by stage').selectOption({ index: 1 });
  const highlighted = await exported();
  const firstStageX = Math.min(...expected.cards.map((card) => card.stripe.x));
  highlighted.cards.forEach((card, i) => {
    const own = rgb(palette[`edge-${expected.cards[i]!.color}`]!);
    if (expected.cards[i]!.stripe.x === firstStageX) expect(distance(card.stripe, own), card.title).toBeLessThanOrEqual(6);
    else expect(distance(card.stripe, own), card.title).toBeGreaterThan(3 * distance(card.stripe, background));
  });
  // The picture is drawn apart from the page: the canvas still draws only what is on screen.
  await expect(cards).toHaveCount(onScreen);
});
