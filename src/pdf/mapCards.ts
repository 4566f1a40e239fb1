import type { jsPDF } from 'jspdf';
import type { Card, MeasureReading } from '../model/index.ts';
import type { MapMetrics } from './mapMetrics.ts';
import { fillRect } from './page.ts';
import { clampLines, drawLines, fitted, setType, wrap } from './text.ts';
import { EDGE, INK, INK_FAINT, INK_MUTED, LINE, SUCCESS, WARNING, WHITE } from './theme.ts';

/** A card laid out for a column: its wrapped text, the height of its box, and whether any of it was cut. */
export interface CardBox {
  kind: 'card';
  card: Card;
  title: string[];
  body: string[];
  meta: string | null;
  /** A measure's value, target and gap (a card in a measures lane), under its name. */
  measure: MeasureReading | null;
  /** Whether the target and gap go on a line of their own, under the value: a narrow column has no room beside it. */
  measureWraps: boolean;
  height: number;
  /** Some of the card's title, description or details did not fit: the appendix carries them. */
  cut: boolean;
}

/**
 * `details` is the card's row of small facts (channel, owner, tags, emotion, dots of the revealed round, link),
 * already in the report's language; it gets one line, as on the canvas.
 */
export function measureCard(doc: jsPDF, card: Card, width: number, details: string, m: MapMetrics, untitled: string, measure: MeasureReading | null = null): CardBox {
  const { pad, stripe, titleLines, bodyLines } = m.card;
  const inner = width - 2 * pad - stripe;
  let cut = false;
  const clamp = (text: string, max: number) => {
    const lines = wrap(doc, text, inner, max);
    if (lines.length > max) cut = true;
    return clampLines(doc, lines, max, inner);
  };
  setType(doc, m.type.body, 'bold');
  const title = clamp(card.title || untitled, titleLines);
  setType(doc, m.type.small);
  const body = card.body ? clamp(card.body, bodyLines) : [];
  setType(doc, m.type.tiny);
  const meta = details ? clamp(details, 1)[0]! : null;
  let height = 2 * pad + title.length * m.type.body.line;
  const measureWraps = measure !== null && measureWidth(doc, measure, card.value === null, m) > inner;
  if (measure) height += 2 * m.scale + m.type.stage.line + (measureWraps ? m.type.tiny.line : 0);
  if (body.length) height += 2 * m.scale + body.length * m.type.small.line;
  if (meta) height += 3 * m.scale + m.type.tiny.line;
  return { kind: 'card', card, title, body, meta, measure, measureWraps, height, cut };
}

export function drawCard(doc: jsPDF, box: CardBox, x: number, y: number, width: number, m: MapMetrics): void {
  const { pad, stripe } = m.card;
  fillRect(doc, x, y, width, box.height, WHITE, m.radius, LINE);
  fillRect(doc, x, y, stripe, box.height, EDGE[box.card.color]);
  const left = x + stripe + pad;
  let top = y + pad;
  setType(doc, m.type.body, 'bold', box.card.title ? INK : INK_FAINT);
  top += drawLines(doc, box.title, left, top, m.type.body);
  if (box.measure) top += 2 * m.scale + drawMeasure(doc, box.measure, box.card.value === null, box.measureWraps, left, top + 2 * m.scale, x + width - pad, m);
  if (box.body.length) {
    setType(doc, m.type.small, 'normal', INK_MUTED);
    top += 2 * m.scale + drawLines(doc, box.body, left, top + 2 * m.scale, m.type.small);
  }
  if (box.meta) {
    setType(doc, m.type.tiny, 'normal', INK_FAINT);
    drawLines(doc, [box.meta], left, top + 3 * m.scale, m.type.tiny);
  }
}

type MeasurePart = { text: string; style: 'value' | 'empty' | 'target' | 'gap' };

function measureParts(reading: MeasureReading, empty: boolean): MeasurePart[] {
  return [
    { text: reading.value, style: empty ? 'empty' : 'value' },
    ...(reading.target ? [{ text: reading.target, style: 'target' as const }] : []),
    ...(reading.gap ? [{ text: reading.gap, style: 'gap' as const }] : []),
  ];
}

function setPart(doc: jsPDF, part: MeasurePart, reading: MeasureReading, m: MapMetrics): void {
  if (part.style === 'value') setType(doc, m.type.stage, 'bold', INK);
  else if (part.style === 'empty') setType(doc, m.type.small, 'normal', INK_FAINT);
  else if (part.style === 'target') setType(doc, m.type.tiny, 'normal', INK_MUTED);
  else setType(doc, m.type.tiny, 'bold', reading.standing === 'met' ? SUCCESS : WARNING);
}

/** The width of a measure's value, target and gap on one line, as drawMeasure sets them. */
function measureWidth(doc: jsPDF, reading: MeasureReading, empty: boolean, m: MapMetrics): number {
  const parts = measureParts(reading, empty);
  return parts.reduce((sum, part) => {
    setPart(doc, part, reading, m);
    return sum + doc.getTextWidth(part.text);
  }, 0) + (parts.length - 1) * 4 * m.scale;
}

/**
 * A measure: its value a step larger than the card's title, then its target and, in green or
 * amber, how far it is from it; on a line of their own under the value where the column is
 * narrow, each cut with an ellipsis rather than left off.
 */
function drawMeasure(doc: jsPDF, reading: MeasureReading, empty: boolean, wraps: boolean, x: number, top: number, right: number, m: MapMetrics): number {
  const parts = measureParts(reading, empty);
  let left = x;
  let middle = top + m.type.stage.line / 2;
  parts.forEach((part, i) => {
    if (wraps && i === 1) {
      left = x;
      middle = top + m.type.stage.line + m.type.tiny.line / 2;
    }
    setPart(doc, part, reading, m);
    const text = fitted(doc, part.text, Math.max(0, right - left));
    doc.text(text, left, middle, { baseline: 'middle' });
    left += doc.getTextWidth(text) + 4 * m.scale;
  });
  return m.type.stage.line + (wraps ? m.type.tiny.line : 0);
}
