import type { Rect } from '@xyflow/react';
import type { LaneKind } from '../../model/index.ts';
import { faceOf, textInset } from '../cardShape.ts';
import { LANE_LOOKS } from '../laneLook.ts';
import { CARD, FAR_CARD, PILL } from '../metrics.ts';

/** A card as the overview sheet draws it: its box in flow units, colour, its lane's kind, and whether the filter dims it. */
export interface SheetCard {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  kind: LaneKind;
  dimmed: boolean;
}

/*
 * The far-away look of canvas.css's and lanes.css's `.is-far .card-node`, as shapes: the text
 * area keeps the card's padding (and the room for its lane's mark), and each line of text is a
 * bar; a channel's pill has one bar after its dot.
 */

/** The bars standing for a card's lines of text, clipped to its text area as the CSS gradient is. */
export function barsOf(card: Rect & { kind: LaneKind }): Rect[] {
  if (LANE_LOOKS[card.kind].form === 'pill') {
    const x = card.x + CARD.border + PILL.paddingX + PILL.dot + PILL.dotGap;
    const width = card.x + card.width - CARD.border - PILL.paddingX - x;
    return width > 0 ? [{ x, y: card.y + (card.height - FAR_CARD.bar) / 2, width, height: FAR_CARD.bar }] : [];
  }
  const face = faceOf(card);
  const x = face.x + textInset(card.kind);
  const width = face.x + face.width - CARD.paddingX - x;
  const top = face.y + FAR_CARD.paddingY;
  const bottom = face.y + face.height - FAR_CARD.paddingY;
  const bars: Rect[] = [];
  if (width <= 0) return bars;
  for (let y = top; y < bottom; y += FAR_CARD.barPitch) bars.push({ x, y, width, height: Math.min(FAR_CARD.bar, bottom - y) });
  return bars;
}

/** Where a card's lane mark is drawn far away, a dot: null for a card whose lane has none. */
export function markOf(card: Rect & { kind: LaneKind }): Rect | null {
  if (!LANE_LOOKS[card.kind].mark) return null;
  const face = faceOf(card);
  return { x: face.x + CARD.paddingX, y: face.y + FAR_CARD.paddingY, width: CARD.markSize, height: CARD.markSize };
}

/** Where a pill's dot of the card's colour is. */
export function dotOf(card: Rect): Rect {
  return { x: card.x + CARD.border + PILL.paddingX, y: card.y + (card.height - PILL.dot) / 2, width: PILL.dot, height: PILL.dot };
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
