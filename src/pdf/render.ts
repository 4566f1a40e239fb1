import { jsPDF } from 'jspdf';
import type { Board } from '../model/index.ts';
import { drawAppendix } from './appendix.ts';
import { clippedBoard } from './clipped.ts';
import { drawCover, type Contents } from './cover.ts';
import { registerFonts, type ReportFonts } from './fonts.ts';
import { drawMapPages } from './mapPages.ts';
import { pageOf } from './page.ts';
import { printableBoard } from './printable.ts';
import { drawStrategyPage } from './strategyPage.ts';
import { cutWithEllipsis, setType } from './text.ts';
import { INK_FAINT, LINE, TYPE } from './theme.ts';

export interface PdfOptions {
  pageSize: 'a4' | 'a3';
  orientation: 'landscape' | 'portrait';
  /** The board's address, printed and linked on the cover. */
  boardUrl?: string;
  date?: Date;
  /** Told after each part, so a screen can show progress; awaited, so it can let the screen paint. */
  onProgress?: (done: number, total: number, part: string) => void | Promise<void>;
}

const PARTS = ['Journey map', 'Strategy canvas', 'Card details', 'Cover'] as const;

/**
 * The board as a designed report, drawn from the model with jsPDF: no DOM, so the same code
 * runs in the browser, in the server and on the command line. Text is real text in an
 * embedded font (Latin and Chinese), so it can be selected, searched and extracted.
 */
export async function renderBoardPdf(source: Board, fonts: ReportFonts, options: PdfOptions): Promise<Uint8Array> {
  const board = printableBoard(clippedBoard(source));
  const doc = new jsPDF({ unit: 'pt', format: options.pageSize, orientation: options.orientation, putOnlyUsedFonts: true, compress: true });
  registerFonts(doc, fonts);
  doc.setProperties({ title: board.meta.title, subject: 'Customer journey report', creator: 'Journeyboard' });
  doc.setLanguage(board.meta.locale === 'zh-CN' ? 'zh-CN' : 'en-US');
  const page = pageOf(doc);
  const contents: Contents[] = [];
  const begin = (label: string) => () => {
    if (!contents.some((c) => c.label === label)) contents.push({ label, page: doc.getNumberOfPages() });
  };
  const progress = async (i: number) => options.onProgress?.(i, PARTS.length, PARTS[i] ?? 'Done');

  await progress(0);
  drawMapPages(doc, board, page, begin('Journey map'));
  await progress(1);
  if (board.strategy.length > 0) drawStrategyPage(doc, board, page, begin('Customer Experience Strategy Canvas'));
  await progress(2);
  drawAppendix(doc, board, page, begin('Appendix: card details'));
  await progress(3);
  drawCover(doc, board, page, options.date ?? new Date(), options.boardUrl, contents);
  drawFooters(doc, board.meta.title);
  await options.onProgress?.(PARTS.length, PARTS.length, 'Done');
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Every page but the cover: the board's title on the left, "page n of N" on the right. */
function drawFooters(doc: jsPDF, title: string): void {
  const total = doc.getNumberOfPages();
  const page = pageOf(doc);
  for (let n = 2; n <= total; n++) {
    doc.setPage(n);
    const y = page.height - 24;
    doc.setDrawColor(LINE);
    doc.setLineWidth(0.5);
    doc.line(page.left, y - 10, page.right, y - 10);
    setType(doc, TYPE.tiny, 'normal', INK_FAINT);
    const room = page.right - page.left - 80;
    doc.text(doc.getTextWidth(title) <= room ? title : cutWithEllipsis(doc, title, room), page.left, y);
    doc.text(`page ${n} of ${total}`, page.right, y, { align: 'right' });
  }
}
