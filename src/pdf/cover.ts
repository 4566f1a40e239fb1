import type { jsPDF } from 'jspdf';
import { safeHref, type Board } from '../model/index.ts';
import { fillRect, type Page } from './page.ts';
import { clampLines, drawLines, setType, wrap } from './text.ts';
import { ACCENT, INK, INK_FAINT, INK_MUTED, LINE, TYPE } from './theme.ts';

export interface Contents {
  label: string;
  page: number;
}

/** The first page, drawn last so that it can list where each part begins. */
export function drawCover(doc: jsPDF, board: Board, page: Page, date: Date, boardUrl: string | undefined, contents: Contents[]): void {
  doc.setPage(1);
  fillRect(doc, 0, 0, page.width, 8, ACCENT);
  const width = Math.min(page.right - page.left, 560);
  let y = page.top + 40;
  setType(doc, TYPE.small, 'bold', ACCENT);
  y += drawLines(doc, ['CUSTOMER JOURNEY REPORT'], page.left, y, TYPE.small) + 10;
  setType(doc, TYPE.display, 'bold', INK);
  y += drawLines(doc, clampLines(doc, wrap(doc, board.meta.title, width), 4, width), page.left, y, TYPE.display) + 12;
  if (board.meta.persona) {
    setType(doc, TYPE.heading, 'normal', INK_MUTED);
    y += drawLines(doc, clampLines(doc, wrap(doc, `Persona: ${board.meta.persona}`, width), 3, width), page.left, y, TYPE.heading) + 6;
  }
  setType(doc, TYPE.body, 'normal', INK_MUTED);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  y += drawLines(doc, [`Exported ${day}`], page.left, y, TYPE.body);
  const href = boardUrl ? safeHref(boardUrl) : null;
  if (href) {
    setType(doc, TYPE.body, 'normal', ACCENT);
    doc.textWithLink(href, page.left, y + TYPE.body.size * 0.92, { url: href });
    y += TYPE.body.line;
  }

  y += 28;
  const facts: [string, number][] = [
    ['stages', board.stages.length],
    ['lanes', board.lanes.length],
    ['cards', board.cards.length],
    ['strategy items', board.strategy.length],
  ];
  facts.forEach(([label, value], i) => {
    const x = page.left + i * 120;
    setType(doc, TYPE.title, 'bold', INK);
    doc.text(String(value), x, y + TYPE.title.size);
    setType(doc, TYPE.small, 'normal', INK_FAINT);
    doc.text(label, x, y + TYPE.title.line + 8);
  });
  y += TYPE.title.line + 40;

  doc.setDrawColor(LINE);
  doc.setLineWidth(0.8);
  doc.line(page.left, y, page.left + width, y);
  y += 14;
  setType(doc, TYPE.small, 'bold', INK_FAINT);
  y += drawLines(doc, ['CONTENTS'], page.left, y, TYPE.small) + 6;
  for (const entry of contents) {
    setType(doc, TYPE.body, 'normal', INK);
    doc.text(entry.label, page.left, y + TYPE.body.size);
    doc.text(`page ${entry.page}`, page.left + width, y + TYPE.body.size, { align: 'right' });
    y += TYPE.body.line + 6;
  }
}
