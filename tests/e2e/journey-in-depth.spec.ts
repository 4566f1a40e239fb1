import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCard, addLane, addPersona, addStage, setEmotionScore, setLaneCurve, updateCard } from '../../src/doc/index.ts';
import type { EditContext } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * One journey mapped in depth, as a team would leave it after a workshop: two personas, each
 * with the journey as it is and as it is to be; the service behind it (the staff the customer
 * meets, the backstage, the systems); the measures of each stage; the opportunities rated. The
 * map shows all of it, and the report an executive reads (exported from the page, read back
 * with pdftotext) has every part: personas, curves, blueprint lines, measures, ranked opportunities.
 */

const SCREENSHOTS = join(tmpdir(), 'look-journey-in-depth');

function mapJourney(ctx: EditContext) {
  const stages = ['Research', 'Showroom visit', 'Order', 'Delivery', 'Aftercare'].map((title) => addStage(ctx, { title }));
  const households = addPersona(ctx, { name: 'Bargain seeking households', color: 'teal', goals: 'Furnish the whole house for less', frustrations: 'Delivery dates that slip', quote: 'Is delivery included?' })!;
  const designers = addPersona(ctx, { name: 'Interior designers', color: 'violet', needs: 'Stock they can count on for a client', quote: 'I need it by the install date.' })!;
  const actions = addLane(ctx, { kind: 'actions', title: 'Customer actions' });
  ['Compares prices online', 'Sits on every sofa', 'Orders in store', 'Waits for the van', 'Calls about a scratch'].forEach((title, i) => addCard(ctx, { stageId: stages[i]!, laneId: actions, title }));
  const curves: [string, 'asIs' | 'toBe', string, number[]][] = [
    ['Households today', 'asIs', households, [1, 2, 0, -2, -1]],
    ['Households tomorrow', 'toBe', households, [1, 2, 1, 1, 2]],
    ['Designers today', 'asIs', designers, [0, 1, -1, -2, 0]],
    ['Designers tomorrow', 'toBe', designers, [1, 1, 1, 2, 1]],
  ];
  for (const [title, curve, persona, scores] of curves) {
    const lane = addLane(ctx, { kind: 'emotion', title });
    setLaneCurve(ctx, lane, persona, curve);
    scores.forEach((score, i) => setEmotionScore(ctx, lane, stages[i]!, score));
  }
  const front = addLane(ctx, { kind: 'frontstage', title: 'Sales desk' });
  addCard(ctx, { stageId: stages[2]!, laneId: front, title: 'Confirms a delivery date' });
  const back = addLane(ctx, { kind: 'backstage', title: 'Warehouse' });
  addCard(ctx, { stageId: stages[3]!, laneId: back, title: 'Picks and loads the sofa' });
  const support = addLane(ctx, { kind: 'support', title: 'Stock system' });
  addCard(ctx, { stageId: stages[2]!, laneId: support, title: 'Reserves stock per store' });
  const measures = addLane(ctx, { kind: 'metrics', title: 'Measures' });
  const measure = (stage: number, title: string, value: number, target: number, unit: string, better: 'higher' | 'lower' = 'higher') =>
    updateCard(ctx, addCard(ctx, { stageId: stages[stage]!, laneId: measures, title }), { value, target, unit, better });
  measure(2, 'Conversion', 2.1, 3, '%');
  measure(3, 'Days to deliver', 9, 5, 'days', 'lower');
  measure(4, 'NPS (End to End)', 42, 40, 'pts');
  const opportunities = addLane(ctx, { kind: 'opportunities', title: 'Opportunities' });
  const rate = (stage: number, title: string, impact: number, effort: number) => updateCard(ctx, addCard(ctx, { stageId: stages[stage]!, laneId: opportunities, title }), { impact, effort });
  rate(3, 'Text the delivery slot', 5, 1);
  rate(2, 'Show stock per store', 4, 4);
  rate(0, 'Room planner', 2, 5);
}

test('two personas as-is and to-be, the backstage behind them and the measures of each stage, on the map and in the report', async ({ page, request, server }) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { id, tokens } = await createBoard(request, { title: 'Sofa delivery, in depth' });
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  mapJourney(seed.ctx);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(linkPath(id, tokens.edit));
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await expect(page.locator('.card-node', { hasText: 'Text the delivery slot' })).toBeAttached();
  // Each curve in its persona's colour, the to-be ones dashed; the blueprint's lines between the right lanes.
  await expect(page.locator('.emotion-node__path')).toHaveCount(4);
  const colour = (name: string) => page.evaluate((token) => getComputedStyle(document.documentElement).getPropertyValue(token).trim(), `--edge-${name}`);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const curve = (title: string) => page.locator('.react-flow__node-emotion', { has: page.getByRole('group', { name: new RegExp(title) }) }).locator('.emotion-node__path');
  for (const [title, persona, dashed] of [['Households today', 'teal', false], ['Households tomorrow', 'teal', true], ['Designers today', 'violet', false], ['Designers tomorrow', 'violet', true]] as const) {
    await expect(curve(title)).toHaveCSS('stroke', rgb(await colour(persona)));
    if (dashed) await expect(curve(title)).not.toHaveCSS('stroke-dasharray', 'none');
    else await expect(curve(title)).toHaveCSS('stroke-dasharray', 'none');
  }
  // Each to-be curve over its persona's as-is curve, pale.
  await expect(page.locator('.emotion-node__as-is')).toHaveCount(2);
  await expect(page.getByRole('separator')).toHaveText(['Line of interaction', 'Line of visibility', 'Line of internal interaction']);
  await page.screenshot({ path: join(SCREENSHOTS, 'map.png') });

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Report \(PDF\)/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  const pdf = join(SCREENSHOTS, 'report.pdf');
  copyFileSync((await download.path())!, pdf);
  const pages = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((text) => text.replace(/\s+/g, ' '));
  const part = (title: string) => pages.find((text) => text.startsWith(title)) ?? '';
  expect(part('Personas')).toContain('Bargain seeking households 2 emotion curves on the map');
  expect(part('Personas')).toContain('Interior designers 2 emotion curves on the map');
  const map = pages.filter((text) => text.startsWith('Journey map')).join(' ');
  for (const heading of ['Bargain seeking households · as-is', 'Bargain seeking households · to-be', 'Interior designers · as-is', 'Interior designers · to-be']) expect(map).toContain(heading);
  for (const line of ['Line of interaction', 'Line of visibility', 'Line of internal interaction']) expect(map).toContain(line);
  expect(map).toContain('Conversion 2.1% target 3% 0.9% short');
  expect(map).toContain('Days to deliver 9 days target 5 days 4 days short');
  expect(map).toContain('NPS (End to End) 42 pts target 40 pts On target');
  expect(part('Opportunities ranked')).toMatch(/1 Text the delivery slot Delivery Impact 5 · effort 1 · Quick wins 2 Show stock per store Order Impact 4 · effort 4 · Big bets 3 Room planner Research Impact 2 · effort 5 · Money pits/);
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(SCREENSHOTS, 'report')]);
  seed.destroy();
});
