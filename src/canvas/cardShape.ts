import type { Rect } from '@xyflow/react';
import { CARD } from './metrics.ts';

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
