import type { Page } from '@playwright/test';

/*
 * Stamps, inside the page, where a whole-map PNG export spends its time, without touching the
 * product code: the canvas APIs the export calls at each step are wrapped, and the first or
 * last call of each marks a phase boundary. The pipeline (src/canvas/useMapExport.ts →
 * src/canvas/picture/mapPicture.ts) runs its steps one after another, so the phases follow each
 * other and add up to the whole export:
 *   prepare  the click, loading the picture code, reading tokens and loading the fonts; ends
 *            when the background of the picture-size canvas is filled;
 *   paint    the map drawn from its layout: cells, headers, connectors, cards, notes;
 *   encode   OffscreenCanvas.convertToBlob('image/png'): PNG encoding of every pixel;
 *   save     from the blob to the download link's click.
 * The wrappers add a little time of their own, so these figures come from a separate run and
 * are not the benchmark's timing.
 */
const INSTALL = `(() => {
  const now = () => performance.now();
  const t = { click: null, paintStart: null, encodeStart: null, encodeEnd: null, saved: null, textRuns: 0, canvas: null };
  window.__pngExportPhases = t;
  addEventListener('click', (event) => {
    const target = event.target;
    if (t.click === null && target.closest && target.closest('button') && target.closest('button').textContent.trim() === 'Download') t.click = now();
    if (t.saved === null && target instanceof HTMLAnchorElement && target.download) t.saved = now();
  }, true);

  const painting = () => t.paintStart !== null && t.encodeStart === null;
  const fillRect = OffscreenCanvasRenderingContext2D.prototype.fillRect;
  OffscreenCanvasRenderingContext2D.prototype.fillRect = function (...args) {
    if (t.click !== null && t.paintStart === null && this.canvas.width > 100) {
      t.paintStart = now();
      t.canvas = { width: this.canvas.width, height: this.canvas.height };
    }
    return fillRect.apply(this, args);
  };
  const fillText = OffscreenCanvasRenderingContext2D.prototype.fillText;
  OffscreenCanvasRenderingContext2D.prototype.fillText = function (...args) {
    if (painting()) t.textRuns++;
    return fillText.apply(this, args);
  };
  const convertToBlob = OffscreenCanvas.prototype.convertToBlob;
  OffscreenCanvas.prototype.convertToBlob = function (...args) {
    if (!painting()) return convertToBlob.apply(this, args);
    t.encodeStart = now();
    return convertToBlob.apply(this, args).then((blob) => { t.encodeEnd = now(); return blob; });
  };
})()`;

interface Stamps {
  click: number | null;
  paintStart: number | null;
  encodeStart: number | null;
  encodeEnd: number | null;
  saved: number | null;
  textRuns: number;
  canvas: { width: number; height: number } | null;
}

export interface PngExportPhases {
  /** Milliseconds per phase, in pipeline order; they add up to totalMs. */
  phasesMs: { prepare: number; paint: number; encode: number; save: number };
  totalMs: number;
  /** Lines of text drawn (fillText calls). */
  textRuns: number;
  canvas: { width: number; height: number } | null;
}

/** Wraps the APIs in the loaded page; the next export started from the dialog is stamped. */
export async function installPngExportPhases(page: Page): Promise<void> {
  await page.evaluate(INSTALL);
}

export async function collectPngExportPhases(page: Page): Promise<PngExportPhases> {
  const s = (await page.evaluate('window.__pngExportPhases')) as Stamps;
  const order = ['click', 'paintStart', 'encodeStart', 'encodeEnd', 'saved'] as const;
  const missing = order.filter((key) => s[key] === null);
  if (missing.length > 0) throw new Error(`the export pipeline was not seen at: ${missing.join(', ')}`);
  const at = (key: (typeof order)[number]) => s[key]!;
  return {
    phasesMs: {
      prepare: at('paintStart') - at('click'),
      paint: at('encodeStart') - at('paintStart'),
      encode: at('encodeEnd') - at('encodeStart'),
      save: at('saved') - at('encodeEnd'),
    },
    totalMs: at('saved') - at('click'),
    textRuns: s.textRuns,
    canvas: s.canvas,
  };
}
