import type { Board } from '../model/index.ts';
import { loadBrowserFonts } from './browserFonts.ts';
import { renderBoardPdf, type PdfOptions } from './render.ts';

/**
 * The browser's PDF export, loaded on demand (with jsPDF and the fonts) so that the editor
 * does not carry them until someone exports.
 */
export async function exportPdf(board: Board, options: PdfOptions): Promise<Blob> {
  await options.onProgress?.(0, 5, 'Loading fonts');
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
