import type { Rect } from '@xyflow/react';
import type { SheetCard } from './sheetShapes.ts';

/**
 * Past this many areas, or this share of the cards, a full repaint (2-3 ms on 10,000 cards)
 * is quicker than checking every card against every area and clipping to all of them.
 */
const MOST_AREAS = 64;
const MOST_CHANGED = 0.25;

const samePlace = (a: SheetCard, b: SheetCard) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameLook = (a: SheetCard, b: SheetCard) => samePlace(a, b) && a.color === b.color && a.kind === b.kind && a.dimmed === b.dimmed;

/**
 * Where a change of the sheet's cards shows: for each card drawn differently (moved, resized,
 * recoloured, faded, in a lane of another kind), added or removed, the boxes it had and has. Null when so much changed
 * that the whole sheet is repainted.
 */
export function changedAreas(previous: readonly SheetCard[], next: readonly SheetCard[]): Rect[] | null {
  if (sameCards(previous, next)) return [];
  const before = new Map(previous.map((card) => [card.id, card]));
  const areas: Rect[] = [];
  const limit = Math.min(MOST_AREAS, Math.max(previous.length, next.length) * MOST_CHANGED);
  const touch = (card: SheetCard) => areas.push({ x: card.x, y: card.y, width: card.width, height: card.height });
  for (const card of next) {
    const old = before.get(card.id);
    before.delete(card.id);
    if (old && sameLook(old, card)) continue;
    touch(card);
    if (old && !samePlace(old, card)) touch(old);
    if (areas.length > limit) return null;
  }
  for (const gone of before.values()) touch(gone);
  return areas.length > limit ? null : areas;
}

/** Whether two lists hold the very same card objects, in order (overviewNodes.ts keeps a card's object while it looks the same). */
export function sameCards(a: readonly SheetCard[], b: readonly SheetCard[]): boolean {
  return a === b || (a.length === b.length && a.every((card, i) => card === b[i]));
}

/** Whether two boxes overlap. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
