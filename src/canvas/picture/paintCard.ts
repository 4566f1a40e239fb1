import type { Card } from '../../model/index.ts';
import { CARD } from '../metrics.ts';
import { cardChips } from '../nodes/cardChips.ts';
import { faceOf } from '../cardShape.ts';
import { CHIP_HEIGHT, drawLines, fillBox, linesOf, shadowsOf, space, type Brush } from './brush.ts';

const CHIP = { height: CHIP_HEIGHT, rowGap: 6 } as const;

/**
 * A card as canvas.css draws it at full zoom: the coloured stripe, border and face, the title
 * (clamped), the body (clamped) and the row of details. The card's editing controls (the ⋯
 * button, the connector handles) are left out, as they are from any picture of the board.
 */
export function paintCard(brush: Brush, card: Card, votes: number, x: number, y: number, height: number): void {
  const { context, token } = brush;
  const width = CARD.width;
  const radius = parseFloat(token('--radius-md')) || 0;
  const edge = token(`--edge-${card.color}`) || token('--edge-slate');
  const line = token('--line');
  // The card's small shadow as a plain offset box, without its 2-unit blur: a canvas blurs
  // each shadowed shape on a layer of its own, and a blur that small cannot be told apart.
  const [shadow] = shadowsOf(token('--shadow-sm'));
  if (shadow) fillBox(context, x + shadow.x, y + shadow.y, width, height, radius, shadow.color);
  fillBox(context, x, y, width, height, radius, edge);
  fillBox(context, x + CARD.stripe, y, width - CARD.stripe, height, [0, radius, radius, 0], line);
  const face = faceOf({ x, y, width, height });
  const inner = Math.max(0, radius - 1);
  fillBox(context, face.x, face.y, face.width, face.height, [0, inner, inner, 0], token('--surface'));

  context.save();
  context.beginPath();
  context.rect(face.x, face.y, face.width, face.height);
  context.clip();
  const { type } = brush;
  const left = face.x + CARD.paddingX;
  const textWidth = face.width - 2 * CARD.paddingX;
  let top = face.y + CARD.paddingY;
  const titleStyle = card.title ? type.cardTitle : type.cardTitleEmpty;
  const title = linesOf(brush, titleStyle, card.title || 'Untitled card', textWidth - CARD.titleEndPadding, CARD.titleMaxLines);
  top += drawLines(brush, titleStyle, title, left, top, token(card.title ? '--ink' : '--ink-faint'));
  if (card.body) {
    top += CARD.bodyGap;
    top += drawLines(brush, type.cardBody, linesOf(brush, type.cardBody, card.body, textWidth, CARD.bodyMaxLines), left, top, token('--ink-muted'));
  }
  const chips = cardChips(card, votes);
  if (chips.length > 0) paintChips(brush, chips, card.color, left, top + CHIP.rowGap, textWidth);
  context.restore();
}

/** The details row: pills side by side, cut off at the card's edge as the row's `overflow: hidden` does. */
function paintChips(brush: Brush, chips: ReturnType<typeof cardChips>, color: string, x: number, y: number, width: number): void {
  const { context, token, type } = brush;
  context.save();
  context.beginPath();
  context.rect(x, y, width, CHIP.height + 2);
  context.clip();
  const tint = token(`--tint-${color}`) || token('--sunken');
  const padding = space(brush, 2);
  let left = x;
  for (const chip of chips) {
    if (left >= x + width) break;
    const chipWidth = brush.measure(type.chip, chip.text) + 2 * padding;
    fillBox(context, left, y, chipWidth, CHIP.height, CHIP.height / 2, chip.tag ? token('--sunken') : tint);
    drawLines(brush, type.chip, [chip.text], left + padding, y, token('--ink-muted'));
    left += chipWidth + space(brush, 1);
  }
  context.restore();
}
