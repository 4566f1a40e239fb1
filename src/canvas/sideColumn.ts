/**
 * A column over the map's right edge (the comments panel, dot voting's ranking) carries this
 * attribute: what the map fits or brings into view goes left of it.
 */
export const SIDE_COLUMN = { 'data-side-column': '' };

/** The width of the widest side column open, CSS pixels; 0 when none is. */
export function sideColumnWidth(): number {
  return Math.max(0, ...[...document.querySelectorAll<HTMLElement>('[data-side-column]')].map((column) => column.offsetWidth));
}
