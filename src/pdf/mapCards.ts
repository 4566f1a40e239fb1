import type { jsPDF } from 'jspdf';
import type { Card, MeasureReading } from '../model/index.ts';
import type { MapMetrics } from './mapMetrics.ts';
import { fillRect } from './page.ts';
import { clampLines, drawLines, setType, wrap } from './text.ts';
import { EDGE, INK, INK_FAINT, INK_MUTED, LINE, SUCCESS, WARNING, WHITE } from './theme.ts';

/** A card laid out for a column: its wrapped text, the height of its box, and whether any of it was cut. */
export interface CardBox {
  kind: 'card';
  card: Card;
  title: string[];
  body: string[];
  meta: string | null;
  /** A measure's value, target and gap (a card in a measures lane), on one line under its name. */
  measure: MeasureReading | null;
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
  if (measure) height += 2 * m.scale + m.type.stage.line;
  if (body.length) height += 2 * m.scale + body.length * m.type.small.line;
  if (meta) height += 3 * m.scale + m.type.tiny.line;
  return { kind: 'card', card, title, body, meta, measure, height, cut };
}

export function drawCard(doc: jsPDF, box: CardBox, x: number, y: number, width: number, m: MapMetrics): void {
  const { pad, stripe } = m.card;
  fillRect(doc, x, y, width, box.height, WHITE, m.radius, LINE);
  fillRect(doc, x, y, stripe, box.height, EDGE[box.card.color]);
  const left = x + stripe + pad;
  let top = y + pad;
  setType(doc, m.type.body, 'bold', box.card.title ? INK : INK_FAINT);
  top += drawLines(doc, box.title, left, top, m.type.body);
  if (box.measure) top += 2 * m.scale + drawMeasure(doc, box.measure, box.card.value === null, left, top + 2 * m.scale, x + width - pad, m);
  if (box.body.length) {
    setType(doc, m.type.small, 'normal', INK_MUTED);
    top += 2 * m.scale + drawLines(doc, box.body, left, top + 2 * m.scale, m.type.small);
  }
  if (box.meta) {
    setType(doc, m.type.tiny, 'normal', INK_FAINT);
    drawLines(doc, [box.meta], left, top + 3 * m.scale, m.type.tiny);
  }
}

/**
 * A measure's line: its value a step larger than the card's title, then its target and, in
 * green or amber, how far it is from it; what does not fit the card's width is left off from the end.
 */
function drawMeasure(doc: jsPDF, reading: MeasureReading, empty: boolean, x: number, top: number, right: number, m: MapMetrics): number {
  const line = m.type.stage.line;
  const baseline = top + line / 2;
  let left = x;
  const put = (text: string, size: typeof m.type.stage, weight: 'bold' | 'normal', color: string) => {
    setType(doc, size, weight, color);
    const width = doc.getTextWidth(text);
    if (left + width > right) return;
    doc.text(text, left, baseline, { baseline: 'middle' });
    left += width + 4 * m.scale;
  };
  if (empty) put(reading.value, m.type.small, 'normal', INK_FAINT);
  else put(reading.value, m.type.stage, 'bold', INK);
  if (reading.target) put(reading.target, m.type.tiny, 'normal', INK_MUTED);
  if (reading.gap) put(reading.gap, m.type.tiny, 'bold', reading.standing === 'met' ? SUCCESS : WARNING);
  return line;
}
