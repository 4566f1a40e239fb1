import { jsPDF } from 'jspdf';
import { LIMITS, type Board } from '../model/index.ts';
import { asLocale, translatorFor, type Translate } from '../i18n/index.ts';
import { drawAppendix } from './appendix.ts';
import { drawChangesPages, type ChangesSince } from './changesPage.ts';
import { clipWithEllipsis, clippedBoard } from './clipped.ts';
import { drawCover, type Contents } from './cover.ts';
import { registerFonts, type ReportFonts } from './fonts.ts';
import { estimatedGrid, type MapGrid } from './mapGrid.ts';
import { drawMapPages } from './mapPages.ts';
import { pageOf } from './page.ts';
import { printable, printableBoard } from './printable.ts';
import { drawStrategyPage } from './strategyPage.ts';
import { drawOpportunitiesPage } from './opportunitiesPage.ts';
import { drawVotingPage } from './votingPage.ts';
import { drawPersonasPage } from './personasPage.ts';
import { cutWithEllipsis, setType } from './text.ts';
import { INK_FAINT, LINE, TYPE } from './theme.ts';

/** The parts of the report, in the order they are drawn; a screen showing progress names them. */
export type ReportPart = 'map' | 'strategy' | 'appendix' | 'cover' | 'done';
const PARTS: ReportPart[] = ['map', 'strategy', 'appendix', 'cover'];
/** The most characters of a version's name the cover's contents line gives it. */
const CONTENTS_LABEL = 40;

export interface PdfOptions {
  pageSize: 'a4' | 'a3';
  orientation: 'landscape' | 'portrait';
  /** The board's address, printed and linked on the cover. */
  boardUrl?: string;
  date?: Date;
  /**
   * The canvas's grid (src/canvas/reportGrid.ts), against which the sticky notes' stored
   * positions are read; without it the report estimates the grid as the canvas lays it out.
   */
  mapGrid?: MapGrid;
  /**
   * An earlier state of the board (a saved version: its name, when it was saved, its board):
   * the report then opens, after the cover, with what changed since.
   */
  changesSince?: ChangesSince;
  /** Told after each part, so a screen can show progress; awaited, so it can let the screen paint. */
  onProgress?: (done: number, total: number, part: ReportPart) => void | Promise<void>;
}

/**
 * The board as a designed report, drawn from the model with jsPDF: no DOM, so the same code
 * runs in the browser, in the server and on the command line. Text is real text in an
 * embedded font (Latin and Chinese), so it can be selected, searched and extracted. Every
 * fixed label is in the board's language, whoever exports it.
 */
export async function renderBoardPdf(source: Board, fonts: ReportFonts, options: PdfOptions): Promise<Uint8Array> {
  const board = printableBoard(clippedBoard(source));
  const locale = asLocale(board.meta.locale);
  const t = translatorFor(locale);
  const doc = new jsPDF({ unit: 'pt', format: options.pageSize, orientation: options.orientation, putOnlyUsedFonts: true, compress: true });
  registerFonts(doc, fonts);
  doc.setProperties({ title: board.meta.title, subject: t('report.subject'), creator: 'Journeyboard' });
  doc.setLanguage(locale === 'zh' ? 'zh-CN' : 'en-US');
  const page = pageOf(doc);
  const contents: Contents[] = [];
  const begin = (label: string) => () => {
    if (!contents.some((c) => c.label === label)) contents.push({ label, page: doc.getNumberOfPages() });
  };
  const progress = async (i: number) => options.onProgress?.(i, PARTS.length, PARTS[i]!);

  await progress(0);
  if (options.changesSince) {
    // The earlier state is as untrusted as the live one: cut and made printable the same way.
    const { label, savedAt, board: earlier } = options.changesSince;
    const since = { label: printable(clipWithEllipsis(label, LIMITS.title)), savedAt, board: printableBoard(clippedBoard(earlier)) };
    // The contents line has one line of its own: a long version name is cut shorter there.
    drawChangesPages(doc, board, since, page, t, locale, begin(t('report.changes.title', { label: clipWithEllipsis(since.label, CONTENTS_LABEL) })));
  }
  drawPersonasPage(doc, board, page, t, begin(t('report.part.personas')));
  const map = drawMapPages(doc, board, page, t, options.mapGrid ?? estimatedGrid(board), begin(t('report.part.map')));
  drawOpportunitiesPage(doc, board, page, t, begin(t('report.part.opportunities')));
  await progress(1);
  const strategyCut = board.strategy.length > 0 ? drawStrategyPage(doc, board, page, t, begin(t('report.part.strategy'))) : new Set<never>();
  await progress(2);
  drawVotingPage(doc, board, page, t, begin(t('voting.report.title')));
  drawAppendix(doc, board, page, t, { map, strategyCut }, begin(t('report.part.appendix')));
  await progress(3);
  drawCover(doc, board, page, t, locale, options.date ?? new Date(), options.boardUrl, contents);
  drawFooters(doc, board.meta.title, t);
  await options.onProgress?.(PARTS.length, PARTS.length, 'done');
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Every page but the cover: the board's title on the left, "page n of N" on the right. */
function drawFooters(doc: jsPDF, title: string, t: Translate): void {
  const total = doc.getNumberOfPages();
  const page = pageOf(doc);
  for (let n = 2; n <= total; n++) {
    doc.setPage(n);
    const y = page.height - 24;
    doc.setDrawColor(LINE);
    doc.setLineWidth(0.5);
    doc.line(page.left, y - 10, page.right, y - 10);
    setType(doc, TYPE.tiny, 'normal', INK_FAINT);
    const room = page.right - page.left - 100;
    doc.text(doc.getTextWidth(title) <= room ? title : cutWithEllipsis(doc, title, room), page.left, y);
    doc.text(t('report.pageOf', { page: n, total }), page.right, y, { align: 'right' });
  }
}
