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
