import type { jsPDF } from 'jspdf';
import type { Note } from '../model/index.ts';
import type { NoteAnchor } from './mapGrid.ts';
import type { MapMetrics } from './mapMetrics.ts';
import { fillRect } from './page.ts';
import { clampLines, drawLines, setType, wrap } from './text.ts';
import { EDGE, INK, TINT } from './theme.ts';

/** A sticky note laid out for a width: its lines, its height, and whether its text was cut. */
export interface NoteBox {
  kind: 'note';
  note: Note;
  lines: string[];
  height: number;
  cut: boolean;
}

export function measureNote(doc: jsPDF, note: Note, width: number, m: MapMetrics): NoteBox {
  const { pad, maxLines } = m.note;
  setType(doc, m.type.small);
  const wrapped = note.text.trim() ? wrap(doc, note.text, width - 2 * pad, maxLines) : [];
  const lines = clampLines(doc, wrapped, maxLines, width - 2 * pad);
  return { kind: 'note', note, lines, height: Math.max(m.minRow, 2 * pad + lines.length * m.type.small.line), cut: wrapped.length > maxLines };
}

/** A note as on the canvas: its tint, a folded corner, its text as typed. */
export function drawNote(doc: jsPDF, box: NoteBox, x: number, y: number, width: number, m: MapMetrics): void {
  const color = box.note.color;
  const fold = 7 * m.scale;
  fillRect(doc, x, y, width, box.height, TINT[color], m.radius);
  // The fold: the corner turned up, in the note's edge colour, so a note never reads as a card.
  doc.setFillColor(EDGE[color]);
  doc.triangle(x + width - fold, y + box.height, x + width, y + box.height - fold, x + width - fold, y + box.height - fold, 'F');
  doc.setFillColor(TINT[color]);
  setType(doc, m.type.small, 'normal', INK);
  drawLines(doc, box.lines, x + m.note.pad, y + m.note.pad, m.type.small);
}

/** A note placed in a strip above or below the grid. */
export interface PlacedNote {
  box: NoteBox;
  x: number;
  /** From the strip's top. */
  dy: number;
  width: number;
}

/**
 * Notes laid along a strip as they sit over the stage columns: each at its place across its
 * column, moved right or down a line of notes where it would cover another. Returns the notes
 * and the strip's height.
 */
export function layoutStrip(doc: jsPDF, anchors: NoteAnchor[], columnX: (stage: number) => number, column: number, right: number, m: MapMetrics): { notes: PlacedNote[]; height: number } {
  // As wide as a column, where the canvas's are two thirds of one: in print a note's text is read, not glanced at.
  const width = column;
  const lines: { right: number; height: number; notes: PlacedNote[] }[] = [];
  const wanted = anchors.map((a) => ({ a, x: Math.min(right - width, columnX(a.stage) + a.across * (column + m.gap)) })).sort((p, q) => p.x - q.x);
  for (const { a, x } of wanted) {
    const box = measureNote(doc, a.note, width, m);
    let line = lines.find((l) => Math.max(x, l.right + m.gap) + width <= right + 0.01);
    if (!line) {
      line = { right: -Infinity, height: 0, notes: [] };
      lines.push(line);
    }
    const at = Math.max(x, line.right + m.gap);
    line.notes.push({ box, x: at, dy: 0, width });
    line.right = at + width;
    line.height = Math.max(line.height, box.height);
  }
  let top = 0;
  const notes: PlacedNote[] = [];
  for (const line of lines) {
    for (const note of line.notes) notes.push({ ...note, dy: top });
    top += line.height + m.gap;
  }
  return { notes, height: top };
}
