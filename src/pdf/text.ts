import type { jsPDF } from 'jspdf';
import { WRAP_TOKENS } from '../model/index.ts';
import { FAMILY } from './fonts.ts';
import { ellipsisAfter } from './printable.ts';
import { INK, type TypeStyle } from './theme.ts';

export type Weight = 'normal' | 'bold';

export function setType(doc: jsPDF, style: TypeStyle, weight: Weight = 'normal', color = INK): void {
  doc.setFont(FAMILY, weight);
  doc.setFontSize(style.size);
  doc.setTextColor(color);
}

/**
 * Wraps text to a width in the current font: at spaces, between any two CJK characters, and
 * inside a word too long for a line. Line breaks in the text are kept; no line is wider than
 * `width`, so no text ever leaves its box. With `maxLines`, it stops once it has one line more
 * than that (enough to know the text was cut), so a 20,000-character body costs a few lines.
 */
export function wrap(doc: jsPDF, text: string, width: number, maxLines = Infinity): string[] {
  const fits = (s: string) => doc.getTextWidth(s) <= width;
  const lines: string[] = [];
  const full = () => lines.length > maxLines;
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
      if (full()) return lines;
      const space = /^\s+$/.test(token);
      if (space && line === '') continue;
      if (fits(line + token)) {
        line += token;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      if (space) continue;
      let rest = token;
      while (!full()) {
        let cut = longestFittingPrefix(rest, fits);
        if (cut === rest.length) break;
        // A word too long for a line breaks after a slash or hyphen in it where it has one ("Delivery/ implementation").
        const soft = Math.max(rest.lastIndexOf('/', cut - 1), rest.lastIndexOf('-', cut - 1)) + 1;
        if (soft > 1) cut = soft;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line.trimEnd());
    if (full()) return lines;
  }
  return lines;
}

/**
 * How many characters of `text` fit (all of them, if they do). The bound doubles from a short
 * prefix before it is halved, so each line of a long word costs measurements of about a line,
 * whatever the word's length.
 */
function longestFittingPrefix(text: string, fits: (s: string) => boolean): number {
  let low = Math.min(1, text.length); // at least one character per line, so wrapping always moves on
  let high = Math.min(text.length, 64);
  while (fits(text.slice(0, high))) {
    if (high === text.length) return high;
    low = high;
    high = Math.min(text.length, high * 2);
  }
  high = Math.max(low, high - 1); // `high` characters did not fit
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** At most `max` lines; the last one ends with an ellipsis when text was left out. */
export function clampLines(doc: jsPDF, lines: string[], max: number, width: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = cutWithEllipsis(doc, kept[max - 1]!, width);
  return kept;
}

/** The text, cut where need be so that it and an ellipsis fit `width`, then the ellipsis. */
export function cutWithEllipsis(doc: jsPDF, text: string, width: number): string {
  let kept = text;
  while (kept && doc.getTextWidth(kept + ellipsisAfter(kept)) > width) kept = [...kept].slice(0, -1).join('');
  kept = kept.trimEnd();
  return kept + ellipsisAfter(kept);
}

/** The text as it is where it fits `width`, else cut with an ellipsis. */
export function fitted(doc: jsPDF, text: string, width: number): string {
  return doc.getTextWidth(text) <= width ? text : cutWithEllipsis(doc, text, width);
}

/** Wrapped and cut to `max` lines, with an ellipsis when text was left out. */
export function wrapClamped(doc: jsPDF, text: string, width: number, max: number): string[] {
  return clampLines(doc, wrap(doc, text, width, max), max, width);
}

/** Draws lines from a top edge (jsPDF places text by its baseline). */
export function drawLines(doc: jsPDF, lines: string[], x: number, top: number, style: TypeStyle): number {
  lines.forEach((line, i) => doc.text(line, x, top + style.size * 0.92 + i * style.line));
  return lines.length * style.line;
}
