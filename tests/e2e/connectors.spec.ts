import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath, type BoardTokens, type TestBoard } from './links.ts';

/** A board made from one of the built-in templates, through the import any file takes. */
async function boardFromTemplate(request: APIRequestContext, name: string): Promise<TestBoard> {
  const response = await request.post('/api/boards/import', { data: readFileSync(`src/templates/${name}.json`, 'utf8'), headers: { 'content-type': 'application/json' } });
  expect(response.status()).toBe(201);
  const { id, tokens } = (await response.json()) as { id: string; tokens: BoardTokens };
  return { id, tokens, path: linkPath(id, tokens.owner) };
}

async function open(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await joinAs(page, name);
  await expectConnected(page);
}

const card = (page: Page, title: string) => page.getByRole('article', { name: `Card: ${title}` });
/** A node's connector handle: the right one ("source") or the left one ("target"). */
const handleOf = (page: Page, node: Locator, side: 'source' | 'target') => page.locator('.react-flow__node', { has: node }).locator(`.react-flow__handle.${side}`);

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses a node's handle and drags, in small steps as a hand would, to `to`; checks the line is drawn on the way. */
async function drawConnector(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  await from.hover();
  const handle = handleOf(page, from, 'source');
  await expect(handle).toBeVisible();
  const start = await centreOf(handle);
  await page.mouse.move(start.x, start.y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move((start.x + to.x) / 2, (start.y + to.y) / 2, { steps: 8 });
  await expect(page.locator('.react-flow__connectionline')).toBeVisible();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__connectionline')).toHaveCount(0);
}

test('a connector is drawn from a card’s handle onto another card, stays after a reload, and reaches a second laptop', async ({ page, request, openLaptop }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const board = await boardFromTemplate(request, 'lighting-project');
  await open(page, board.path, 'Ada');
  await drawConnector(page, card(page, 'Quotation'), await centreOf(card(page, 'Delivery')));
  await expect(page.getByRole('group', { name: 'Connector from Quotation to Delivery' })).toBeVisible();

  await page.reload();
  await expectConnected(page);
  await expect(page.getByRole('group', { name: 'Connector from Quotation to Delivery' })).toBeVisible();
  const bob = await openLaptop();
  await open(bob, linkPath(board.id, board.tokens.edit), 'Bob');
  const seen = bob.getByRole('group', { name: 'Connector from Quotation to Delivery' });
  await expect(seen).toBeVisible();

  // Selected from the keyboard, it is deleted with the Delete key, on both laptops.
  await seen.focus();
  await bob.keyboard.press('Enter');
  await expect(bob.locator('.react-flow__edge.selected')).toHaveCount(1);
  await bob.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
});

test('pressing a handle draws a line instead of dragging the card; let go over nothing, it makes nothing; one connector is one undo step', async ({ page, request }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const board = await boardFromTemplate(request, 'lighting-project');
  await open(page, board.path, 'Ada');
  const before = await card(page, 'Quotation').boundingBox();
  const grid = (await page.getByLabel('Cell Quotation and Agreement / Touchpoints').boundingBox())!;
  await drawConnector(page, card(page, 'Quotation'), { x: grid.x + grid.width / 2, y: grid.y + grid.height + 80 });
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  expect(await card(page, 'Quotation').boundingBox()).toEqual(before);

  await drawConnector(page, card(page, 'Quotation'), await centreOf(card(page, 'Delivery')));
  const connector = page.getByRole('group', { name: 'Connector from Quotation to Delivery' });
  await expect(connector).toBeVisible();
  expect(await card(page, 'Quotation').boundingBox()).toEqual(before);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(connector).toHaveCount(0);
  await expect(card(page, 'Quotation')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(connector).toBeVisible();
});

test('a sticky note connects to a card, and the feedback loop’s label stays on top of the cards on a pill', async ({ page, request }) => {
  const board = await boardFromTemplate(request, 'building-materials-lifecycle');
  await open(page, board.path, 'Ada');
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.reload();
    await expectConnected(page);
    const label = page.locator('.connector-label', { hasText: '反馈到产品研发和营销策略制定环节' });
    await expect(label).toBeVisible();
    const topmost = await label.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('.connector-label') === element;
    });
    expect(topmost).toBe(true);
    const surface = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.background = 'var(--surface)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
    await expect(label).toHaveCSS('background-color', surface);
  }

  const note = page.getByLabel(/^Sticky note: 售后阶段收集的反馈/);
  await drawConnector(page, note, await centreOf(card(page, '收集客户使用反馈')));
  await expect(page.getByRole('group', { name: /^Connector from 售后阶段收集的反馈.* to 收集客户使用反馈$/ })).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
});

