import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath, type BoardTokens } from './links.ts';
import { expectSameCentre, viewCentre } from './mapView.ts';
import { chip, openPhone } from './phonePage.ts';
import { expectAgreement } from './timerReading.ts';

/*
 * A workshop in one room, end to end: Fran facilitates from the shared screen (1920×1080), Pat
 * takes part from a laptop (1280×720) and Sam from a phone (360×740, touch). The three clocks
 * are minutes apart, as laptops' and phones' are. Fran presents stage 2 and both follow; she
 * brings everyone to her view; her timer counts to the same instant on all three; Sam's comment
 * reaches the others and Pat resolves it; a round of dots, cast on the projector and the phone,
 * is hidden until revealed and then ranked alike on the three screens; the structure Fran locks
 * does not move under Pat.
 */

/** Where the three screens are photographed at each step, to be looked at. */
const SCREENSHOTS = join(tmpdir(), 'journeyboard-room');

async function photograph(step: string, pages: Record<string, Page>): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [who, page] of Object.entries(pages)) await page.screenshot({ path: join(SCREENSHOTS, `${step}-${who}.png`) });
}

const CLOCKS = { fran: 4 * 60_000, pat: -3 * 60_000, sam: 9 * 60_000 };

const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });
const stageTitle = (page: Page) => presentation(page).getByRole('heading', { level: 1 });
const workshopPanel = (page: Page) => page.getByRole('region', { name: 'Workshop' });

async function openWorkshop(page: Page): Promise<Locator> {
  await page.getByTestId('workshop').click();
  return workshopPanel(page);
}

/** Each title's computed font size in the presentation, in CSS px. */
const titleSizes = (page: Page) =>
  presentation(page)
    .getByTestId('present-card')
    .locator('.present-card__title')
    .evaluateAll((titles) => titles.map((title) => parseFloat(getComputedStyle(title).fontSize)));

