import { WIDE_CHAR, blueprintLines, type Board, type Note } from '../model/index.ts';

/**
 * The journey map's grid as the canvas lays it out, in the canvas's units: a sticky note is
 * the one record with a stored position, and that position means something only against this
 * grid (over the third stage, in the pain points lane). The app and `npm run export` pass the
 * canvas's own layout (src/canvas/reportGrid.ts); without it, `estimatedGrid` stands in.
 */
export interface MapGrid {
  columns: { stageId: string; x: number; width: number }[];
  rows: { laneId: string; y: number; height: number }[];
  /** A note's box on the canvas: its width, and the height of one with a few lines. */
  note: { width: number; height: number };
}

/** Where a note sits against the grid: over which stage (and how far across it), and in which lane or band. */
export interface NoteAnchor {
  note: Note;
  /** The stage column, 0-based; a note beside the grid belongs to the nearest column. */
  stage: number;
  /** How far across its column (0–1) the note starts. */
  across: number;
  zone: { kind: 'above' } | { kind: 'lane'; laneId: string } | { kind: 'below' };
}

export function anchorNotes(board: Board, grid: MapGrid): NoteAnchor[] {
  const { columns, rows } = grid;
  if (columns.length === 0) return [];
  const pitch = columns.length > 1 ? columns[1]!.x - columns[0]!.x : columns[0]!.width;
  const gridTop = rows[0]?.y ?? Infinity;
  const gridBottom = rows.length ? rows.at(-1)!.y + rows.at(-1)!.height : -Infinity;
  return board.notes.map((note) => {
    const position = (note.x - columns[0]!.x) / pitch;
    const stage = Math.min(columns.length - 1, Math.max(0, Math.floor(position)));
    const across = Math.min(1, Math.max(0, position - stage));
    // The note's middle decides, as a person sees which cell a note is in.
    const middle = note.y + grid.note.height / 2;
    // Between two rows (in the gap), the row above holds it.
    const row = rows.findLast((r) => r.y <= middle);
    const zone: NoteAnchor['zone'] = middle < gridTop || !row ? { kind: 'above' } : middle >= gridBottom ? { kind: 'below' } : { kind: 'lane', laneId: row.laneId };
    return { note, stage, across, zone };
  });
}

/*
 * The canvas's measures (src/canvas/metrics.ts), for a report drawn where the canvas is not
 * at hand (the server's export). Rows are estimated from their cards' text as the canvas
 * estimates them, roughly: a note is placed by the row its middle falls in, so an estimate
 * off by a line or two lands it in the same lane. src/canvas/reportGrid.test.ts holds this
 * to the canvas's own layout for every template.
 */
const CANVAS = { laneHeader: 220, column: 300, gap: 12, stageHeader: 132, cellPadding: 12, cardGap: 10, addCard: 40, minRow: 140, emotionRow: 180, blueprintGap: 32 };
const CANVAS_CARD = { text: 266, padding: 24, titleLine: 22, titleChar: 8.5, titleLines: 4, bodyLine: 20, bodyChar: 7.4, bodyLines: 3, bodyGap: 4, details: 30, measure: 36 };
export const CANVAS_NOTE = { width: 200, height: 120 };

function lines(text: string, charWidth: number, max: number): number {
  let units = 0;
  for (const char of text) units += WIDE_CHAR.test(char) ? 2.05 : 1;
  return Math.min(max, Math.max(1, Math.ceil((units * charWidth) / CANVAS_CARD.text)));
}

export function estimatedGrid(board: Board): MapGrid {
  const columns = board.stages.map((stage, i) => ({ stageId: stage.id, x: CANVAS.laneHeader + CANVAS.gap + i * (CANVAS.column + CANVAS.gap), width: CANVAS.column }));
  const stageIds = new Set(board.stages.map((s) => s.id));
  const cellHeights = new Map<string, number>();
  const laneKinds = new Map(board.lanes.map((lane) => [lane.id, lane.kind]));
  for (const card of board.cards) {
    if (!stageIds.has(card.stageId)) continue;
    let height = CANVAS_CARD.padding + CANVAS_CARD.titleLine * lines(card.title || ' ', CANVAS_CARD.titleChar, CANVAS_CARD.titleLines);
    if (card.body) height += CANVAS_CARD.bodyGap + CANVAS_CARD.bodyLine * lines(card.body, CANVAS_CARD.bodyChar, CANVAS_CARD.bodyLines);
    const kind = laneKinds.get(card.laneId);
    if (kind === 'metrics') height += CANVAS_CARD.measure;
    if (card.channel || card.owner || card.tags.length || card.emotion !== null || card.link || (kind === 'opportunities' && (card.impact !== null || card.effort !== null))) height += CANVAS_CARD.details;
    const key = `${card.stageId}\u0000${card.laneId}`;
    cellHeights.set(key, (cellHeights.get(key) ?? CANVAS.cellPadding + CANVAS.addCard) + height + CANVAS.cardGap);
  }
  let y = CANVAS.stageHeader + CANVAS.gap;
  const blueprint = blueprintLines(board.lanes);
  const rows = board.lanes.map((lane, index) => {
    if (blueprint[index]!.length > 0) y += CANVAS.blueprintGap;
    const fullest = lane.kind === 'emotion' ? 0 : Math.max(0, ...board.stages.map((s) => cellHeights.get(`${s.id}\u0000${lane.id}`) ?? 0));
    const height = Math.max(lane.kind === 'emotion' ? CANVAS.emotionRow : CANVAS.minRow, fullest);
    const row = { laneId: lane.id, y, height };
    y += height + CANVAS.gap;
    return row;
  });
  return { columns, rows, note: CANVAS_NOTE };
}
