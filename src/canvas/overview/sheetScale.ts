/** Beyond this many pixels the sheets are drawn coarser: a 10,000-card map is tens of thousands of units tall. */
export const SHEET_MAX_PIXELS = 12_000_000;
/** Chromium refuses canvases wider or taller than this. */
const SHEET_MAX_SIDE = 16_384;

interface Size {
  width: number;
  height: number;
}

/**
 * Device pixels per map unit for the sheets, rounded up to a step of √2: sharp at any zoom, and
 * redrawn only when the zoom crosses a step rather than on every wheel notch.
 */
export function sheetLevel(devicePixelsPerUnit: number): number {
  return 2 ** (Math.ceil(Math.log2(devicePixelsPerUnit) * 2) / 2);
}

/**
 * The level for one row's sheet, lowered when all the sheets of the map at that level would
 * hold too many pixels (rounded down to a step of √2, so a row growing by a card does not
 * redraw every row), or when this sheet would be too big a canvas.
 */
export function sheetScale(level: number, map: Size, sheet: Size): number {
  if (map.width <= 0 || map.height <= 0 || sheet.width <= 0 || sheet.height <= 0) return level;
  const fitting = 2 ** (Math.floor(Math.log2(SHEET_MAX_PIXELS / (map.width * map.height))) / 2);
  return Math.min(level, fitting, SHEET_MAX_SIDE / sheet.width, SHEET_MAX_SIDE / sheet.height);
}
