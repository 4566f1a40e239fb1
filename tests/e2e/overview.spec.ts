import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { addCard, addConnector, addLane, addStage, deleteCards, docToBoard, moveCard, updateCard } from '../../src/doc/index.ts';
import { GRID } from '../../src/canvas/metrics.ts';
import { expect, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * Seen from far away, the cards are drawn on a canvas per lane row, and the card under the
 * pointer turns back into a node. These journeys use the map only as a person would: by where things are.
 */
const STAGES = 10;
const LANES = 3;
const PER_CELL = 4;

/** A point on the first card of a cell, from the cell's box on screen and the zoom. */
async function firstCardIn(cell: Locator): Promise<{ x: number; y: number }> {
  const box = (await cell.boundingBox())!;
  const zoom = box.width / GRID.columnWidth;
  return { x: box.x + box.width / 2, y: box.y + (GRID.cellPadding + 20) * zoom };
}

/** The alpha of the sheet's pixel under a point of the screen, on the canvas of the row there. */
function sheetAlphaAt(page: Page, point: { x: number; y: number }): Promise<number> {
  return page.evaluate(({ x, y }) => {
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.card-sheet')) {
      const r = canvas.getBoundingClientRect();
      if (x < r.left || x >= r.right || y < r.top || y >= r.bottom) continue;
      const px = Math.floor(((x - r.left) * canvas.width) / r.width);
      const py = Math.floor(((y - r.top) * canvas.height) / r.height);
      return canvas.getContext('2d')!.getImageData(px, py, 1, 1).data[3]!;
    }
    throw new Error(`no row of the sheet at ${x}, ${y}`);
  }, point);
}

/**
 * A board too wide to read at fit view: cards titled "S<stage> L<lane> #<n>". `path` is its
 * edit link, which the people here open it with.
 */
async function seedWideBoard(request: APIRequestContext, serverUrl: string) {
  const { id, tokens } = await createBoard(request);
  const seed = await connectSeedClient(serverUrl, id, tokens.owner);
  const stages = Array.from({ length: STAGES }, (_, i) => addStage(seed.ctx, { title: `S${i + 1}` }));
  const lanes = Array.from({ length: LANES }, (_, i) => addLane(seed.ctx, { kind: 'touchpoints', title: `L${i + 1}` }));
  for (const [s, stageId] of stages.entries()) {
    for (const [l, laneId] of lanes.entries()) {
      for (let k = 1; k <= PER_CELL; k++) addCard(seed.ctx, { stageId, laneId, title: `S${s + 1} L${l + 1} #${k}`, color: 'teal' });
    }
  }
  return { path: linkPath(id, tokens.edit), seed, stages, lanes };
}

const sheetLabel = (lane: string, cards: number) => `${lane}: ${cards} cards drawn small; zoom in to read them, or select them one by one with the arrow keys`;
const total = STAGES * LANES * PER_CELL;

/** How many cards the sheet draws, over every lane row. */
function cardsOnSheets(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.card-sheet')].reduce((sum, sheet) => sum + Number(sheet.dataset.cardsDrawn), 0));
}

/** Opens the board's link as a new person and fits it to the view, where every card is on the sheet. */
async function openFarAway(page: Page, path: string, cards = total): Promise<void> {
  await page.goto(path);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(() => cardsOnSheets(page)).toBe(cards);
}

