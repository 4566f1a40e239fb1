import type { Board } from '../model/index.ts';
import { loadBrowserFonts } from './browserFonts.ts';
import { renderBoardPdf, type PdfOptions, type ReportPart } from './render.ts';

export interface ExportPdfOptions extends Omit<PdfOptions, 'onProgress'> {
  /** As the report's, with the fonts' download first. */
  onProgress?: (done: number, total: number, part: ReportPart | 'fonts') => void | Promise<void>;
}

/**
 * The browser's PDF export, loaded on demand (with jsPDF and the fonts) so that the editor
 * does not carry them until someone exports.
 */
export async function exportPdf(board: Board, options: ExportPdfOptions): Promise<Blob> {
  await options.onProgress?.(0, 5, 'fonts');
  const fonts = await loadBrowserFonts();
  // Between parts the screen gets a frame to paint the progress.
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const pdf = await renderBoardPdf(board, fonts, {
    ...options,
    onProgress: async (done, total, part) => {
      await options.onProgress?.(done + 1, total + 1, part);
      await pause();
    },
  });
  return new Blob([pdf as BlobPart], { type: 'application/pdf' });
}
