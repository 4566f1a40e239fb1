/** Beyond this many pixels the sheet is drawn coarser: a 10,000-card map is tens of thousands of units tall. */
export const SHEET_MAX_PIXELS = 12_000_000;
/** Chromium refuses canvases wider or taller than this. */
const SHEET_MAX_SIDE = 16_384;

/**
 * Device pixels per map unit for the sheet, rounded up to a step of √2: sharp at any zoom, and
 * redrawn only when the zoom crosses a step rather than on every wheel notch.
 */
export function sheetLevel(devicePixelsPerUnit: number): number {
  return 2 ** (Math.ceil(Math.log2(devicePixelsPerUnit) * 2) / 2);
}

/** The level, lowered when the whole map at that level would be too big a canvas. */
export function sheetScale(level: number, width: number, height: number): number {
  if (width <= 0 || height <= 0) return level;
  return Math.min(level, Math.sqrt(SHEET_MAX_PIXELS / (width * height)), SHEET_MAX_SIDE / width, SHEET_MAX_SIDE / height);
}
