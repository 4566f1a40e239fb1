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
 * The level for the map's sheets, lowered when all of them at that level would hold too many
 * pixels. Rounded down to a step of √2, so a row growing by a card changes it rarely: the rows
 * then keep their resolution, and a row nothing happened to is not drawn again.
 */
export function mapSheetLevel(level: number, map: Size): number {
  if (map.width <= 0 || map.height <= 0) return level;
  return Math.min(level, 2 ** (Math.floor(Math.log2(SHEET_MAX_PIXELS / (map.width * map.height))) / 2));
}

/** One row's scale: the map's level, lowered when this sheet would be too big a canvas. */
export function sheetScale(mapLevel: number, sheet: Size): number {
  if (sheet.width <= 0 || sheet.height <= 0) return mapLevel;
  return Math.min(mapLevel, SHEET_MAX_SIDE / sheet.width, SHEET_MAX_SIDE / sheet.height);
}
