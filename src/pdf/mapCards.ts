import type { jsPDF } from 'jspdf';
import type { Card } from '../model/index.ts';
import { fillRect } from './page.ts';
import { drawLines, setType, wrapClamped } from './text.ts';
import { EDGE, INK, INK_MUTED, INK_FAINT, LINE, TYPE, WHITE } from './theme.ts';

const PAD = 5;
const STRIPE = 2.5;
const TITLE_LINES = 4;
const BODY_LINES = 6;

/** A card laid out for a column: its wrapped text and the height of its box. */
export interface CardBox {
  card: Card;
  title: string[];
  body: string[];
  meta: string | null;
  height: number;
}

export function measureCard(doc: jsPDF, card: Card, width: number): CardBox {
  const inner = width - 2 * PAD - STRIPE;
  setType(doc, TYPE.body, 'bold');
  const title = wrapClamped(doc, card.title || 'Untitled card', inner, TITLE_LINES);
  setType(doc, TYPE.small);
  const body = card.body ? wrapClamped(doc, card.body, inner, BODY_LINES) : [];
  setType(doc, TYPE.tiny);
  const details = [card.channel, card.owner, ...card.tags.map((t) => `#${t}`)].filter(Boolean).join(' · ');
  const meta = details ? wrapClamped(doc, details, inner, 1)[0]! : null;
  let height = 2 * PAD + title.length * TYPE.body.line;
  if (body.length) height += 2 + body.length * TYPE.small.line;
  if (meta) height += 3 + TYPE.tiny.line;
  return { card, title, body, meta, height };
}

export function drawCard(doc: jsPDF, box: CardBox, x: number, y: number, width: number): void {
  fillRect(doc, x, y, width, box.height, WHITE, 3, LINE);
  fillRect(doc, x, y, STRIPE, box.height, EDGE[box.card.color]);
  const left = x + STRIPE + PAD;
  let top = y + PAD;
  setType(doc, TYPE.body, 'bold', box.card.title ? INK : INK_FAINT);
  top += drawLines(doc, box.title, left, top, TYPE.body);
  if (box.body.length) {
    setType(doc, TYPE.small, 'normal', INK_MUTED);
    top += 2 + drawLines(doc, box.body, left, top + 2, TYPE.small);
  }
  if (box.meta) {
    setType(doc, TYPE.tiny, 'normal', INK_FAINT);
    drawLines(doc, [box.meta], left, top + 3, TYPE.tiny);
  }
}
