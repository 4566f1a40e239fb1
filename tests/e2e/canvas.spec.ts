import type { Locator, Page } from '@playwright/test';
import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath } from './links.ts';

/** Drags with real mouse events in small steps, as a hand would. */
async function drag(page: Page, from: Locator, to: { x: number; y: number }): Promise<void> {
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(20, box.height / 2));
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function typeNewCard(page: Page, title: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Card title' });
  await field.fill(title);
  await field.press('Enter');
  await expect(page.getByRole('article', { name: `Card: ${title}` })).toBeVisible();
}

function cardTitles(page: Page, cell: string) {
  return page.evaluate((label) => {
    const cellBox = document.querySelector(`[aria-label="Cell ${label}"]`)!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.card-node')]
      .filter((c) => {
        const b = c.getBoundingClientRect();
        return b.left >= cellBox.left - 1 && b.right <= cellBox.right + 1 && b.top >= cellBox.top - 1 && b.bottom <= cellBox.bottom + 1;
      })
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((c) => c.getAttribute('aria-label')!.replace('Card: ', ''));
  }, cell);
}

test('build a small map by dragging from the palette, move a card, reorder a stage, undo and redo', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await page.getByRole('button', { name: '+ Add stage' }).click(); // "Awareness"
  await page.getByRole('button', { name: '+ Add lane' }).click(); // "Touchpoints"

  // A second stage, dragged from the palette to the right of the first.
  const awareness = page.getByLabel(/^Stage 1: Awareness/);
  const first = (await awareness.boundingBox())!;
  await page.getByRole('button', { name: /^Stage: drag/ }).dragTo(page.locator('.react-flow__pane'), {
    targetPosition: await relativeToPane(page, { x: first.x + first.width + 60, y: first.y + 30 }),
  });
  await expect(page.getByLabel(/^Stage 2:/)).toBeVisible();
  await page.getByLabel(/^Stage 2:/).getByRole('button', { name: /^Stage title/ }).dblclick();
  await page.getByRole('textbox', { name: 'Stage title' }).fill('Consideration');
  await page.getByRole('textbox', { name: 'Stage title' }).press('Enter');

  // Two cards dragged from the palette into the first cell, one typed in place each time.
  const cell1 = page.getByLabel('Cell Awareness / Touchpoints');
  for (const title of ['Research', 'Referrals']) {
    const c = await centreOf(cell1);
    await page.getByRole('button', { name: /^Card: drag/ }).dragTo(page.locator('.react-flow__pane'), { targetPosition: await relativeToPane(page, { x: c.x, y: c.y + 40 }) });
    await typeNewCard(page, title);
  }
  expect(await cardTitles(page, 'Awareness / Touchpoints')).toEqual(['Research', 'Referrals']);

  // Move "Research" into the second stage's cell with the mouse.
  await drag(page, page.getByRole('article', { name: 'Card: Research' }), await centreOf(page.getByLabel('Cell Consideration / Touchpoints')));
  await expect.poll(() => cardTitles(page, 'Consideration / Touchpoints')).toEqual(['Research']);
  expect(await cardTitles(page, 'Awareness / Touchpoints')).toEqual(['Referrals']);

  // Reorder: drag the "Consideration" header to the left of "Awareness".
  const awarenessBox = (await page.getByLabel(/^Stage 1: Awareness/).boundingBox())!;
  await drag(page, page.getByLabel(/^Stage 2: Consideration/), { x: awarenessBox.x + 10, y: awarenessBox.y + 20 });
  await expect(page.getByLabel(/^Stage 1: Consideration/)).toBeVisible();
  await expect(page.getByLabel(/^Stage 2: Awareness/)).toBeVisible();
  expect(await cardTitles(page, 'Consideration / Touchpoints')).toEqual(['Research']);

  // Undo the reorder, then the move; redo the move.
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel(/^Stage 1: Awareness/)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => cardTitles(page, 'Awareness / Touchpoints')).toEqual(['Research', 'Referrals']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => cardTitles(page, 'Consideration / Touchpoints')).toEqual(['Research']);
});

test('a card dropped outside every cell springs back, and the person is told why', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  await page.getByRole('button', { name: /^Add card to/ }).click();
  await typeNewCard(page, 'Sales Visit');
  // Onto the stage header: not a cell.
  await drag(page, page.getByRole('article', { name: 'Card: Sales Visit' }), await centreOf(page.getByLabel(/^Stage 1:/)));
  await expect.poll(() => cardTitles(page, 'Awareness / Touchpoints')).toEqual(['Sales Visit']);
  await page.getByRole('button', { name: /^Card: drag/ }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 40, y: 40 } });
  await expect(page.getByRole('status').filter({ hasText: 'Drop a card into a cell of the map.' })).toBeVisible();
});

