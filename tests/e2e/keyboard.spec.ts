import type { Page } from '@playwright/test';
import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';

async function tabTo(page: Page, name: RegExp | string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('a map can be built, walked and edited with the keyboard alone', async ({ page }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await expectConnected(page);

  await tabTo(page, '+ Add stage');
  await page.keyboard.press('Enter');
  await tabTo(page, '+ Add lane');
  await page.keyboard.press('Enter');
  for (const title of ['Research', 'Referrals']) {
    await tabTo(page, /^Add card to Awareness/);
    await page.keyboard.press('Enter');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article', { name: `Card: ${title}` })).toBeVisible();
  }
  await page.keyboard.press('Escape');

  // Arrow keys walk the grid; Enter edits the selected card in place.
  await page.locator('body').press('ArrowDown');
  await expect(page.getByRole('article', { name: 'Card: Research' })).toHaveClass(/is-selected/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('article', { name: 'Card: Referrals' })).toHaveClass(/is-selected/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Referrals from partners');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: 'Card: Referrals from partners' })).toBeVisible();

  // Alt+Up moves it above "Research"; Delete removes it; undo brings it back.
  await page.getByRole('article', { name: 'Card: Referrals from partners' }).click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => {
    const boxes = await Promise.all(['Research', 'Referrals from partners'].map((t) => page.getByRole('article', { name: `Card: ${t}` }).boundingBox()));
    return boxes[1]!.y < boxes[0]!.y;
  }).toBe(true);
  await page.keyboard.press('Delete');
  await expect(page.getByRole('article', { name: 'Card: Referrals from partners' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('article', { name: 'Card: Referrals from partners' })).toBeVisible();

  // "?" lists every shortcut, from the same list the keyboard runs.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Duplicate the selected cards')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The cells are one stop of the Tab key: the arrows go from cell to cell, Tab leaves them.
  await tabTo(page, 'Stage: drag onto the map, or press to add');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('gridcell')).toHaveCount(2);
  await page.keyboard.press('Escape');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await tabTo(page, /^Add card to Awareness/);
  const first = await focused();
  await expect(page.locator('.cell-node__add[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  const second = await focused();
  expect(second).toMatch(/^Add card to /);
  expect(second).not.toBe(first);
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe(first);
  await page.keyboard.press('End');
  expect(await focused()).toBe(second);
  await page.keyboard.press('Tab');
  expect(await focused()).not.toMatch(/^Add card to /);
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe(second);
});

test('cards copied on one board paste into another, and pasted lines become cards', async ({ openLaptop }) => {
  const first = await openLaptop({ permissions: ['clipboard-read', 'clipboard-write'] });
  await createBoardFromHome(first);
  await joinAs(first, 'Ada');
  await first.getByRole('button', { name: '+ Add stage' }).click();
  await first.getByRole('button', { name: '+ Add lane' }).click();
  await first.getByRole('button', { name: /^Add card to/ }).click();
  await first.keyboard.type('Samples and Demos');
  await first.keyboard.press('Enter');
  await first.getByRole('article', { name: 'Card: Samples and Demos' }).click();
  await first.keyboard.press('Control+c');

  const second = await first.context().newPage(); // another tab, another board
  await createBoardFromHome(second);
  await second.getByRole('button', { name: '+ Add stage' }).click();
  await second.getByRole('button', { name: '+ Add lane' }).click();
  await second.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await second.keyboard.press('Control+v');
  await expect(second.getByRole('article', { name: 'Card: Samples and Demos' })).toBeVisible();

  await second.evaluate(() => navigator.clipboard.writeText('- Pitching process\n- Share our offering\n'));
  await second.keyboard.press('Escape');
  await second.keyboard.press('Control+v');
  await expect(second.getByRole('article', { name: 'Card: Pitching process' })).toBeVisible();
  await expect(second.getByRole('article', { name: 'Card: Share our offering' })).toBeVisible();
});