test('a facilitator runs a workshop from the shared screen with a laptop and a phone in the room', async ({ openLaptop, request }) => {
  test.setTimeout(180_000);
  const imported = await request.post('/api/boards/import', { data: readFileSync('src/templates/lighting-project.json', 'utf8'), headers: { 'content-type': 'application/json' } });
  expect(imported.status()).toBe(201);
  const { id, tokens } = (await imported.json()) as { id: string; tokens: BoardTokens };

  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const pat = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await fran.clock.install({ time: Date.now() + CLOCKS.fran });
  await pat.clock.install({ time: Date.now() + CLOCKS.pat });
  await fran.goto(linkPath(id, tokens.owner));
  await joinAs(fran, 'Fran');
  await expectConnected(fran);
  await pat.goto(linkPath(id, tokens.edit));
  await joinAs(pat, 'Pat');
  await expectConnected(pat);
  const sam = await openPhone(async (options) => {
    const page = await openLaptop(options);
    await page.clock.install({ time: Date.now() + CLOCKS.sam });
    return page;
  }, linkPath(id, tokens.edit), 'Sam');
  await expect(sam.getByTestId('phone-board')).toBeVisible();

  // Fran starts the workshop and presents; at stage 2 both followers are on stage 2.
  await (await openWorkshop(fran)).getByRole('button', { name: 'Start workshop' }).click();
  await (await openWorkshop(fran)).getByRole('button', { name: 'Present', exact: true }).click();
  await expect(stageTitle(fran)).toHaveText('Initial Contact and Needs Assessment');
  await fran.keyboard.press('PageDown');
  await expect(stageTitle(fran)).toHaveText('Quotation and Agreement');
  await expect(stageTitle(pat)).toHaveText('Quotation and Agreement');
  await expect(presentation(pat).getByTestId('present-progress')).toHaveText('Stage 2 of 6');
  await expect(sam.getByTestId('phone-presenting')).toContainText('2. Quotation and Agreement');
  await photograph('1-present', { fran, pat, sam });
  const sizes = { projector: await titleSizes(fran), laptop: await titleSizes(pat) };
  console.log(`card titles presented: ${sizes.projector.join(', ')} px at 1920×1080; ${sizes.laptop.join(', ')} px at 1280×720`);
  expect(Math.min(...sizes.projector)).toBeGreaterThanOrEqual(24);
  await fran.keyboard.press('Escape');
  await expect(presentation(pat)).toBeHidden();
  await expect(sam.getByTestId('phone-presenting')).toBeHidden();

  // Fran zooms in on the map's right and brings everyone there; Pat sees who did and stays.
  const pane = (await fran.locator('.react-flow__pane').boundingBox())!;
  await fran.mouse.move(pane.x + pane.width * 0.8, pane.y + pane.height * 0.5);
  await fran.mouse.wheel(0, -400);
  const patBefore = await viewCentre(pat);
  await (await openWorkshop(fran)).getByRole('button', { name: 'Bring everyone to my view' }).click();
  await expect(pat.getByRole('status').filter({ hasText: 'Fran brought everyone here' })).toBeVisible();
  await expectSameCentre(fran, pat);
  expect(Math.abs((await viewCentre(pat)).x - patBefore.x)).toBeGreaterThan(patBefore.width / 10);
  await photograph('2-summoned', { pat });
  await pat.getByRole('button', { name: 'Stay here' }).click();

  // A 10-minute timer: the same instant on the three screens, whatever their clocks say.
  await fran.getByTestId('workshop-timer').getByRole('button').click();
  await fran.getByRole('dialog', { name: 'Workshop timer' }).getByRole('button', { name: 'Start a 10-minute timer' }).click();
  await fran.keyboard.press('Escape');
  const phoneTimer = sam.getByTestId('phone-timer');
  await expect(phoneTimer).toHaveAttribute('data-state', 'running');
  await expect(pat.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'running');
  for (const [page, skew] of [[fran, CLOCKS.fran], [pat, CLOCKS.pat]] as const) {
    await expect.poll(async () => Math.abs(Number(await page.getByTestId('workshop-timer').getAttribute('data-clock-offset')) + skew)).toBeLessThan(1_000);
  }
  await expect.poll(async () => Math.abs(Number(await phoneTimer.getAttribute('data-clock-offset')) + CLOCKS.sam)).toBeLessThan(1_000);
  await expectAgreement(fran, pat, 'projector and laptop');
  await expectAgreement(fran, sam, 'projector and phone', { b: phoneTimer });
  await photograph('3-timer', { fran, pat, sam });
  // With the timer, the workshop and the comments in it, the laptop's header still shows every control whole.
  const outside = await pat.locator('.board-header').evaluate((header) =>
    [...header.querySelectorAll('button, a, select')].filter((control) => control.getBoundingClientRect().right > window.innerWidth).map((control) => control.textContent),
  );
  expect(outside).toEqual([]);

  // Sam comments on a card from the phone; Pat reads it, replies and resolves it; Sam sees both.
  await chip(sam, '2. Quotation and Agreement').tap();
  await chip(sam, 'Touchpoints').tap();
  await sam.getByRole('button', { name: 'Open the card Quotation' }).tap();
  const cardSheet = sam.getByRole('dialog', { name: 'Quotation' });
  await cardSheet.getByLabel('Your comment').fill('Can the quote come within a week?');
  await cardSheet.getByRole('button', { name: 'Send' }).tap();
  await expect(fran.getByTestId('open-thread-count')).toHaveText('1');
  await pat.getByRole('button', { name: /^Comments,/ }).click();
  const onCard = pat.getByRole('complementary', { name: 'Comments' }).getByRole('region', { name: 'Card: Quotation' });
  await onCard.getByRole('button', { name: 'Open the thread by Sam' }).click();
  await onCard.getByRole('button', { name: 'Reply' }).click();
  await onCard.getByRole('textbox', { name: 'Reply to Sam' }).fill('Yes, for stores we surveyed already');
  await onCard.getByRole('button', { name: 'Send reply' }).click();
  await expect(cardSheet.getByRole('listitem', { name: 'Thread by Sam' })).toContainText('Yes, for stores we surveyed already');
  await onCard.getByRole('button', { name: 'Resolve' }).click();
  await expect(fran.getByTestId('open-thread-count')).toHaveText('0');
  await expect(cardSheet.getByRole('listitem', { name: 'Thread by Sam' })).toContainText('Resolved');
  await photograph('4-resolved', { pat, sam });
  await cardSheet.getByRole('button', { name: 'Close' }).tap();
  await sam.getByRole('button', { name: 'Comments', exact: true }).tap();
  await sam.getByRole('button', { name: 'Resolved (1)' }).tap();
  await expect(sam.getByRole('region', { name: 'Card: Quotation' })).toContainText('Can the quote come within a week?');
  await pat.getByRole('button', { name: /^Comments,/ }).click();

  // Dot voting on the touchpoints, 3 dots each: Fran votes on the projector, Sam on the phone;
  // no one sees another's dots until Fran reveals them, then the three screens rank alike.
  await (await openWorkshop(fran)).getByRole('button', { name: 'Start dot voting' }).click();
  const start = fran.getByRole('dialog', { name: 'Start dot voting' });
  await start.getByLabel('Question (optional)').fill('Where do we lose them?');
  await start.getByRole('checkbox', { name: /Touchpoints/ }).check();
  await start.getByRole('button', { name: 'Start voting' }).click();
  for (const title of ['Delivery', 'Delivery', 'Handover']) await fran.getByRole('button', { name: `Add a dot to ${title}`, exact: true }).click();
  for (const title of ['Quotation', 'Quotation', 'Delivery']) await sam.getByRole('button', { name: `Add a dot to ${title}`, exact: true }).tap();
  await expect(sam.getByTestId('dots-left')).toHaveText('0 of 3 dots left');
  await expect(fran.getByTestId('voted-count')).toHaveText('2 people voted');
  for (const page of [fran, pat, sam]) await expect(page.locator('[data-dots]')).toHaveCount(0);
  await fran.getByRole('button', { name: 'Reveal dots' }).click();
  const ranked = [/^1\s*Delivery.*3 dots$/, /^2\s*Quotation.*2 dots$/, /^3\s*Handover.*1 dot$/];
  const rankings = [fran.getByTestId('voting-results'), pat.getByTestId('voting-results'), sam.getByTestId('phone-voting').getByRole('list', { name: 'Ranking' })];
  for (const ranking of rankings) await expect(ranking.getByRole('listitem')).toHaveText(ranked);
  await photograph('5-revealed', { fran, pat, sam });

  // Fran locks the structure: Pat's drag of a stage moves the map, not the stage.
  await (await openWorkshop(fran)).getByRole('button', { name: 'Lock stages and lanes' }).click();
  await fran.keyboard.press('Escape');
  await pat.mouse.move(5, 5);
  await expect(pat.locator('.stage-node').first().getByRole('img', { name: 'Locked' })).toBeVisible();
  const order = () => pat.locator('.stage-node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
  const stages = ['Initial Contact and Needs Assessment', 'Quotation and Agreement', 'Production and Quality Assurance', 'Delivery and Installation', 'Handover and Follow-Up', 'Aftercare and Maintenance'];
  // With the ranking open beside it, Pat's map fits left of it, its zoom and fit buttons too.
  await pat.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(order).toEqual(stages.map((title, i) => `Stage ${i + 1}: ${title}`));
  const rankingLeft = (await pat.getByTestId('voting-results').boundingBox())!.x;
  const rightEdge = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().right);
  await expect.poll(() => rightEdge(pat.locator('.stage-node').last())).toBeLessThan(rankingLeft);
  expect(await rightEdge(pat.locator('.react-flow__controls'))).toBeLessThan(rankingLeft);
  await photograph('6-locked', { pat });
  const first = (await pat.locator('.stage-node').first().boundingBox())!;
  await pat.mouse.move(first.x + 20, first.y + 10);
  await pat.mouse.down();
  for (let step = 1; step <= 12; step++) await pat.mouse.move(first.x + 20 + step * 60, first.y + 10);
  await pat.mouse.up();
  await pat.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(order).toEqual(stages.map((title, i) => `Stage ${i + 1}: ${title}`));
});
