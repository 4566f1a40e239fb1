import { WIDE_CHAR, WRAP_TOKENS } from '../model/index.ts';

/*
 * A character's advance, in Latin character units: one unit is an average lowercase letter of
 * the map's face (CARD.titleCharWidth, bodyCharWidth). Letters wider than that average count
 * for more, so that a title of capitals or of w's and m's is not taken for a shorter one: each
 * class is given the advance of its widest members in Inter, rounded up, and the estimate stays
 * an upper bound of what the browser draws (tests/e2e/card-geometry.spec.ts).
 */
const WIDE_ADVANCE = 2.05; // CJK and full-width characters, unless told their width
const EMOJI_ADVANCE = 2.4; // characters beyond the basic plane, mostly emoji
const ASCII = new Float32Array(128).fill(1);
for (const ch of 'ABCDEFGHIJKLNOPQRSTUVXYZ') ASCII[ch.charCodeAt(0)] = 1.5;
for (const ch of '0123456789#$?') ASCII[ch.charCodeAt(0)] = 1.25;
for (const ch of 'mw') ASCII[ch.charCodeAt(0)] = 1.75;
for (const ch of 'MW@%&') ASCII[ch.charCodeAt(0)] = 1.95;

function advance(text: string, wide: number): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code < 128 ? ASCII[code]! : code > 0xffff ? EMOJI_ADVANCE : WIDE_CHAR.test(ch) ? wide : ch !== ch.toLowerCase() ? 1.5 : 1;
  }
  return units;
}

/**
 * The lines one paragraph takes when wrapped the way the browser does: word by word, a word
 * that does not fit moves to the next line, and a word longer than a line breaks anywhere
 * (the cards' `overflow-wrap: anywhere`). Widths are in Latin character units.
 */
function wrappedLines(paragraph: string, perLine: number, wide: number): number {
  let lines = 1;
  let used = 0;
  for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
    let width = advance(token, wide);
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
 * How many lines `text` wraps to in a box `width` wide, at `charWidth` per Latin character and
 * `wideWidth` per wide (CJK) one, capped at `maxLines` (the components clamp to the same
 * number, so the estimate is an upper bound of what is drawn). Empty text is one line.
 */
export function estimateLines(text: string, width: number, charWidth: number, maxLines: number, wideWidth = WIDE_ADVANCE * charWidth): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  const wide = wideWidth / charWidth;
  const key = `${perLine}:${wide}:${maxLines}:${text}`;
  let lines = known.get(key);
  if (lines === undefined) {
    lines = countLines(text, perLine, maxLines, wide);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(key, lines);
  }
  return lines;
}

/*
 * Every edit lays the whole map out again, and with it every card's text; remembered, an edit
 * to one card measures one text. Cleared when full rather than tracked, as texts come and go.
 */
const KNOWN_MAX = 50_000;
const known = new Map<string, number>();

function countLines(text: string, perLine: number, maxLines: number, wide: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += wrappedLines(paragraph, perLine, wide);
    if (lines >= maxLines) return maxLines;
  }
  return Math.max(1, lines);
}
