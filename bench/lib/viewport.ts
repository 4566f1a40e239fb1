import type { Page } from '@playwright/test';

/** The map's view as React Flow applies it: the viewport layer's translation and scale. */
export interface FlowView {
  x: number;
  y: number;
  zoom: number;
}

/** The canvas's box on the screen, in CSS pixels. */
export interface PaneBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Passed as a string, so no bundler helper leaks into the page. */
const READ_VIEW = `(() => {
  const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
  return { x: m.e, y: m.f, zoom: m.a };
})()`;

export const readView = async (page: Page) => (await page.evaluate(READ_VIEW)) as FlowView;

export async function paneBox(page: Page): Promise<PaneBox> {
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('no canvas on the page');
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

/**
 * Zooms the map in as a person does, with wheel notches over the middle of the canvas, until it
 * reaches `zoom` (React Flow zooms by about 15 % a notch); then waits for the view to settle.
 */
export async function wheelZoomTo(page: Page, zoom: number): Promise<FlowView> {
  const box = await paneBox(page);
  await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
  for (let notch = 0; notch < 40 && (await readView(page)).zoom < zoom; notch++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(60);
  }
  let view = await readView(page);
  if (view.zoom < zoom) throw new Error(`the map would not zoom in to ${zoom} (it stays at ${view.zoom})`);
  // The view is settled when two reads a quarter of a second apart agree.
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const again = await readView(page);
    if (again.x === view.x && again.y === view.y && again.zoom === view.zoom) return view;
    view = again;
  }
  throw new Error('the view never settled after zooming');
}
