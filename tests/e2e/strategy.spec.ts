import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addCard, addLane, addStage, docToBoard } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * The strategy canvas as people use it: from two browsers at once, linked to the journey map
 * of the same board, and walked step by step in guided mode.
 */

async function openStrategy(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await joinAs(page, name);
  await expectConnected(page);
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Strategy canvas' }).click();
  await expect(page).toHaveURL(/\/strategy$/);
}

function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

async function itemTexts(area: Locator): Promise<string[]> {
  return area.getByRole('textbox').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
}

/** A new board: its address (`path`), the edit link people open it with, and its owner token. */
async function newBoard(page: Page): Promise<{ id: string; path: string; link: string; owner: string }> {
  const { id, tokens } = await createBoard(page.request);
  return { id, path: `/b/${id}`, link: linkPath(id, tokens.edit), owner: tokens.owner };
}

test('a section filled in one browser shows in another, with items edited, reordered, moved and deleted', async ({ openLaptop }) => {
  const ada = await openLaptop();
  const bob = await openLaptop();
  const { link } = await newBoard(ada);
  await openStrategy(ada, link, 'Ada');
  await openStrategy(bob, link, 'Bob');

  const adaGoals = section(ada, '5. Goals · Pre-Sales');
  const bobGoals = section(bob, '5. Goals · Pre-Sales');
  await adaGoals.getByRole('button', { name: 'Add an item to Goals · Pre-Sales' }).click();
  await ada.keyboard.type('Make it easy to find Furn. Co');
  await ada.keyboard.press('Enter');
  await ada.keyboard.type('Be referred by customers');
  await ada.keyboard.press('Enter');
  await ada.keyboard.type('Be front of mind');
  await expect.poll(() => itemTexts(bobGoals)).toEqual(['Make it easy to find Furn. Co', 'Be referred by customers', 'Be front of mind']);

  // Bob finishes Ada's third line while she is elsewhere; both see the same words.
  await bobGoals.getByRole('textbox', { name: 'Goals · Pre-Sales, item 3 of 3' }).press('End');
  await bob.keyboard.type(' for potential customers');
  await expect.poll(() => itemTexts(adaGoals)).toEqual(['Make it easy to find Furn. Co', 'Be referred by customers', 'Be front of mind for potential customers']);

  // Drag the third item above the first.
  const rows = adaGoals.getByRole('listitem');
  await rows.nth(2).getByRole('button', { name: /^Move “Be front of mind/ }).dragTo(rows.nth(0), { targetPosition: { x: 40, y: 3 } });
  await expect.poll(() => itemTexts(bobGoals)).toEqual(['Be front of mind for potential customers', 'Make it easy to find Furn. Co', 'Be referred by customers']);

  // The keyboard reorders too: Alt+Down in the text moves the item one place down.
  await adaGoals.getByRole('textbox', { name: 'Goals · Pre-Sales, item 1 of 3' }).press('Alt+ArrowDown');
  await expect.poll(() => itemTexts(bobGoals)).toEqual(['Make it easy to find Furn. Co', 'Be front of mind for potential customers', 'Be referred by customers']);
  await expect(adaGoals.getByRole('textbox', { name: 'Goals · Pre-Sales, item 2 of 3' })).toBeFocused();

  // Move one to the Post-Sales goals, and delete another.
  await adaGoals.getByRole('textbox', { name: 'Goals · Pre-Sales, item 3 of 3' }).focus();
  await adaGoals.getByRole('combobox', { name: 'Move “Be referred by customers” to another section' }).selectOption({ label: '5. Goals · Post-Sales' });
  await expect.poll(() => itemTexts(section(bob, '5. Goals · Post-Sales'))).toEqual(['Be referred by customers']);
  await adaGoals.getByRole('listitem').first().hover();
  await adaGoals.getByRole('button', { name: 'Delete “Make it easy to find Furn. Co”' }).click();
  await expect.poll(() => itemTexts(bobGoals)).toEqual(['Be front of mind for potential customers']);

  // Undo (outside a text field) brings back Ada's deleted item, for both.
  await ada.getByRole('heading', { name: 'Customer Experience Strategy Canvas' }).click();
  await ada.keyboard.press('Control+z');
  await expect.poll(() => itemTexts(bobGoals)).toEqual(['Make it easy to find Furn. Co', 'Be front of mind for potential customers']);
});

