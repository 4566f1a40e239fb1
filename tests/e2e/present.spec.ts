import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath, type BoardTokens, type TestBoard } from './links.ts';

/*
 * Presenting the map to a room: the facilitator on a 1920x1080 projector, a participant on a
 * 1280x720 laptop, on the lighting template (the gallery's customer journey of six stages).
 */

async function lightingBoard(request: APIRequestContext): Promise<TestBoard> {
  const response = await request.post('/api/boards/import', { data: readFileSync('src/templates/lighting-project.json', 'utf8'), headers: { 'content-type': 'application/json' } });
  expect(response.status()).toBe(201);
  const { id, tokens } = (await response.json()) as { id: string; tokens: BoardTokens };
  return { id, tokens, path: linkPath(id, tokens.owner) };
}

async function open(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await joinAs(page, name);
  await expectConnected(page);
}

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

/** Starts a workshop from the header's workshop panel, then presents the view on screen from it. */
async function present(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Workshop' });
  await page.getByTestId('workshop').click();
  await panel.getByRole('button', { name: 'Start workshop' }).click();
  await page.getByTestId('workshop').click();
  await panel.getByRole('button', { name: 'Present', exact: true }).click();
}
const stageTitle = (page: Page) => presentation(page).getByRole('heading', { level: 1 });
const cardTitles = (page: Page) => presentation(page).getByTestId('present-card').locator('.present-card__title');

/** Whether what shows at the middle of an element is the presentation (it covers the element). */
function coveredByPresentation(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return Boolean(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('.present'));
  });
}

/** Each card title's computed font size, and whether its whole box lies inside the window. */
function measureCardTitles(titles: Locator) {
  return titles.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        text: element.textContent,
        fontSize: parseFloat(getComputedStyle(element).fontSize),
        inside: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth && box.height > 0,
      };
    }),
  );
}

test('the facilitator presents the map stage by stage, in type that reads from the back of the room, and a follower sees the same stage', async ({ page, request, openLaptop }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const board = await lightingBoard(request);
  await open(page, board.path, 'Fran');
  const participant = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await open(participant, linkPath(board.id, board.tokens.edit), 'Pat');

  await present(page);
  await expect(presentation(page)).toBeVisible();
  await expect(presentation(page).getByTestId('present-progress')).toHaveText('Stage 1 of 6');
  await expect(stageTitle(page)).toHaveText('Initial Contact and Needs Assessment');
  // The board's tools are gone from the facilitator's screen: the presentation lies over them.
  for (const tool of [page.getByRole('complementary', { name: 'Palette' }), page.getByRole('search', { name: 'Highlight cards' }), page.getByRole('button', { name: 'Share' })]) {
    expect(await coveredByPresentation(tool)).toBe(true);
  }
  // Whoever is on the board follows from the start.
  await expect(presentation(participant)).toContainText('Following Fran');
  await expect(stageTitle(participant)).toHaveText('Initial Contact and Needs Assessment');

  await page.keyboard.press('ArrowRight');
  await expect(presentation(page).getByTestId('present-progress')).toHaveText('Stage 2 of 6');
  await page.keyboard.press('PageDown');
  await expect(stageTitle(page)).toHaveText('Production and Quality Assurance');
  await page.keyboard.press('PageUp');
  await expect(stageTitle(page)).toHaveText('Quotation and Agreement');

  await expect(stageTitle(participant)).toHaveText('Quotation and Agreement');
  await expect(presentation(participant).getByTestId('present-progress')).toHaveText('Stage 2 of 6');
  await expect(cardTitles(participant)).toHaveText(['Quotation', 'Adjustments and Approval', 'Order Confirmation']);

  // Card titles at 24 CSS px or more on the projector, every one of them on screen; legible on the laptop too.
  await expect(cardTitles(page)).toHaveCount(3);
  for (const title of await measureCardTitles(cardTitles(page))) {
    expect(title.fontSize, `${title.text} at 1920x1080`).toBeGreaterThanOrEqual(24);
    expect(title.inside, `${title.text} inside 1920x1080`).toBe(true);
  }
  for (const title of await measureCardTitles(cardTitles(participant))) {
    expect(title.fontSize, `${title.text} at 1280x720`).toBeGreaterThanOrEqual(16);
    expect(title.inside, `${title.text} inside 1280x720`).toBe(true);
  }

  // A follower's keys turn no one's pages, their own included: a page they turned would show at
  // once on their screen, before any answer from the server.
  for (const key of ['ArrowRight', 'PageDown', 'Space', 'PageUp']) {
    await participant.keyboard.press(key);
    await participant.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await presentation(participant).getByTestId('present-progress').textContent(), key).toBe('Stage 2 of 6');
  }
  // They leave when they like and can follow again.
  await participant.getByRole('button', { name: 'Stop following' }).click();
  await expect(presentation(participant)).toBeHidden();
  await expect(participant.getByTestId('present-banner')).toHaveText(/Fran is presenting — stage 2: Quotation and Agreement/);
  await expect(stageTitle(page)).toHaveText('Quotation and Agreement');
  await participant.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(stageTitle(participant)).toHaveText('Quotation and Agreement');

  // The on-screen buttons turn the pages too.
  await presentation(page).getByRole('button', { name: /Next/ }).click();
  await expect(stageTitle(participant)).toHaveText('Production and Quality Assurance');

  // Having left a presentation is forgotten when it ends: the same presenter's next one is followed from its start.
  await participant.getByRole('button', { name: 'Stop following' }).click();
  await expect(presentation(participant)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
  await expect(participant.getByTestId('present-banner')).toBeHidden();
  expect(await coveredByPresentation(page.getByRole('complementary', { name: 'Palette' }))).toBe(false);
  await page.getByTestId('workshop').click();
  await page.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Present', exact: true }).click();
  await expect(presentation(participant)).toContainText('Following Fran');
  await page.keyboard.press('Escape');
  await expect(presentation(participant)).toBeHidden();
});

