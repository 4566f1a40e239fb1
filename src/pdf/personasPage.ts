import type { jsPDF } from 'jspdf';
import type { Translate } from '../i18n/index.ts';
import { personaInitials, type Board, type Persona } from '../model/index.ts';
import { fillRect, type Page } from './page.ts';
import { drawLines, fitted, setType, wrapClamped } from './text.ts';
import { EDGE, INK, INK_FAINT, INK_MUTED, LINE, TINT, TYPE, WHITE } from './theme.ts';

const GAP = 16;
const PAD = 14;
const BADGE = 30;
/** A card's height: a persona is read at a glance, and what a card cannot hold is cut with an ellipsis. */
const CARD_H = 236;
/** Lines each text of a persona may take on its card. */
const LINES = { description: 3, goals: 2, needs: 2, frustrations: 2, quote: 2 } as const;

/**
 * Who the journey is for, before the map: a card per persona with its colour and initials (as
 * its curves on the map), its name, who they are, their goals, needs and frustrations, and a
 * quote. Three cards a row across a landscape page, two on a portrait one. Nothing without
 * personas.
 */
export function drawPersonasPage(doc: jsPDF, board: Board, page: Page, t: Translate, onPage: () => void): void {
  if (board.personas.length === 0) return;
  const across = page.right - page.left > 600 ? 3 : 2;
  const width = (page.right - page.left - GAP * (across - 1)) / across;
  let y = startPage(doc, page, t, false, onPage);
  board.personas.forEach((persona, i) => {
    const column = i % across;
    if (column === 0 && i > 0) y += CARD_H + GAP;
    if (column === 0 && y + CARD_H > page.bottom) y = startPage(doc, page, t, true, onPage);
    drawPersona(doc, persona, board, page.left + column * (width + GAP), y, width, t);
  });
}

function startPage(doc: jsPDF, page: Page, t: Translate, continued: boolean, onPage: () => void): number {
  doc.addPage();
  onPage();
  setType(doc, TYPE.title, 'bold');
  doc.text(continued ? `${t('report.part.personas')} (${t('report.map.continued')})` : t('report.part.personas'), page.left, page.top + TYPE.title.size);
  return page.top + TYPE.title.line + 12;
}

function drawPersona(doc: jsPDF, persona: Persona, board: Board, x: number, y: number, width: number, t: Translate): void {
  fillRect(doc, x, y, width, CARD_H, WHITE, 8, LINE);
  fillRect(doc, x, y, width, 4, EDGE[persona.color], 2);
  const inner = width - 2 * PAD;
  // The badge, as the map's legend draws it.
  doc.setFillColor(EDGE[persona.color]);
  doc.circle(x + PAD + BADGE / 2, y + PAD + 4 + BADGE / 2, BADGE / 2, 'F');
  setType(doc, TYPE.body, 'bold', WHITE);
  doc.text(personaInitials(persona), x + PAD + BADGE / 2, y + PAD + 4 + BADGE / 2 + TYPE.body.size * 0.35, { align: 'center' });
  const textX = x + PAD + BADGE + 10;
  setType(doc, TYPE.heading, 'bold', INK);
  doc.text(fitted(doc, persona.name.trim() || t('report.personas.untitled'), x + width - PAD - textX), textX, y + PAD + 4 + TYPE.heading.size);
  const curves = board.lanes.filter((lane) => lane.kind === 'emotion' && lane.personaId === persona.id);
  setType(doc, TYPE.small, 'normal', INK_MUTED);
  doc.text(t('report.personas.curves', { count: curves.length }), textX, y + PAD + 4 + TYPE.heading.line + TYPE.small.size);
  let top = y + PAD + 4 + BADGE + 10;
  if (persona.description.trim()) {
    setType(doc, TYPE.body, 'normal', INK);
    top += drawLines(doc, wrapClamped(doc, persona.description, inner, LINES.description), x + PAD, top, TYPE.body) + 6;
  }
  for (const field of ['goals', 'needs', 'frustrations'] as const) {
    if (!persona[field].trim()) continue;
    setType(doc, TYPE.tiny, 'bold', INK_FAINT);
    doc.text(t(`report.personas.${field}`).toUpperCase(), x + PAD, top + TYPE.tiny.size);
    top += TYPE.tiny.line;
    setType(doc, TYPE.body, 'normal', INK);
    top += drawLines(doc, wrapClamped(doc, persona[field], inner, LINES[field]), x + PAD, top, TYPE.body) + 5;
  }
  if (persona.quote.trim()) {
    const quoteTop = Math.min(top + 2, y + CARD_H - PAD - LINES.quote * TYPE.body.line - 8);
    fillRect(doc, x + PAD, quoteTop, inner, LINES.quote * TYPE.body.line + 8, TINT[persona.color], 4);
    setType(doc, TYPE.body, 'normal', INK_MUTED);
    drawLines(doc, wrapClamped(doc, t('report.personas.quote', { quote: persona.quote.trim() }), inner - 12, LINES.quote), x + PAD + 6, quoteTop + 4, TYPE.body);
  }
}
