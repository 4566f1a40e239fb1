/**
 * Canvas limits a picture stays inside: Chromium draws nothing (a blank image) on a canvas
 * wider or taller than 16,384 pixels or larger than about 268 million pixels; Safari's area
 * limit is lower. Beyond these the picture is scaled down instead.
 */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 100_000_000;

/** The pixel ratio to draw `width` x `height` CSS pixels at: `wanted`, or less to stay in limits. */
export function fittingPixelRatio(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_AREA / Math.max(width * height, 1));
  return Math.min(wanted, bySide, byArea);
}