test('far away each lane row\'s cards are one picture, yet the card under the pointer is dragged, and a box selects and deletes cards', async ({ page, server, request }) => {
  const { path, seed, stages, lanes } = await seedWideBoard(request, server.url);
  try {
    await openFarAway(page, path);
    await expect(page.locator('.card-node')).toHaveCount(0);
    for (const lane of ['L1', 'L2', 'L3']) await expect(page.getByRole('img', { name: sheetLabel(lane, STAGES * PER_CELL) })).toBeVisible();

    // Painted where a card is, clear in the gap between two cells.
    const cell = page.getByRole('gridcell', { name: 'Cell S1 / L1' });
    const onCard = await firstCardIn(cell);
    expect(await sheetAlphaAt(page, onCard)).toBe(255);
    const box = (await cell.boundingBox())!;
    expect(await sheetAlphaAt(page, { x: box.x + box.width + 1, y: onCard.y })).toBe(0);

    // The card under the pointer is a node again: it is dragged into the third stage.
    await page.mouse.move(onCard.x, onCard.y);
    const card = page.getByRole('article', { name: 'Card: S1 L1 #1' });
    await expect(card).toBeVisible();
    const target = (await page.getByRole('gridcell', { name: 'Cell S3 / L1' }).boundingBox())!;
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height - 4, { steps: 12 });
    await page.mouse.up();
    const titleOf = (stageId: string) => docToBoard(seed.doc).cards.filter((c) => c.stageId === stageId).map((c) => c.title);
    await expect.poll(() => titleOf(stages[2]!)).toContain('S1 L1 #1');
    expect(titleOf(stages[0]!)).not.toContain('S1 L1 #1');

    // The moved card stays a node while it is selected; a click on the background lets it go.
    await expect(page.locator('.card-node.is-selected')).toHaveCount(1);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.click(pane.x + 4, pane.y + 4);
    await expect(page.locator('.card-node')).toHaveCount(0);

    // A selection box drawn around the second stage's middle cell takes its four cards.
    const middle = (await page.getByRole('gridcell', { name: 'Cell S2 / L2' }).boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(middle.x - 3, middle.y - 3);
    await page.mouse.down();
    await page.mouse.move(middle.x + middle.width + 3, middle.y + middle.height + 3, { steps: 10 });
    await expect(page.locator('.card-node.is-selected')).toHaveCount(PER_CELL);
    // Shrunk off the cards again, the box lets them go; grown back, it takes them.
    await page.mouse.move(middle.x + 4, middle.y + 4, { steps: 5 });
    await expect(page.locator('.card-node.is-selected')).toHaveCount(0);
    await page.mouse.move(middle.x + middle.width + 3, middle.y + middle.height + 3, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(page.locator('.card-node.is-selected')).toHaveCount(PER_CELL);
    await page.keyboard.press('Delete');
    await expect.poll(() => docToBoard(seed.doc).cards.filter((c) => c.stageId === stages[1] && c.laneId === lanes[1]).length).toBe(0);
    await page.mouse.move(pane.x + 4, pane.y + 4);
    await expect(page.getByRole('img', { name: sheetLabel('L2', STAGES * PER_CELL - PER_CELL) })).toBeVisible();

    // A double click far away opens the card's editor: its title is too small to type into.
    const second = await firstCardIn(page.getByRole('gridcell', { name: 'Cell S4 / L3' }));
    await page.mouse.dblclick(second.x, second.y);
    await expect(page.getByRole('dialog', { name: 'Edit card' })).toContainText('S4');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Edit card' })).toBeHidden();
    await page.mouse.click(pane.x + 4, pane.y + 4);

    // Close enough to read, the cards are nodes again and the sheet is gone.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect(page.locator('.card-sheet')).toHaveCount(0);
    await expect(page.locator('.card-node').first()).toBeVisible();
  } finally {
    seed.destroy();
  }
});

test('far away, a sheet and the minimap are drawn again when the browser gives their canvases back', async ({ page, server, request }) => {
  const { path, seed } = await seedWideBoard(request, server.url);
  try {
    await openFarAway(page, path);
    // The minimap starts folded on a laptop's screen.
    await page.getByRole('button', { name: 'Minimap' }).click();
    const onCard = await firstCardIn(page.getByRole('gridcell', { name: 'Cell S1 / L1' }));
    expect(await sheetAlphaAt(page, onCard)).toBe(255);
    const minimapPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.minimap__canvas')!;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        return data.filter((_, i) => i % 4 === 3 && data[i]! > 0).length;
      });
    await expect.poll(minimapPixels).toBeGreaterThan(0);

    // A lost context comes back as a blank bitmap, then the canvas hears "contextrestored".
    await page.evaluate(() => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.card-sheet, .minimap__canvas')) {
        canvas.getContext('2d')!.clearRect(0, 0, canvas.width, canvas.height);
        canvas.dispatchEvent(new Event('contextrestored'));
      }
    });
    await expect.poll(() => sheetAlphaAt(page, onCard)).toBe(255);
    await expect.poll(minimapPixels).toBeGreaterThan(0);
  } finally {
    seed.destroy();
  }
});

