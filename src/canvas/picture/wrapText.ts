import { WRAP_TOKENS } from '../../model/index.ts';

const ELLIPSIS = '…';

/**
 * `text` broken into lines no wider than `width`, as the canvas's CSS breaks a card's text:
 * newlines kept (`white-space: pre-wrap`), words wrapped whole, a word longer than a line
 * broken anywhere (`overflow-wrap: anywhere`), and at most `maxLines` lines, the last one
 * ending in an ellipsis when text was cut (`-webkit-line-clamp`). `measure` gives a string's
 * width in the same units as `width`.
 */
export function wrapText(text: string, width: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  if (maxLines < 1) return lines;
  const paragraphs = text.split('\n');
  for (let p = 0; p < paragraphs.length; p++) {
    const room = maxLines - lines.length;
    const wrapped = wrapParagraph(paragraphs[p]!, width, room + 1, measure);
    lines.push(...wrapped.slice(0, room));
    if (lines.length >= maxLines) {
      const cut = wrapped.length > room || p < paragraphs.length - 1;
      if (cut) lines[maxLines - 1] = withEllipsis(lines[maxLines - 1]!, width, measure);
      break;
    }
  }
  return lines;
}

/** Up to `limit` lines of one paragraph (an empty paragraph is one empty line). */
function wrapParagraph(paragraph: string, width: number, limit: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };
  for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
    if (lines.length >= limit) break;
    const tokenWidth = measure(token);
    if (/^\s+$/.test(token)) {
      // Spaces hang at the end of a line rather than start the next one.
      if (line) {
        line += token;
        used += tokenWidth;
      }
      continue;
    }
    if (used > 0 && used + tokenWidth > width) breakLine();
    if (tokenWidth <= width) {
      line += token;
      used += tokenWidth;
      continue;
    }
    for (const char of token) {
      const charWidth = measure(char);
      if (used > 0 && used + charWidth > width) breakLine();
      line += char;
      used += charWidth;
    }
  }
  lines.push(line.trimEnd());
  return lines.slice(0, limit);
}

/** The line shortened until it and an ellipsis fit in `width`. */
function withEllipsis(line: string, width: number, measure: (s: string) => number): string {
  let chars = [...line.trimEnd()];
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > width) chars = chars.slice(0, -1);
  return chars.join('').trimEnd() + ELLIPSIS;
}
