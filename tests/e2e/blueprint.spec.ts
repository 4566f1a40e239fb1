import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { addCard, addLane, addStage } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * A journey with the service behind it: the customer's lane, then the staff they meet, what
 * goes on backstage and the systems under it. The map draws the blueprint's lines across the
 * whole map, each between the two lanes it parts, and a lane added from the palette under the
 * customer's gets its line at once.
 */

const SCREENSHOTS = join(tmpdir(), 'look-blueprint');

test('the lines of interaction, visibility and internal interaction run between the right lanes', async ({ page, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { id, tokens } = await createBoard(request, { title: 'Sofa delivery' });
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  const stages = ['Order', 'Delivery', 'Aftercare'].map((title) => addStage(seed.ctx, { title }));
  const lanes = {
    customer: addLane(seed.ctx, { kind: 'actions', title: 'Customer' }),
    front: addLane(seed.ctx, { kind: 'frontstage', title: 'Sales desk' }),
    back: addLane(seed.ctx, { kind: 'backstage', title: 'Warehouse' }),
    support: addLane(seed.ctx, { kind: 'support', title: 'Stock system' }),
  };
  addCard(seed.ctx, { stageId: stages[0]!, laneId: lanes.customer, title: 'Orders a sofa in the showroom' });
  addCard(seed.ctx, { stageId: stages[0]!, laneId: lanes.front, title: 'Confirms a delivery date' });
  addCard(seed.ctx, { stageId: stages[1]!, laneId: lanes.back, title: 'Picks and loads the sofa' });
  addCard(seed.ctx, { stageId: stages[1]!, laneId: lanes.support, title: 'Route planning' });

  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(linkPath(id, tokens.edit));
  await joinAs(page, 'Ada');
  await expectConnected(page);
  const line = (name: string) => page.getByRole('separator', { name, exact: true });
  const lane = (title: string) => page.locator('.lane-node', { hasText: title });
  await expect(line('Line of interaction')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'blueprint.png') });

  for (const [name, above, below] of [
    ['Line of interaction', 'Customer', 'Sales desk'],
    ['Line of visibility', 'Sales desk', 'Warehouse'],
    ['Line of internal interaction', 'Warehouse', 'Stock system'],
  ] as const) {
    const middle = await centreY(line(name));
    expect(middle, `${name} under ${above}`).toBeGreaterThan(await bottomOf(lane(above)));
    expect(middle, `${name} over ${below}`).toBeLessThan(await topOf(lane(below)));
  }
  await expect(line('Line of visibility')).toHaveCSS('border-top-style', 'none');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.blueprint-line--visibility')!, '::before').borderTopStyle)).toBe('dashed');

  // A support lane added from the palette goes last, under the one there: no second line for it.
  await page.getByRole('complementary', { name: 'Palette' }).getByRole('button', { name: /Support processes/ }).click();
  await expect(page.locator('.lane-node')).toHaveCount(5);
  await expect(page.getByRole('separator')).toHaveCount(3);
  seed.destroy();
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}
const topOf = async (locator: Locator) => (await box(locator)).y;
const bottomOf = async (locator: Locator) => {
  const b = await box(locator);
  return b.y + b.height;
};
const centreY = async (locator: Locator) => {
  const b = await box(locator);
  return b.y + b.height / 2;
};
