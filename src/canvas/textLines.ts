/** Wide (CJK, full-width) characters: each a word of its own, about twice a Latin letter's advance. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const WIDE_ADVANCE = 2.05;
const TOKENS = new RegExp(`${WIDE.source}|\\s+|[^\\s${WIDE.source.slice(1, -1)}]+`, 'g');

function advance(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? WIDE_ADVANCE : 1;
  return units;
}

/**
 * The lines one paragraph takes when wrapped the way the browser does: word by word, a word
 * that does not fit moves to the next line, and a word longer than a line breaks anywhere
 * (the cards' `overflow-wrap: anywhere`). Widths are in Latin character units.
 */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const token of paragraph.match(TOKENS) ?? []) {
    let width = advance(token);
    if (/^\s+$/.test(token)) {
      used = Math.min(perLine, used + width); // spaces hang at the end of a line
      continue;
    }
    if (used > 0 && used + width > perLine) {
      lines++;
      used = 0;
    }
    while (width > perLine) {
      lines++;
      width -= perLine;
    }
    used += width;
  }
  return lines;
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
    lines += wrappedLines(paragraph, perLine);
    if (lines >= maxLines) return maxLines;
  }
  return Math.max(1, lines);
}
