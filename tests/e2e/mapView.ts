import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/* The part of the map a page shows, and moving it as a person does: for tests of following and summons. */

/** The flow point at the middle of the map's pane, and the width of the map the pane shows. */
export async function viewCentre(page: Page): Promise<{ x: number; y: number; width: number }> {
  return page.locator('.react-flow__viewport').evaluate((viewport) => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const origin = viewport.getBoundingClientRect();
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    return { x: (pane.left + pane.width / 2 - origin.left) / zoom, y: (pane.top + pane.height / 2 - origin.top) / zoom, width: pane.width / zoom };
  });
}

/** The two pages look at the same middle of the map, within a hundredth of what the leader's screen shows. */
export async function expectSameCentre(leader: Page, follower: Page): Promise<void> {
  await expect(async () => {
    const [a, b] = await Promise.all([viewCentre(leader), viewCentre(follower)]);
    expect(Math.abs(a.x - b.x)).toBeLessThan(a.width / 100);
    expect(Math.abs(a.y - b.y)).toBeLessThan(a.width / 100);
  }).toPass({ timeout: 10_000 });
}

/** Drags the map's empty background by (dx, dy) screen pixels, as a person pans. */
export async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const start = { x: pane.x + pane.width * 0.5, y: pane.y + pane.height * 0.85 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(start.x + (dx * step) / 10, start.y + (dy * step) / 10);
  await page.mouse.up();
}
