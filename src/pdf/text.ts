import type { jsPDF } from 'jspdf';
import { WRAP_TOKENS } from '../model/index.ts';
import { FAMILY } from './fonts.ts';
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
 * `width`, so no text ever leaves its box.
 */
export function wrap(doc: jsPDF, text: string, width: number): string[] {
  const fits = (s: string) => doc.getTextWidth(s) <= width;
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
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
      while (!fits(rest)) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** At most `max` lines; the last one ends with an ellipsis when text was left out. */
export function clampLines(doc: jsPDF, lines: string[], max: number, width: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && doc.getTextWidth(`${last}…`) > width) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Draws lines from a top edge (jsPDF places text by its baseline). */
export function drawLines(doc: jsPDF, lines: string[], x: number, top: number, style: TypeStyle): number {
  lines.forEach((line, i) => doc.text(line, x, top + style.size * 0.92 + i * style.line));
  return lines.length * style.line;
}