test('a link that may only view or comment shows no handles and draws no connector', async ({ request, openLaptop }) => {
  const board = await boardFromTemplate(request, 'lighting-project');
  for (const role of ['view', 'comment'] as const) {
    const page = await openLaptop();
    await open(page, linkPath(board.id, board.tokens[role]), role === 'view' ? 'Vic' : 'Pat');
    await card(page, 'Quotation').hover();
    await expect(card(page, 'Quotation')).toBeVisible();
    await expect(page.locator('.react-flow__handle')).toHaveCount(0);
  }
});

test('deleting a stage or lane that holds cards asks first; an empty one goes at once; undo restores it', async ({ page, request }) => {
  const board = await boardFromTemplate(request, 'lighting-project');
  await open(page, board.path, 'Ada');
  const stage = page.getByLabel(/^Stage 2: Quotation and Agreement/);
  const askToDelete = async () => {
    await stage.hover();
    await page.getByRole('button', { name: 'Delete stage Quotation and Agreement' }).click();
  };

  await askToDelete();
  const question = page.getByRole('alertdialog', { name: 'Delete the stage “Quotation and Agreement”?' });
  await expect(question).toContainText('Its 3 cards go with it, with their comments, votes and connectors.');
  // The safe answer has the focus: Enter keeps everything.
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(stage).toBeVisible();
  await expect(card(page, 'Quotation')).toBeVisible();

  await askToDelete();
  await question.getByRole('button', { name: 'Delete stage and cards' }).click();
  await expect(stage).toHaveCount(0);
  await expect(card(page, 'Quotation')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(stage).toBeVisible();
  await expect(card(page, 'Quotation')).toBeVisible();

  // A stage with no card goes at once. Added by a press, at the map's end, it is brought into view.
  await page.getByRole('button', { name: 'Stage: drag onto the map, or press to add' }).click();
  const empty = page.getByLabel(/^Stage 7:/);
  await expect(empty).toBeInViewport({ ratio: 0.99 });
  await empty.hover();
  await empty.getByRole('button', { name: /^Delete stage/ }).click();
  await expect(empty).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // So does a lane: holding cards, it asks.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.getByLabel('Lane: Touchpoints').hover();
  await page.getByRole('button', { name: 'Delete lane Touchpoints' }).click();
  const lane = page.getByRole('alertdialog', { name: 'Delete the lane “Touchpoints”?' });
  await expect(lane).toContainText('Its 17 cards go with it');
  await lane.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Lane: Touchpoints')).toBeVisible();
});

test('Ctrl+C puts the cards on the clipboard as text and HTML, and a paste into another board restores them exactly', async ({ openLaptop, request }) => {
  const page = await openLaptop({ permissions: ['clipboard-read', 'clipboard-write'] });
  const board = await boardFromTemplate(request, 'lighting-project');
  await open(page, board.path, 'Ada');
  await card(page, 'Quotation').click();
  await card(page, 'Delivery').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');

  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
  expect(copied.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
  expect(copied.text).toBe(
    'Quotation\nQuotation and Agreement · Touchpoints\nPreparing a detailed quotation, including product descriptions, prices, delivery times, and payment terms.\n\n' +
      'Delivery\nDelivery and Installation · Touchpoints\nProducts are delivered to the customer’s address or construction site according to the agreed delivery terms (FOB, DDP, etc.).',
  );
  expect(copied.html).toContain('<strong>Quotation</strong>');
  expect(copied.html).toContain('Delivery and Installation · Touchpoints');
  expect(copied.text).not.toContain('journeyboard/cards');

  const second = await page.context().newPage(); // another tab, another board
  await createBoardFromHome(second);
  await second.getByRole('button', { name: '+ Add stage' }).click();
  await second.getByRole('button', { name: '+ Add lane' }).click();
  await second.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await second.keyboard.press('Control+v');
  await expect(card(second, 'Quotation')).toBeVisible();
  await expect(card(second, 'Delivery')).toBeVisible();
  // The records came back, not the text: one card each, with its description and colour.
  await expect(second.locator('.card-node')).toHaveCount(2);
  await expect(card(second, 'Quotation')).toContainText('Preparing a detailed quotation');
  await expect(card(second, 'Quotation')).toHaveClass(/tint-teal/);
});