test('a card whose stage another person deleted is kept as unplaced and can be placed again', async ({ openLaptop }) => {
  const ada = await openLaptop();
  const board = await createBoardFromHome(ada);
  await joinAs(ada, 'Ada');
  await ada.getByRole('button', { name: '+ Add stage' }).click();
  await ada.getByRole('button', { name: '+ Add lane' }).click();
  const bob = await openLaptop();
  await bob.goto(linkPath(board.id, board.tokens.edit)); // the link Ada shares to edit
  await joinAs(bob, 'Bob');
  await expectConnected(bob);

  // Bob starts a card in Awareness while Ada, offline for a moment, deletes that stage.
  await ada.context().setOffline(true);
  await ada.getByLabel(/^Stage 1: Awareness/).hover();
  await ada.getByRole('button', { name: 'Delete stage Awareness' }).click();
  await bob.getByRole('button', { name: /^Add card to Awareness/ }).click();
  await typeNewCard(bob, 'Follow up with a thank you note');
  await ada.context().setOffline(false);

  for (const page of [ada, bob]) {
    await expect(page.getByRole('region', { name: 'Unplaced cards' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('listitem', { name: 'Unplaced card: Follow up with a thank you note' })).toBeVisible();
  }
  // Ada adds a stage back and drags the card from the tray into its cell.
  await ada.getByRole('button', { name: '+ Add stage' }).click();
  await ada.getByRole('button', { name: 'Fit View' }).click();
  const cell = (await ada.getByLabel(/^Cell Awareness/).boundingBox())!;
  await ada.getByRole('listitem', { name: 'Unplaced card: Follow up with a thank you note' }).dragTo(ada.locator('.react-flow__pane'), {
    targetPosition: await relativeToPane(ada, { x: cell.x + 30, y: cell.y + 30 }),
  });
  for (const page of [ada, bob]) {
    await expect(page.getByRole('region', { name: 'Unplaced cards' })).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Card: Follow up with a thank you note' })).toBeVisible();
  }
});

async function relativeToPane(page: Page, point: { x: number; y: number }) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: point.x - pane.x, y: point.y - pane.y };
}

test('highlighting by owner fades the other cards until cleared', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  for (const title of ['Quotation', 'Production']) {
    await page.getByRole('button', { name: /^Add card to/ }).click();
    await typeNewCard(page, title);
  }
  await page.getByRole('button', { name: 'Edit details of Quotation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit card' });
  await dialog.getByLabel('Owner').fill('Sales');
  await dialog.getByLabel('Owner').press('Enter');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Highlight by owner').selectOption('Sales');
  await expect(page.getByRole('article', { name: 'Card: Production' })).toHaveClass(/is-dimmed/);
  await expect(page.getByRole('article', { name: 'Card: Quotation' })).not.toHaveClass(/is-dimmed/);
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 2 cards');
  await page.getByRole('search').getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByRole('article', { name: 'Card: Production' })).not.toHaveClass(/is-dimmed/);
});