test('far away the cells keep their stop of the Tab key, and the cell that takes the focus is brought close', async ({ page, server, request }) => {
  const { path, seed, stages, lanes } = await seedWideBoard(request, server.url);
  try {
    await openFarAway(page, path);
    await expect(page.locator('.is-far')).toHaveCount(1);
    const firstCell = page.getByRole('button', { name: 'Add card to S1 / L1' });
    await expect(firstCell).toHaveCSS('opacity', '0');

    // Tab from the map's name onward, as a person without a mouse would, until a cell has the focus.
    await page.getByRole('textbox', { name: 'Board title' }).focus();
    for (let presses = 0; presses < 40 && !(await firstCell.evaluate((button) => button === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(firstCell).toBeFocused();
    await expect(page.locator('.is-far')).toHaveCount(0);
    await expect(firstCell).toHaveCSS('opacity', '1');
    await expect(firstCell).toBeInViewport({ ratio: 1 });

    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Add card to S2 / L1' })).toBeFocused();
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'Card title' });
    await title.fill('Added by keyboard');
    await title.press('Enter');
    await expect(page.getByRole('article', { name: 'Card: Added by keyboard' })).toBeVisible();
    const added = () => docToBoard(seed.doc).cards.find((card) => card.title === 'Added by keyboard');
    await expect.poll(() => added() && [added()!.stageId, added()!.laneId]).toEqual([stages[1], lanes[0]]);
  } finally {
    seed.destroy();
  }
});

test('far away a tap on a card selects it, though no pointer hovered it first', async ({ openLaptop, server, request }) => {
  const { path, seed } = await seedWideBoard(request, server.url);
  const page = await openLaptop({ hasTouch: true });
  try {
    await openFarAway(page, path);
    const spot = await firstCardIn(page.getByRole('gridcell', { name: 'Cell S2 / L1' }));
    await page.touchscreen.tap(spot.x, spot.y);
    await expect(page.getByRole('article', { name: 'Card: S2 L1 #1' })).toHaveClass(/is-selected/);
  } finally {
    seed.destroy();
  }
});

test('far away, when the card under a still pointer is deleted, the card that takes its place answers the pointer', async ({ page, server, request }) => {
  const { path, seed } = await seedWideBoard(request, server.url);
  try {
    await openFarAway(page, path);
    const spot = await firstCardIn(page.getByRole('gridcell', { name: 'Cell S5 / L2' }));
    await page.mouse.move(spot.x, spot.y);
    await expect(page.getByRole('article', { name: 'Card: S5 L2 #1' })).toBeVisible();
    // Someone else deletes it; the next card of the cell moves up under the pointer.
    const first = docToBoard(seed.doc).cards.find((c) => c.title === 'S5 L2 #1')!;
    deleteCards(seed.ctx, [first.id]);
    await expect(page.getByRole('article', { name: 'Card: S5 L2 #2' })).toBeVisible();
    await page.mouse.down();
    await page.mouse.move(spot.x, spot.y + 200, { steps: 8 });
    await expect(page.getByRole('article', { name: 'Card: S5 L2 #2' })).toHaveClass(/is-selected/);
    await page.mouse.up();
  } finally {
    seed.destroy();
  }
});

test('far away a connector stays drawn between its two cards, which are drawn apart from the sheet', async ({ page, server, request }) => {
  const { path, seed } = await seedWideBoard(request, server.url);
  try {
    const cards = docToBoard(seed.doc).cards;
    const from = cards.find((c) => c.title === 'S1 L1 #1')!;
    const to = cards.find((c) => c.title === 'S3 L2 #2')!;
    addConnector(seed.ctx, from.id, to.id, 'leads to');
    await page.goto(path);
    await joinAs(page, 'Ada');
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(() => cardsOnSheets(page)).toBe(total - 2);
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await expect(page.locator('.connector-label')).toHaveText('leads to');
    await expect(page.getByRole('article', { name: 'Card: S1 L1 #1' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Card: S3 L2 #2' })).toBeVisible();
  } finally {
    seed.destroy();
  }
});

/** Each row canvas of the sheet: its size in pixels and its pixels, RGBA. */
interface SheetImage {
  sizes: number[][];
  canvases: Buffer[];
}

async function sheetImage(page: Page): Promise<SheetImage> {
  const canvases = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.card-sheet')].map((canvas) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let text = '';
      for (let i = 0; i < pixels.length; i += 0x8000) text += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
      return { size: [canvas.width, canvas.height], data: btoa(text) };
    }),
  );
  return { sizes: canvases.map((c) => c.size), canvases: canvases.map((c) => Buffer.from(c.data, 'base64')) };
}

/**
 * Pixels where two sheets differ by more than antialiasing does: a card drawn from a path of
 * its own or from one with a hundred others gets edge pixels a few levels apart, where a card
 * left behind or missing differs by hundreds over thousands of pixels. Rows are compared canvas
 * by canvas, at the same width; past the bottom of the shorter canvas, the taller one must be
 * as empty as the room a row's canvas keeps below its cards.
 */
function pixelsApart(a: SheetImage, b: SheetImage): number {
  expect(a.sizes.map(([width]) => width)).toEqual(b.sizes.map(([width]) => width));
  let apart = 0;
  a.canvases.forEach((pixels, row) => {
    const other = b.canvases[row]!;
    const length = Math.max(pixels.length, other.length);
    for (let i = 0; i < length; i += 4) {
      const delta = Math.max(...[0, 1, 2, 3].map((k) => Math.abs((pixels[i + k] ?? 0) - (other[i + k] ?? 0))));
      if (delta > 48) apart++;
    }
  });
  return apart;
}

test('far away, a sheet repainted only where others changed cards, or moved under a row that grew, matches one drawn afresh', async ({ page, openLaptop, server, request }) => {
  const { path, seed, stages, lanes } = await seedWideBoard(request, server.url);
  const fresh = await openLaptop();
  const later = await openLaptop();
  try {
    await openFarAway(page, path);
    const before = await sheetImage(page);
    const cards = docToBoard(seed.doc).cards;
    const titled = (title: string) => cards.find((c) => c.title === title)!.id;
    // Edits that keep every row's height, so the row canvases keep their size and are only repainted.
    deleteCards(seed.ctx, [titled('S2 L2 #3')]);
    moveCard(seed.ctx, titled('S4 L2 #1'), { stageId: stages[1]!, laneId: lanes[1]!, index: 0 });
    moveCard(seed.ctx, titled('S1 L1 #2'), { stageId: stages[0]!, laneId: lanes[0]!, index: 0 });
    updateCard(seed.ctx, titled('S9 L3 #4'), { color: 'red' });
    await expect.poll(() => cardsOnSheets(page)).toBe(total - 1);

    await openFarAway(fresh, path, total - 1);
    const afresh = await sheetImage(fresh);
    expect(afresh.sizes).toEqual(before.sizes);
    // The edits show: the sheet before them is far from one drawn afresh after them...
    expect(pixelsApart(before, afresh)).toBeGreaterThan(1000);
    // ...and the sheet repainted in place is the same picture.
    await expect.poll(async () => pixelsApart(await sheetImage(page), afresh)).toBeLessThan(20);

    // Two more cards make the first row taller: it grows into the room its canvas keeps, so
    // every canvas keeps its size; the rows below only move.
    for (const title of ['S1 L1 #5', 'S1 L1 #6']) addCard(seed.ctx, { stageId: stages[0]!, laneId: lanes[0]!, title, color: 'teal' });
    await expect.poll(() => cardsOnSheets(page)).toBe(total + 1);
    await openFarAway(later, path, total + 1);
    const grown = await sheetImage(later);
    expect(grown.sizes[0]![1]).toBeGreaterThan(afresh.sizes[0]![1]!);
    expect(grown.sizes.slice(1)).toEqual(afresh.sizes.slice(1));
    expect((await sheetImage(page)).sizes).toEqual(afresh.sizes);
    await expect.poll(async () => pixelsApart(await sheetImage(page), grown)).toBeLessThan(20);
    expect(pixelsApart(await sheetImage(page), afresh)).toBeGreaterThan(1000);
  } finally {
    seed.destroy();
  }
});
