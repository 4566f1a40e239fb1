import type { Note } from '../../model/index.ts';
import { NOTE } from '../metrics.ts';
import { drawLines, fillBox, linesOf, space, withShadow, type Brush } from './brush.ts';

/** A sticky note: its tint, its shadow, and its text as typed (lines kept), cut at its box. */
export function paintNote(brush: Brush, note: Note, x: number, y: number, height: number): void {
  const { context, token, type } = brush;
  const radius = parseFloat(token('--radius-sm')) || 0;
  withShadow(brush, '--shadow-md', () => fillBox(context, x, y, NOTE.width, height, radius, token(`--tint-${note.color}`) || token('--tint-amber')));
  if (!note.text) return;
  const maxLines = Math.max(1, Math.floor((height - 2 * NOTE.padding) / NOTE.line));
  // canvas.css keeps --space-4 at the end of a note's lines for its delete button.
  const lines = linesOf(brush, type.note, note.text, NOTE.width - 2 * NOTE.padding - space(brush, 4), maxLines);
  drawLines(brush, type.note, lines, x + NOTE.padding, y + NOTE.padding, token('--ink'));
}
