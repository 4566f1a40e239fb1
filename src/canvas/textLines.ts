/** Wide (CJK, full-width) characters take about twice the advance of a Latin letter. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function advance(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}

/**
 * How many lines `text` wraps to in a box `width` wide, at `charWidth` per Latin character,
 * capped at `maxLines` (the components clamp to the same number, so the estimate is an upper
 * bound of what is drawn). Empty text is one line.
 */
export function estimateLines(text: string, width: number, charWidth: number, maxLines: number): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += Math.max(1, Math.ceil(advance(paragraph) / perLine));
    if (lines >= maxLines) return maxLines;
  }
  return Math.max(1, lines);
}
