import type { Rect } from '@xyflow/react';
import { faceOf } from '../cardShape.ts';

/** A card as the overview sheet draws it: its box in flow units, colour, and whether the filter dims it. */
export interface SheetCard {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  dimmed: boolean;
}

/*
 * The far-zoom look of canvas.css's `.is-far .card-node`, as numbers: the text area keeps the
 * card's padding, and each text line is a bar 12 units tall every 22 units.
 */
export const FAR_CARD = { paddingX: 16, paddingY: 14, bar: 12, barPitch: 22 } as const;

/** The bars standing for a card's lines of text, clipped to its text area as the CSS gradient is. */
export function barsOf(card: Rect): Rect[] {
  const face = faceOf(card);
  const x = face.x + FAR_CARD.paddingX;
  const width = face.width - 2 * FAR_CARD.paddingX;
  const top = face.y + FAR_CARD.paddingY;
  const bottom = face.y + face.height - FAR_CARD.paddingY;
  const bars: Rect[] = [];
  if (width <= 0) return bars;
  for (let y = top; y < bottom; y += FAR_CARD.barPitch) bars.push({ x, y, width, height: Math.min(FAR_CARD.bar, bottom - y) });
  return bars;
}

/** Cards grouped the way they are painted: faded ones apart, and each group by stripe colour. */
export function paintGroups(cards: readonly SheetCard[]): { dimmed: boolean; byColor: Map<string, SheetCard[]> }[] {
  const groups = [false, true].map((dimmed) => ({ dimmed, byColor: new Map<string, SheetCard[]>() }));
  for (const card of cards) {
    const byColor = groups[card.dimmed ? 1 : 0]!.byColor;
    const same = byColor.get(card.color);
    if (same) same.push(card);
    else byColor.set(card.color, [card]);
  }
  return groups.filter((g) => g.byColor.size > 0);
}
