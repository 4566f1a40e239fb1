import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addLane, addPersona, addStage, addStrategyItem, setEmotionScore } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * A team maps one journey for a persona as-is and to-be: the persona is added and named in the
 * panel, the two emotion lanes are given to them, and the map draws both curves in their
 * colour, the to-be one dashed, each lane's header saying whose curve it is.
 */

const SCREENSHOTS = join(tmpdir(), 'look-personas');

test('a persona added in the panel owns two emotion curves, solid as-is and dashed to-be, in their colour', async ({ page, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { id, tokens } = await createBoard(request, { title: 'Showroom journey' });
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  const stages = ['Research', 'Visit', 'Purchase'].map((title) => addStage(seed.ctx, { title }));
  const asIs = addLane(seed.ctx, { kind: 'emotion', title: 'Today' });
  const toBe = addLane(seed.ctx, { kind: 'emotion', title: 'Tomorrow' });
  stages.forEach((stage, i) => {
    setEmotionScore(seed.ctx, asIs, stage, [1, -2, 0][i]!);
    setEmotionScore(seed.ctx, toBe, stage, [1, 1, 2][i]!);
  });

  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(linkPath(id, tokens.edit));
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await page.getByRole('button', { name: 'Personas' }).click();
  const panel = page.getByRole('complementary', { name: 'Personas' });
  await panel.getByRole('button', { name: 'Add persona' }).click();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Bargain seeking households');
  await panel.getByRole('textbox', { name: 'Quote' }).fill('Is delivery included?');
  await panel.getByRole('group', { name: 'Colour' }).getByRole('button', { name: 'Teal' }).click();
  await expect(panel.getByRole('button', { name: 'Edit Bargain seeking households' })).toContainText('BS');

  const lane = (title: string) => page.locator('.lane-node', { hasText: title });
  await lane('Today').getByRole('combobox', { name: 'Whose curve' }).selectOption({ label: 'Bargain seeking households' });
  await lane('Tomorrow').getByRole('combobox', { name: 'Whose curve' }).selectOption({ label: 'Bargain seeking households' });
  await lane('Tomorrow').getByRole('combobox', { name: 'Journey' }).selectOption('toBe');
  await expect(panel.getByText('2 curves on the map')).toBeVisible();

  const curve = (laneId: string) => page.locator(`.react-flow__node[data-id="emotion:${laneId}"] .emotion-node__path`);
  const teal = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--edge-teal').trim());
  await expect(curve(asIs)).toHaveCSS('stroke', hexToRgb(teal));
  await expect(curve(toBe)).toHaveCSS('stroke', hexToRgb(teal));
  await expect(curve(asIs)).toHaveCSS('stroke-dasharray', 'none');
  await expect(curve(toBe)).not.toHaveCSS('stroke-dasharray', 'none');
  await page.screenshot({ path: join(SCREENSHOTS, 'curves.png') });

  // Deleting the persona leaves both curves on the map, as no one's.
  await panel.getByRole('button', { name: 'Delete persona' }).click();
  await expect(panel.getByText('No personas yet.')).toBeVisible();
  await expect(lane('Today').getByRole('combobox', { name: 'Whose curve' })).toHaveValue('');
  await expect(curve(asIs)).toHaveCount(1);
  seed.destroy();
});

test('the strategy canvas’s “Who” lists the personas, each a link to its card in the panel', async ({ page, request, server }) => {
  const { id, tokens } = await createBoard(request, { title: 'Furniture' });
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  addStrategyItem(seed.ctx, 'who', 'Bargain seeking households who still want quality furniture');
  addPersona(seed.ctx, { name: 'Bargain seeking households', color: 'teal', goals: 'Quality furniture at a bargain price' });
  addPersona(seed.ctx, { name: 'Trade buyers', color: 'violet' });

  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(linkPath(id, tokens.edit));
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Strategy canvas' }).click();
  const who = page.locator('[data-section="who"]').getByRole('group', { name: 'The board’s personas' });
  await expect(who.getByRole('button')).toHaveText(['BSBargain seeking households', 'TBTrade buyers', 'Personas…']);
  await page.screenshot({ path: join(SCREENSHOTS, 'who.png') });

  await who.getByRole('button', { name: 'Open the persona Trade buyers' }).click();
  const panel = page.getByRole('complementary', { name: 'Personas' });
  await expect(panel.getByRole('button', { name: 'Edit Trade buyers' })).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('button', { name: 'Edit Bargain seeking households' })).toHaveAttribute('aria-expanded', 'false');
  // A name typed in the panel is the name the "Who" section links by.
  await panel.getByRole('textbox', { name: 'Name' }).fill('Interior designers');
  await expect(who.getByRole('button', { name: 'Open the persona Interior designers' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'who-panel.png') });
  seed.destroy();
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
