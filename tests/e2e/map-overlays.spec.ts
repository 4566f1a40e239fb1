import type { Locator, Page } from '@playwright/test';
import { addCard, addLane, addStage } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * What floats over the map covers none of it: the empty-state panel leaves once the map holds
 * anything, and on a 1280x720 laptop the minimap and the highlight bar leave lane headers,
 * "+ Add card" and a zoomed stage's header in view. Both fold away, and stay as left.
 */

/** Whether the topmost thing painted at the centre of `target` belongs to it. */
function onTop(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
}

/** The labels of the elements matching `selector` that something covers, or that lie under the minimap. */
function coveredOrUnderMinimap(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((targets) => {
    const minimap = document.querySelector('.minimap')!.getBoundingClientRect();
    return [...document.querySelectorAll(targets)].flatMap((element) => {
      const box = element.getBoundingClientRect();
      const under = box.x < minimap.right && minimap.x < box.right && box.y < minimap.bottom && minimap.y < box.bottom;
      const covered = !element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      return under || covered ? [element.getAttribute('aria-label') ?? element.textContent ?? ''] : [];
    });
  }, selector);
}

async function boxesOverlap(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = [(await a.boundingBox())!, (await b.boundingBox())!];
  return one.x < two.x + two.width && two.x < one.x + one.width && one.y < two.y + two.height && two.y < one.y + one.height;
}

test('a sticky note added to an empty map is in view and takes what is typed next', async ({ page }) => {
  const board = await createBoard(page.request);
  await page.goto(board.path);
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await expect(page.getByRole('region', { name: 'Start your journey map' })).toBeVisible();

  await page.getByRole('button', { name: /^Sticky note: / }).click();
  await expect(page.getByRole('region', { name: 'Start your journey map' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.type('Call the architect');
  await page.keyboard.press('Enter');
  const note = page.getByLabel('Sticky note: Call the architect');
  await expect(note).toBeVisible();
  // The next step is still hinted, at the map's edge, off the note.
  await expect(page.getByRole('region', { name: 'Next step' })).toBeVisible();
  expect(await onTop(note)).toBe(true);
});

async function seedMap(page: Page, serverUrl: string): Promise<string> {
  const board = await createBoard(page.request);
  const seed = await connectSeedClient(serverUrl, board.id, board.tokens.owner);
  try {
    const stages = ['Awareness', 'Consideration', 'Purchase', 'Delivery'].map((title) => addStage(seed.ctx, { title, window: 'Week 0-2' }));
    const lanes = (['touchpoints', 'actions', 'painPoints', 'opportunities'] as const).map((kind) => addLane(seed.ctx, { kind }));
    for (const stageId of stages) for (const laneId of lanes) addCard(seed.ctx, { stageId, laneId, title: 'Showroom visit', owner: 'Sales' });
  } finally {
    seed.destroy();
  }
  return board.path;
}

test('on a 1280x720 laptop the minimap and the highlight bar cover no lane header, no "+ Add card" and no zoomed stage header', async ({ page, server }) => {
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
  await page.goto(await seedMap(page, server.url));
  await expectConnected(page);
  const laneHeaders = page.locator('.lane-node');
  const addButtons = page.getByRole('button', { name: /^Add card to/ });
  await expect(laneHeaders).toHaveCount(4);

  // On a laptop the minimap starts folded; shown, it stays shown on the next visit.
  const minimapToggle = page.getByRole('button', { name: 'Minimap' });
  await expect(minimapToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.minimap')).toHaveCount(0);
  await minimapToggle.click();
  await page.reload();
  await expectConnected(page);
  await expect(minimapToggle).toHaveAttribute('aria-pressed', 'true');
  const minimap = page.locator('.minimap');
  await expect(minimap).toBeVisible();

  // The map opens fitted, and fits again, beside the minimap: nothing of it lies under it.
  for (const fit of [async () => {}, () => page.getByRole('button', { name: 'Fit View' }).click()]) {
    await fit();
    await expect(addButtons).toHaveCount(16);
    expect(await coveredOrUnderMinimap(page, '.lane-node, .cell-node__add')).toEqual([]);
  }

  // A zoomed stage's header is under no bar.
  const header = page.getByLabel(/^Stage 2: Consideration/);
  const fitted = (await header.boundingBox())!.width;
  await header.hover();
  await page.getByRole('button', { name: 'Zoom to stage Consideration' }).click();
  // Zoomed in, and come to rest: the same size twice running.
  let last = 0;
  await expect
    .poll(async () => {
      const width = (await header.boundingBox())!.width;
      const settled = width > fitted * 1.2 && width === last;
      last = width;
      return settled;
    })
    .toBe(true);
  await expect.poll(() => onTop(page.getByLabel(/^Stage 2: Consideration/).locator('.stage-node__title'))).toBe(true);
  expect(await boxesOverlap(header, page.getByRole('search', { name: 'Highlight cards' }))).toBe(false);

  // The highlight's choices fold behind their button, and stay folded on the next visit.
  const highlight = page.getByRole('button', { name: 'Highlight', exact: true });
  await expect(highlight).toHaveAttribute('aria-expanded', 'true');
  await highlight.click();
  await expect(page.getByLabel('Highlight by stage')).toBeHidden();
  await page.reload();
  await expectConnected(page);
  await expect(highlight).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Highlight by stage')).toBeHidden();
  await highlight.click();
  await expect(page.getByLabel('Highlight by stage')).toBeVisible();
});
