import type { Rect } from '@xyflow/react';
import type { Card, LaneKind } from '../model/index.ts';
import { LANE_LOOKS } from './laneLook.ts';
import { CARD, PILL } from './metrics.ts';
import { hasChips } from './nodes/cardChips.ts';
import { estimateTextLines } from './textLines.ts';

/** How a card the filter puts in the background is faded, as `.card-node.is-dimmed` does. */
export const DIMMED_ALPHA = 0.22;
export const DIMMED_FILTER = 'grayscale(0.6)';

/** The inside of a card's border: right of the coloured stripe, inside the 1-unit line. */
export function faceOf(card: Rect): Rect {
  return {
    x: card.x + CARD.stripe,
    y: card.y + CARD.border,
    width: card.width - CARD.stripe - CARD.border,
    height: card.height - 2 * CARD.border,
  };
}

/** Where a card's text starts, from the left of its face: the padding, and room for the lane's mark. */
export function textInset(kind: LaneKind): number {
  return CARD.paddingX + (LANE_LOOKS[kind].mark ? CARD.markGutter : 0);
}

/** The width of a card's text column in a lane of `kind`. */
export function textWidth(kind: LaneKind): number {
  return CARD.width - CARD.stripe - CARD.border - textInset(kind) - CARD.paddingX;
}

/**
 * The height a card's box needs: title and body lines (clamped), a measure's row in a measures
 * lane, a row of details, and while
 * it is in the dot voting round on screen a row for its dots; in a channels lane, one line in
 * a pill (a pill is never voted on: votable() below). The stylesheet clamps to the same lines, so this is an
 * upper bound of what the browser draws (tests/e2e/card-geometry.spec.ts holds it to that).
 */
export function cardHeight(card: Card, kind: LaneKind = 'touchpoints', voting = false): number {
  if (LANE_LOOKS[kind].form === 'pill') return PILL.height;
  const width = textWidth(kind);
  let height = 2 * CARD.paddingY + CARD.titleLine * estimateTextLines(card.title || ' ', width - CARD.titleEndPadding, CARD.titleSize, CARD.titleMaxLines);
  if (kind === 'metrics') height += CARD.measureRow;
  if (card.body) height += CARD.bodyGap + CARD.bodyLine * estimateTextLines(card.body, width, CARD.bodySize, CARD.bodyMaxLines);
  if (hasChips(card, kind)) height += CARD.metaRow;
  if (voting) height += CARD.dotsRow;
  return height;
}

/** Whether cards of a lane of `kind` take dots: a one-line pill has no room for them. */
export function votable(kind: LaneKind): boolean {
  return LANE_LOOKS[kind].form === 'card';
}
