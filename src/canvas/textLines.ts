import { WIDE_CHAR, WRAP_TOKENS } from '../model/index.ts';

/** A wide (CJK, full-width) character's advance, in Latin character units. */
const WIDE_ADVANCE = 2.05;

function advance(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE_CHAR.test(ch) ? WIDE_ADVANCE : 1;
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
  for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
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
  const key = `${perLine}:${maxLines}:${text}`;
  let lines = known.get(key);
  if (lines === undefined) {
    lines = countLines(text, perLine, maxLines);
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

function countLines(text: string, perLine: number, maxLines: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += wrappedLines(paragraph, perLine);
    if (lines >= maxLines) return maxLines;
  }
  return Math.max(1, lines);
}
