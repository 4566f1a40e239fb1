import type { jsPDF } from 'jspdf';
import { safeHref, type Board } from '../model/index.ts';
import type { Locale, MessageId, Translate } from '../i18n/index.ts';
import { fillRect, type Page } from './page.ts';
import { drawLines, setType, wrapClamped } from './text.ts';
import { ACCENT, EDGE, INK, INK_FAINT, INK_MUTED, LINE, TYPE, WHITE } from './theme.ts';

export interface Contents {
  label: string;
  page: number;
}

/** The language tags a report's dates and lists are written in. */
export const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

/** The first page, drawn last so that it can list where each part begins. */
export function drawCover(doc: jsPDF, board: Board, page: Page, t: Translate, locale: Locale, date: Date, boardUrl: string | undefined, contents: Contents[]): void {
  doc.setPage(1);
  fillRect(doc, 0, 0, page.width, 8, ACCENT);
  const width = Math.min(page.right - page.left, 560);
  let y = page.top + 40;
  setType(doc, TYPE.small, 'bold', ACCENT);
  y += drawLines(doc, [t('report.cover.kicker')], page.left, y, TYPE.small) + 10;
  setType(doc, TYPE.display, 'bold', INK);
  y += drawLines(doc, wrapClamped(doc, board.meta.title, width, 4), page.left, y, TYPE.display) + 12;
  if (board.meta.persona) {
    setType(doc, TYPE.heading, 'normal', INK_MUTED);
    y += drawLines(doc, wrapClamped(doc, t('report.cover.persona', { persona: board.meta.persona }), width, 3), page.left, y, TYPE.heading) + 6;
  }
  setType(doc, TYPE.body, 'normal', INK_MUTED);
  const day = date.toLocaleDateString(DATE_LOCALES[locale], { day: 'numeric', month: 'long', year: 'numeric' });
  y += drawLines(doc, [t('report.cover.exported', { date: day })], page.left, y, TYPE.body);
  const href = boardUrl ? safeHref(boardUrl) : null;
  if (href) {
    // The link reads the board only: a report forwarded to anyone hands out no editing.
    setType(doc, TYPE.body, 'normal', INK_MUTED);
    y += drawLines(doc, [t('report.cover.link')], page.left, y, TYPE.body);
    setType(doc, TYPE.body, 'normal', ACCENT);
    doc.textWithLink(href, page.left, y + TYPE.body.size * 0.92, { url: href });
    y += TYPE.body.line;
  }

  y += 28;
  // Only what the board has, each count with its own word: "1 lane", "2 lanes", never "0 strategy items".
  const facts = (
    [
      ['report.fact.personas', board.personas.length],
      ['report.fact.stages', board.stages.length],
      ['report.fact.lanes', board.lanes.length],
      ['report.fact.cards', board.cards.length],
      ['report.fact.notes', board.notes.length],
      ['report.fact.connectors', board.connectors.length],
      ['report.fact.strategy', board.strategy.length],
    ] as [MessageId, number][]
  ).filter(([, count]) => count > 0);
  if (facts.length === 0) {
    setType(doc, TYPE.body, 'normal', INK_MUTED);
    y += drawLines(doc, wrapClamped(doc, t('report.cover.empty'), width, 3), page.left, y, TYPE.body) + 16;
  } else {
    const step = Math.min(110, (page.right - page.left) / facts.length);
    facts.forEach(([id, count], i) => {
      const x = page.left + i * step;
      setType(doc, TYPE.title, 'bold', INK);
      doc.text(String(count), x, y + TYPE.title.size);
      setType(doc, TYPE.small, 'normal', INK_FAINT);
      doc.text(t(id, { count }), x, y + TYPE.title.line + 8);
    });
    y += TYPE.title.line + 40;
  }

  if (contents.length > 0) {
    doc.setDrawColor(LINE);
    doc.setLineWidth(0.8);
    doc.line(page.left, y, page.left + width, y);
    y += 14;
    setType(doc, TYPE.small, 'bold', INK_FAINT);
    y += drawLines(doc, [t('report.cover.contents')], page.left, y, TYPE.small) + 6;
    for (const entry of contents) {
      setType(doc, TYPE.body, 'normal', INK);
      doc.text(entry.label, page.left, y + TYPE.body.size);
      doc.text(t('report.page', { page: entry.page }), page.left + width, y + TYPE.body.size, { align: 'right' });
      y += TYPE.body.line + 6;
    }
  }
  drawJourneyAtAGlance(doc, board, page, t);
}

const GLANCE_H = 56;
const MAX_GLANCE = 8;

/** The stages in a row along the foot of the cover: the journey at a glance. */
function drawJourneyAtAGlance(doc: jsPDF, board: Board, page: Page, t: Translate): void {
  if (board.stages.length === 0) return;
  const shown = board.stages.length > MAX_GLANCE ? board.stages.slice(0, MAX_GLANCE - 1) : board.stages;
  const more = board.stages.length - shown.length;
  const slots = shown.length + (more > 0 ? 1 : 0);
  const gap = 6;
  const width = (page.right - page.left - (slots - 1) * gap) / slots;
  const y = page.bottom - GLANCE_H;
  setType(doc, TYPE.small, 'bold', INK_FAINT);
  doc.text(t('report.cover.glance'), page.left, y - 10);
  shown.forEach((stage, i) => {
    const x = page.left + i * (width + gap);
    fillRect(doc, x, y, width, GLANCE_H, WHITE, 4, LINE);
    fillRect(doc, x, y, width, 3, EDGE[stage.color]);
    const inner = width - 14;
    setType(doc, TYPE.tiny, 'bold', EDGE[stage.color]);
    let top = y + 9 + drawLines(doc, [String(i + 1)], x + 7, y + 9, TYPE.tiny);
    setType(doc, TYPE.small, 'bold', INK);
    top += drawLines(doc, wrapClamped(doc, stage.title || t('report.map.untitledStage'), inner, 3), x + 7, top, TYPE.small);
    if (stage.window) {
      setType(doc, TYPE.tiny, 'normal', INK_MUTED);
      drawLines(doc, wrapClamped(doc, stage.window, inner, 1), x + 7, top + 2, TYPE.tiny);
    }
  });
  if (more > 0) {
    const x = page.left + shown.length * (width + gap);
    setType(doc, TYPE.small, 'bold', INK_MUTED);
    doc.text(t('report.cover.moreStages', { count: more }), x + 7, y + GLANCE_H / 2 + 3);
  }
}
