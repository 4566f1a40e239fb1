import { WIDE_CHAR, WRAP_TOKENS } from '../model/index.ts';
import { INTER_ADVANCES } from './faceAdvances.ts';

/** A wide (CJK, full-width) character's advance, in Latin character units. */
const WIDE_ADVANCE = 2.05;

/** A text's width in Latin character units: one a character, two and a little a wide one. */
function units(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHAR.test(ch) ? WIDE_ADVANCE : 1;
  return width;
}

/** A text's width in ems of the cards' face, each character at its own advance (faceAdvances.ts). */
function ems(text: string): number {
  const { ascii, upper, other, wide, astral } = INTER_ADVANCES;
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code < 127) width += ascii[code - 32]!;
    else if (code > 0xffff) width += astral;
    else if (WIDE_CHAR.test(ch)) width += wide;
    else width += ch !== ch.toLowerCase() ? upper : other;
  }
  return width;
}

/**
 * The lines one paragraph takes when wrapped the way the browser does: word by word, a word
 * that does not fit moves to the next line, and a word longer than a line breaks anywhere
 * (the cards' `overflow-wrap: anywhere`). `perLine` and `measure` share one unit.
 */
function wrappedLines(paragraph: string, perLine: number, measure: (text: string) => number): number {
  let lines = 1;
  let used = 0;
  for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
    let width = measure(token);
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
 * capped at `maxLines`. Empty text is one line. A rough count, for sticky notes; a card's text
 * is measured by `estimateTextLines`.
 */
export function estimateLines(text: string, width: number, charWidth: number, maxLines: number): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  return remembered(`u${perLine}:${maxLines}:${text}`, () => countLines(text, perLine, maxLines, units));
}

/**
 * How many lines `text` takes in the cards' face at `size` pixels in a box `width` wide,
 * capped at `maxLines` (the stylesheet clamps to the same number). Every character counts at
 * its advance in the face, rounded up, so this is an upper bound of what the browser draws
 * (tests/e2e/card-geometry.spec.ts holds it to that). Empty text is one line.
 */
export function estimateTextLines(text: string, width: number, size: number, maxLines: number): number {
  const perLine = Math.max(1, width / size);
  return remembered(`e${perLine}:${maxLines}:${text}`, () => countLines(text, perLine, maxLines, ems));
}

/*
 * Every edit lays the whole map out again, and with it every card's text; remembered, an edit
 * to one card measures one text. Cleared when full rather than tracked, as texts come and go.
 */
const KNOWN_MAX = 50_000;
const known = new Map<string, number>();

function remembered(key: string, count: () => number): number {
  let lines = known.get(key);
  if (lines === undefined) {
    lines = count();
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(key, lines);
  }
  return lines;
}

function countLines(text: string, perLine: number, maxLines: number, measure: (text: string) => number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += wrappedLines(paragraph, perLine, measure);
    if (lines >= maxLines) return maxLines;
  }
  return Math.max(1, lines);
}
