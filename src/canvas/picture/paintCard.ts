import { measureReading, type Card, type LaneKind } from '../../model/index.ts';
import { faceOf, textInset, textWidth } from '../cardShape.ts';
import { LANE_LOOKS } from '../laneLook.ts';
import { CARD, CHIP, PILL } from '../metrics.ts';
import { cardChips } from '../nodes/cardChips.ts';
import { drawLines, fillBox, linesOf, shadowsOf, space, strokeIcon, type Brush } from './brush.ts';

/**
 * A card as canvas.css and lanes.css draw it at full zoom, in its lane kind's form: the coloured
 * stripe, border and face, the lane's mark, the title (clamped), the body (clamped) and the row
 * of details; in a channels lane, a pill. The card's editing controls (the ⋯ button, the
 * connector handles) are left out, as they are from any picture of the board.
 */
export function paintCard(brush: Brush, card: Card, kind: LaneKind, x: number, y: number, height: number): void {
  const look = LANE_LOOKS[kind];
  if (look.form === 'pill') return paintPill(brush, card, x, y);
  const { context, token, t } = brush;
  const width = CARD.width;
  const radius = parseFloat(token('--radius-md')) || 0;
  const edge = token(`--edge-${card.color}`) || token('--edge-slate');
  const line = token('--line');
  // The card's small shadow as a plain offset box, without its 2-unit blur: a canvas blurs
  // each shadowed shape on a layer of its own, and a blur that small cannot be told apart.
  const [shadow] = look.quiet ? [] : shadowsOf(token('--shadow-sm'));
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
  let top = y + CARD.paddingY;
  if (look.mark) strokeIcon(brush, look.icon, face.x + CARD.paddingX, top + (CARD.titleLine - CARD.markSize) / 2, CARD.markSize, token(look.accent));
  const left = face.x + textInset(kind);
  const columnWidth = textWidth(kind);
  const titleStyle = !card.title ? type.cardTitleEmpty : look.quiet ? type.cardTitleQuiet : type.cardTitle;
  const title = linesOf(brush, titleStyle, card.title || t('lanes.card.untitled'), columnWidth - CARD.titleEndPadding, CARD.titleMaxLines);
  top += drawLines(brush, titleStyle, title, left, top, token(card.title ? '--ink' : '--ink-faint'));
  if (kind === 'metrics') {
    paintMeasure(brush, card, left, top + CARD.measureGap, columnWidth);
    top += CARD.measureRow;
  }
  if (card.body) {
    top += CARD.bodyGap;
    top += drawLines(brush, type.cardBody, linesOf(brush, type.cardBody, card.body, columnWidth, CARD.bodyMaxLines), left, top, token('--ink-muted'));
  }
  const chips = cardChips(card, t, kind);
  if (chips.length > 0) paintChips(brush, chips, card.color, left, top + CARD.metaGap, columnWidth);
  context.restore();
}

/** A measure's row (MeasureLine): the value large, then its target over the gap, small, the gap green or amber. */
function paintMeasure(brush: Brush, card: Card, x: number, y: number, width: number): void {
  const { token, type, t, locale } = brush;
  const reading = measureReading(card, locale, t);
  const valueStyle = card.value === null ? type.cardTitleEmpty : type.measureValue;
  drawLines(brush, valueStyle, [reading.value], x, y + (CARD.measureHeight - valueStyle.line) / 2, token(card.value === null ? '--ink-faint' : '--ink'));
  const left = x + brush.measure(valueStyle, reading.value) + space(brush, 3);
  const room = x + width - left;
  if (room <= 0) return;
  const lines = [reading.target, reading.gap].filter((line): line is string => line !== null);
  let top = y + (CARD.measureHeight - lines.length * type.measureNote.line) / 2;
  if (reading.target) {
    drawLines(brush, type.measureNote, linesOf(brush, type.measureNote, reading.target, room, 1), left, top, token('--ink-muted'));
    top += type.measureNote.line;
  }
  if (reading.gap) drawLines(brush, type.measureGap, linesOf(brush, type.measureGap, reading.gap, room, 1), left, top, token(reading.standing === 'met' ? '--success' : '--warning'));
}

/** A card of a channels lane: a pill with a dot of the card's colour and one line of title. */
function paintPill(brush: Brush, card: Card, x: number, y: number): void {
  const { context, token, type, t } = brush;
  const width = CARD.width;
  const [shadow] = shadowsOf(token('--shadow-sm'));
  const round = PILL.height / 2;
  if (shadow) fillBox(context, x + shadow.x, y + shadow.y, width, PILL.height, round, shadow.color);
  fillBox(context, x, y, width, PILL.height, round, token('--line-strong'));
  fillBox(context, x + CARD.border, y + CARD.border, width - 2 * CARD.border, PILL.height - 2 * CARD.border, round - CARD.border, token('--surface'));
  context.beginPath();
  context.arc(x + PILL.paddingX + PILL.dot / 2, y + round, PILL.dot / 2, 0, 2 * Math.PI);
  context.fillStyle = token(`--edge-${card.color}`) || token('--edge-slate');
  context.fill();
  const left = x + PILL.paddingX + PILL.dot + PILL.dotGap;
  const style = card.title ? type.cardTitle : type.cardTitleEmpty;
  const [line = ''] = linesOf(brush, style, card.title.replace(/\s+/g, ' ') || t('lanes.card.untitled'), x + width - PILL.paddingX - CARD.titleEndPadding - left, 1);
  drawLines(brush, style, [line], left, y + (PILL.height - style.line) / 2, token(card.title ? '--ink' : '--ink-faint'));
}

/** The details row: pills side by side, cut off at the card's edge as the row's `overflow: hidden` does. */
function paintChips(brush: Brush, chips: ReturnType<typeof cardChips>, color: string, x: number, y: number, width: number): void {
  const { context, token, type } = brush;
  context.save();
  context.beginPath();
  context.rect(x, y, width, CARD.metaHeight);
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
