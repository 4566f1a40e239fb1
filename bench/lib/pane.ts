import type { Page } from '@playwright/test';

/** A point on the canvas's empty background, where pressing the mouse pans the map. */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas pane');
  const candidates = [
    { x: box.x + box.width / 2, y: box.y + box.height - 12 },
    { x: box.x + box.width - 80, y: box.y + box.height / 2 },
    { x: box.x + box.width / 2, y: box.y + 12 },
  ];
  for (const point of candidates) {
    const onPane = await page.evaluate(`document.elementFromPoint(${point.x}, ${point.y})?.classList.contains('react-flow__pane')`);
    if (onPane) return point;
  }
  throw new Error('the map covers the whole canvas; no empty background to pan from');
}

/**
 * A point on the canvas's background nearest to a spot given as fractions of the canvas, found
 * on a 24-pixel lattice: up close the grid of cells fills the canvas, and the pane shows through
 * only between cards and cells (they let the pointer through to it, so pressing there pans).
 */
export async function panePointNear(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`(() => {
    const box = document.querySelector('.react-flow').getBoundingClientRect();
    const want = { x: box.left + box.width * ${fx}, y: box.top + box.height * ${fy} };
    let best = null;
    for (let y = box.top + 12; y < box.bottom - 12; y += 24) {
      for (let x = box.left + 12; x < box.right - 12; x += 24) {
        if (!document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) continue;
        const distance = Math.hypot(x - want.x, y - want.y);
        if (!best || distance < best.distance) best = { x, y, distance };
      }
    }
    return best && { x: best.x, y: best.y };
  })()`)) as { x: number; y: number } | null;
  if (!point) throw new Error('no background of the canvas shows anywhere to pan from');
  return point;
}
