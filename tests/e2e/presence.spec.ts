import type { Page } from '@playwright/test';
import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath } from './links.ts';

interface Point {
  x: number;
  y: number;
}

/** Where this page draws flow point (0, 0), and its zoom, read from React Flow's viewport transform. */
async function viewportOf(page: Page): Promise<{ left: number; top: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((viewport) => {
    const transform = getComputedStyle(viewport).transform;
    const zoom = transform === 'none' ? 1 : new DOMMatrixReadOnly(transform).a;
    const { left, top } = viewport.getBoundingClientRect(); // transform-origin is 0 0
    return { left, top, zoom };
  });
}

async function screenToFlow(page: Page, point: Point): Promise<Point> {
  const { left, top, zoom } = await viewportOf(page);
  return { x: (point.x - left) / zoom, y: (point.y - top) / zoom };
}

async function flowToScreen(page: Page, point: Point): Promise<Point> {
  const { left, top, zoom } = await viewportOf(page);
  return { x: left + point.x * zoom, y: top + point.y * zoom };
}

/** Points of the bare pane (no node, panel or overlay on top), spread over the canvas. */
async function barePanePoints(page: Page): Promise<Point[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const points: Point[] = [];
    for (let fy = 0.15; fy < 0.9; fy += 0.1) {
      for (let fx = 0.15; fx < 0.9; fx += 0.1) {
        const point = { x: Math.round(pane.left + pane.width * fx), y: Math.round(pane.top + pane.height * fy) };
        if (document.elementFromPoint(point.x, point.y)?.classList.contains('react-flow__pane')) points.push(point);
      }
    }
    return points;
  });
}

/** How far a cursor's tip (its element's top-left corner) is from where `flow` is on this page. */
async function distanceFrom(page: Page, cursor: ReturnType<Page['getByRole']>, flow: Point): Promise<number> {
  const box = await cursor.boundingBox();
  if (!box) return Infinity;
  const expected = await flowToScreen(page, flow);
  return Math.hypot(box.x - expected.x, box.y - expected.y);
}

test('people see each other’s cursors at the same place on the board, and a cursor goes when its person does', async ({ openLaptop }) => {
  const ada = await openLaptop();
  const board = await createBoardFromHome(ada);
  await joinAs(ada, 'Ada');
  await expectConnected(ada);

  const bob = await openLaptop();
  await bob.goto(linkPath(board.id, board.tokens.edit)); // the link Ada shares to edit
  await joinAs(bob, 'Bob');
  await expectConnected(bob);
  await expect(bob.getByRole('listitem', { name: 'Ada' })).toBeVisible();
  await expect(ada.locator('.react-flow__pane')).toBeVisible();
  await expect(bob.locator('.react-flow__pane')).toBeVisible();

  const adasCursor = bob.getByRole('img', { name: 'Cursor of Ada', exact: true });
  await expect(adasCursor).toHaveCount(0);

  const points = await barePanePoints(ada);
  expect(points.length).toBeGreaterThan(1);
  const first = points[0]!;
  const last = points.at(-1)!;

  // Ada points somewhere on the canvas: Bob sees her cursor, named, on the same spot of the board.
  await ada.mouse.move(first.x, first.y, { steps: 5 });
  await expect(adasCursor).toBeVisible();
  await expect(adasCursor).toHaveCSS('pointer-events', 'none');
  const firstOnBoard = await screenToFlow(ada, first);
  await expect.poll(() => distanceFrom(bob, adasCursor, firstOnBoard)).toBeLessThan(4);

  // She sweeps across the canvas; it follows and comes to rest where she stopped.
  await ada.mouse.move(last.x, last.y, { steps: 20 });
  const lastOnBoard = await screenToFlow(ada, last);
  await expect.poll(() => distanceFrom(bob, adasCursor, lastOnBoard)).toBeLessThan(4);

  // Nobody sees their own cursor drawn.
  await expect(ada.getByRole('img', { name: /^Cursor of / })).toHaveCount(0);
  await expect(bob.getByRole('img', { name: /^Cursor of / })).toHaveCount(1);

  // Her pointer leaves the canvas (to the header): the cursor goes; it comes back when she returns.
  await ada.mouse.move(last.x, 5, { steps: 5 });
  await expect(adasCursor).toHaveCount(0);
  await ada.mouse.move(first.x, first.y, { steps: 5 });
  await expect(adasCursor).toBeVisible();
  await expect.poll(() => distanceFrom(bob, adasCursor, firstOnBoard)).toBeLessThan(4);

  // Ada closes her laptop: her cursor goes from Bob's screen.
  await ada.close();
  await expect(adasCursor).toHaveCount(0);
  await expect(bob.getByRole('listitem', { name: 'Ada' })).toHaveCount(0);
});