test('focus mode hides the palette, the filter bar and the minimap, from its shortcut or the view controls, and is listed with the shortcuts', async ({ page, request }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const board = await lightingBoard(request);
  await open(page, board.path, 'Fran');
  const palette = page.getByRole('complementary', { name: 'Palette' });
  const filterBar = page.getByRole('search', { name: 'Highlight cards' });
  const minimap = page.locator('.minimap');
  const toggle = page.getByRole('button', { name: 'Focus', exact: true });
  for (const panel of [palette, filterBar, minimap]) await expect(panel).toBeVisible();

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+.');
  for (const panel of [palette, filterBar, minimap]) await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The map itself stays, cards and all.
  await expect(page.getByRole('article', { name: 'Card: Quotation' })).toBeVisible();

  await toggle.click();
  for (const panel of [palette, filterBar, minimap]) await expect(panel).toBeVisible();

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByText('Focus mode: hide the palette, filter bar and minimap')).toBeVisible();
});

test('the strategy canvas’s guide is presented the same way: the presenter turns the steps, a follower sees them and turns none', async ({ page, request, openLaptop }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const board = await lightingBoard(request);
  await open(page, board.path, 'Fran');
  const participant = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await open(participant, linkPath(board.id, board.tokens.edit), 'Pat');

  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Strategy canvas' }).click();
  await present(page);
  const guide = page.getByRole('dialog');
  await expect(guide.getByText('You are presenting to everyone on the board')).toBeVisible();
  await expect(guide.getByText('Step 1 of 12')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(guide.getByText('Step 2 of 12')).toBeVisible();

  // The participant, on the map, is shown the same step, without the buttons that would turn it.
  const followed = participant.getByRole('dialog');
  await expect(followed.getByText('Following Fran')).toBeVisible();
  await expect(followed.getByText('Step 2 of 12')).toBeVisible();
  await expect(followed.getByRole('heading', { level: 2 })).toHaveText('Needs');
  await expect(followed.getByRole('button', { name: /^Next/ })).toHaveCount(0);
  await participant.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(followed.getByText('Step 3 of 12')).toBeVisible();
  // Space turns the page as in the map's presentation, Shift+Space back.
  await page.keyboard.press('Space');
  await expect(followed.getByText('Step 4 of 12')).toBeVisible();
  await page.keyboard.press('Shift+Space');
  await expect(followed.getByText('Step 3 of 12')).toBeVisible();

  await guide.getByRole('button', { name: 'Stop presenting' }).click();
  await expect(guide).toBeHidden();
  await expect(followed).toBeHidden();
});