test('a channel added on the canvas is offered on a card, and a metric attached to a stage shows on the map', async ({ openLaptop, server }) => {
  const page = await openLaptop();
  const { id, path, link, owner } = await newBoard(page);
  const seed = await connectSeedClient(server.url, id, owner);
  try {
    const stageId = addStage(seed.ctx, { title: 'Quotation and Agreement' });
    const laneId = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
    const cardId = addCard(seed.ctx, { stageId, laneId, title: 'Quote' });
    await openStrategy(page, link, 'Ada');

    const channels = section(page, '8. Channels');
    await channels.getByRole('button', { name: 'Add an item to Channels' }).click();
    await page.keyboard.type('Live chat');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Retail stores');

    const metrics = section(page, '10. Metrics · Pre-Sales');
    await metrics.getByRole('button', { name: 'Add an item to Metrics · Pre-Sales' }).click();
    await page.keyboard.type('NPS (Sales Episode)');
    await metrics.getByRole('combobox', { name: 'Stage of the map that shows “NPS (Sales Episode)”' }).selectOption({ label: 'On the map: 1. Quotation and Agreement' });

    await page.getByRole('link', { name: 'Journey map' }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('listitem').filter({ hasText: 'NPS (Sales Episode)' })).toBeVisible();

    await page.goto(`${path}#card=${cardId}`);
    const editor = page.getByRole('dialog', { name: 'Edit card' });
    const channel = editor.getByRole('combobox', { name: 'Channel' });
    await expect(channel.getByRole('option')).toHaveText(['No channel', 'Live chat', 'Retail stores']);
    await channel.selectOption('Live chat');
    await expect.poll(() => docToBoard(seed.doc).cards[0]?.channel).toBe('Live chat');
  } finally {
    seed.destroy();
  }
});

const STEPS = [
  'Who',
  'Needs',
  'Customer key activities',
  'Interaction preferences',
  'Goals',
  'Culture',
  'Business key activities',
  'Channels',
  'Service model',
  'Metrics',
  'Awareness / engagement plan',
  'Retention plan',
];

test('guided mode walks the canvas from step 1 to 12, and what is written there is on the canvas', async ({ openLaptop }) => {
  const page = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const { link } = await newBoard(page);
  await openStrategy(page, link, 'Facilitator');
  await page.getByRole('button', { name: 'Guided mode' }).click();
  const guide = page.getByRole('dialog');

  for (const [i, title] of STEPS.entries()) {
    await expect(guide.getByText(`Step ${i + 1} of 12`)).toBeVisible();
    await expect(guide.getByRole('heading', { level: 2 })).toHaveText(title);
    if (title === 'Channels') {
      await guide.getByRole('button', { name: 'Add an item to Channels' }).click();
      await page.keyboard.type('Customer contact phone line');
    }
    await guide.getByRole('button', { name: /^Next/ }).click();
  }
  await expect(guide.getByText('After step 12')).toBeVisible();
  await expect(guide.getByRole('heading', { level: 2 })).toHaveText('Sales model');

  // The arrow keys turn pages back; the progress bar jumps.
  await guide.getByRole('button', { name: 'Close guide' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(guide.getByRole('heading', { level: 2 })).toHaveText('Retention plan');
  await guide.getByRole('button', { name: 'Step 1: Who' }).click();
  await expect(guide.getByText('Step 1 of 12')).toBeVisible();
  await guide.getByRole('button', { name: 'Close guide' }).click();

  await expect(page.getByRole('dialog')).toBeHidden();
  await expect.poll(() => itemTexts(section(page, '8. Channels'))).toEqual(['Customer contact phone line']);
});

test('on a 1280x720 laptop a section that holds more than it shows fades at the edge it scrolls past, and an item’s tools never cover its text while it is edited', async ({ page }) => {
  const template = readFileSync('src/templates/strategy-canvas-furn-co.json', 'utf8');
  const response = await page.request.post('/api/boards/import', { data: template, headers: { 'content-type': 'application/json' } });
  const { id, tokens } = (await response.json()) as { id: string; tokens: { edit: string } };
  await openStrategy(page, linkPath(id, tokens.edit), 'Ada');

  // Its list scrolls: the cut edge fades, and fades at the other end once scrolled to the last item.
  const culture = section(page, '6. Culture');
  const list = culture.getByRole('list');
  const fade = () => list.evaluate((element) => ({ more: element.getAttribute('data-more'), mask: getComputedStyle(element).maskImage }));
  await expect.poll(fade).toEqual({ more: 'below', mask: expect.stringContaining('linear-gradient') });
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect.poll(fade).toEqual({ more: 'above', mask: expect.stringContaining('linear-gradient') });
  // Where the screen gives the sections room, a list that shows all it holds does not fade.
  const goals = section(page, '5. Goals · Post-Sales').getByRole('list');
  await expect.poll(() => goals.evaluate((element) => getComputedStyle(element).maskImage)).not.toBe('none');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => goals.evaluate((element) => getComputedStyle(element).maskImage)).toBe('none');
  await page.setViewportSize({ width: 1280, height: 720 });

  // While an item is edited its text ends before its tools begin.
  const field = culture.getByRole('textbox').first();
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and a few more words, so that the line runs on under where the tools are');
  const clear = await field.evaluate((text) => {
    const box = text.getBoundingClientRect();
    const style = getComputedStyle(text);
    const textEnds = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const tools = text.closest('li')!.querySelector('.strategy-item__tools')!.getBoundingClientRect();
    return tools.width > 0 && tools.left >= textEnds;
  });
  expect(clear).toBe(true);
});