test('two cards are connected by dragging from one handle to the other, and the connector can be deleted', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  for (const title of ['Sales Visit', 'Data Collection']) {
    await page.getByRole('button', { name: /^Add card to/ }).click();
    await typeNewCard(page, title);
  }
  const from = page.locator('.react-flow__node-card', { hasText: 'Sales Visit' }).locator('.react-flow__handle.source');
  const to = page.locator('.react-flow__node-card', { hasText: 'Data Collection' }).locator('.react-flow__handle.target');
  await page.getByRole('article', { name: 'Card: Sales Visit' }).hover();
  await from.dragTo(to, { force: true });
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // A click on the line selects it: halfway along its path, which runs beside the cards.
  const onLine = await page.locator('.react-flow__edge-path').evaluate((path: SVGPathElement) => {
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: point.x * m.a + point.y * m.c + m.e, y: point.x * m.b + point.y * m.d + m.f };
  });
  await page.mouse.click(onLine.x, onLine.y);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('a stage’s time window, description and colour are edited in its dialog', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  // With a stage but no lane yet, the next step is hinted at the edge, not over the stage.
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('Add a lane next');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const header = document.querySelector('[aria-label^="Stage 1: Awareness"]')!;
        const box = header.getBoundingClientRect();
        return header.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      }),
    )
    .toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Edit stage' });
  // The view fits the map once its first node is measured, which may move the header under
  // the pointer between hover and click: retry until the dialog is open, but never hover
  // again once it is, as the open dialog covers the page.
  await expect(async () => {
    if (!(await dialog.isVisible())) {
      await page.getByLabel(/^Stage 1: Awareness/).hover({ timeout: 2000 });
      await page.getByRole('button', { name: 'Edit stage Awareness' }).click({ timeout: 2000 });
    }
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  await dialog.getByLabel('Time window').fill('Week 0-2');
  await dialog.getByRole('button', { name: 'Teal' }).click();
  // Typed last and closed with Escape: what was typed stays, as it went out as it was typed.
  await dialog.getByLabel('Description').fill('Customers look for a reputable retailer.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const header = page.getByLabel(/^Stage 1: Awareness/);
  await expect(header).toContainText('Week 0-2');
  await expect(header).toContainText('Customers look for a reputable retailer.');
  await expect(header).toHaveClass(/tint-teal/);
});

test('shift-click selects several cards, which then move together into another cell', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  await page.getByRole('button', { name: /^Stage: drag/ }).click(); // a second stage, at the end
  for (const title of ['Production', 'Quality Control', 'Packing and Shipping']) {
    await page.getByRole('button', { name: /^Add card to Awareness/ }).click();
    await typeNewCard(page, title);
  }
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.getByRole('article', { name: 'Card: Production' }).click();
  await page.getByRole('article', { name: 'Card: Packing and Shipping' }).click({ modifiers: ['Shift'] });
  await expect(page.locator('.card-node.is-selected')).toHaveCount(2);
  await drag(page, page.getByRole('article', { name: 'Card: Production' }), await centreOf(page.getByLabel(/^Cell Untitled stage/)));
  await expect.poll(() => cardTitles(page, 'Untitled stage / Touchpoints')).toEqual(['Production', 'Packing and Shipping']);
  expect(await cardTitles(page, 'Awareness / Touchpoints')).toEqual(['Quality Control']);
});

test('a sticky note is dropped anywhere, written on and moved; emotion scores draw a curve', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: /^Stage: drag/ }).click();
  await page.getByRole('button', { name: /^Emotions: drag/ }).click();
  await page.getByRole('button', { name: 'Fit View' }).click();

  const curve = page.getByRole('group', { name: 'Emotions: emotion curve' });
  await curve.getByRole('button', { name: 'Emotion positive' }).first().click();
  await curve.getByRole('button', { name: 'Emotion very negative' }).last().click();
  await expect(curve.getByRole('button', { pressed: true })).toHaveCount(2);
  await expect(curve.locator('path.emotion-node__path')).toHaveAttribute('d', /^M .+ C .+/);

  await page.getByRole('button', { name: /^Sticky note: drag/ }).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 200, y: 60 } });
  const note = page.locator('.note-node');
  await expect(note).toBeVisible();
  // A new note takes the keyboard, as a new card does.
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Note text' }).fill('Ask about FOB and DDP');
  await page.getByRole('textbox', { name: 'Note text' }).press('Enter');
  await expect(page.getByLabel('Sticky note: Ask about FOB and DDP')).toBeVisible();
  const before = (await note.boundingBox())!;
  await drag(page, note, { x: before.x + before.width / 2 + 160, y: before.y + Math.min(20, before.height / 2) + 90 });
  await expect.poll(async () => Math.round((await page.getByLabel('Sticky note: Ask about FOB and DDP').boundingBox())!.x - before.x)).toBeGreaterThan(100);
  await page.reload();
  await expect(page.getByLabel('Sticky note: Ask about FOB and DDP')).toBeVisible();
});

test('a press that slips a pixel still clicks; a drag on the background pans the map', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  const add = await centreOf(page.getByRole('button', { name: /^Add card to/ }));
  await page.mouse.move(add.x, add.y);
  await page.mouse.down();
  await page.mouse.move(add.x + 1, add.y);
  await page.mouse.up();
  await typeNewCard(page, 'Sales Visit');

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const from = { x: pane.x + pane.width - 120, y: pane.y + pane.height / 2 };
  const card = page.getByRole('article', { name: 'Card: Sales Visit' });
  const before = (await card.boundingBox())!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 200, from.y + 60, { steps: 10 });
  await page.mouse.up();
  const after = (await card.boundingBox())!;
  expect(after.x - before.x).toBeCloseTo(-200, 0);
  expect(after.y - before.y).toBeCloseTo(60, 0);
  // The sheet over the map during the pan is gone, so the card takes clicks again.
  await card.dblclick();
  await expect(page.getByRole('textbox', { name: 'Card title' })).toBeVisible();
});
