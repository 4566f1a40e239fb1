import type { Page } from '@playwright/test';
import { GRID } from '../../src/canvas/metrics.ts';

/*
 * Cards on screen, however the map draws them: as nodes, or, seen from far away, on the
 * overview sheet, where a card turns into a node when the pointer is over it. Scripts are
 * passed to the page as strings, so no bundler helper leaks into them.
 */

/** Matches once the map shows a card, as a node or drawn on the sheet. */
export const FIRST_CARD = '.card-node, .card-sheet:not([data-cards-drawn="0"])';

/** How many cards the map shows: nodes plus the cards drawn on the sheets. */
export const CARDS_SHOWN = `(document.querySelectorAll('.card-node').length + [...document.querySelectorAll('.card-sheet')].reduce((sum, sheet) => sum + Number(sheet.dataset.cardsDrawn), 0))`;

/** A point on the first card of a cell, in screen pixels. */
export interface CardSpot {
  x: number;
  y: number;
}

/**
 * A point on the first card of every cell, in screen pixels, where nothing covers the map
 * (minimap, controls, filter bar). Cells stack their cards from the top, so the first card
 * starts one cell padding below the cell's top edge.
 */
export async function firstCardSpots(page: Page): Promise<CardSpot[]> {
  return (await page.evaluate(`(() => {
    const spots = [];
    for (const cell of document.querySelectorAll('.cell-node')) {
      const r = cell.getBoundingClientRect();
      const zoom = r.width / ${GRID.columnWidth};
      const x = r.left + r.width / 2;
      const y = r.top + (${GRID.cellPadding} + 12) * zoom;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit.classList.contains('react-flow__pane') || hit.closest('.card-node'))) spots.push({ x, y });
    }
    return spots;
  })()`)) as CardSpot[];
}

/** The spot nearest to a place given as fractions of the canvas. */
export async function spotNear(page: Page, fx: number, fy: number): Promise<CardSpot> {
  const flow = (await page.locator('.react-flow').boundingBox())!;
  const want = { x: flow.x + flow.width * fx, y: flow.y + flow.height * fy };
  const spots = await firstCardSpots(page);
  if (spots.length === 0) throw new Error('no card spot on screen');
  return spots.reduce((best, spot) => (Math.hypot(spot.x - want.x, spot.y - want.y) < Math.hypot(best.x - want.x, best.y - want.y) ? spot : best));
}

export interface HoveredCard {
  x: number;
  y: number;
  width: number;
  /** The card's node id. */
  id: string;
}

/** Moves the mouse onto a spot and returns the card node under it, or null if the cell is empty. */
export async function hoverCard(page: Page, spot: CardSpot): Promise<HoveredCard | null> {
  await page.mouse.move(spot.x, spot.y);
  const found = await page
    .waitForFunction(
    `(() => {
      const node = document.elementFromPoint(${spot.x}, ${spot.y})?.closest('.react-flow__node[data-id^="card:"]');
      if (!node) return null;
      const r = node.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, id: node.dataset.id };
    })()`,
      undefined,
      { timeout: 2000 },
    )
    .catch(() => null);
  return found ? ((await found.jsonValue()) as HoveredCard) : null;
}
