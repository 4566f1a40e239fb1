import type { jsPDF } from 'jspdf';
import { blueprintLines, measureReading, type BlueprintLine, type Board, type Card, type Lane } from '../model/index.ts';
import type { Translate } from '../i18n/index.ts';
import { measureStageHeader, type StageHeader } from './mapHeaders.ts';
import { measureCard, type CardBox } from './mapCards.ts';
import type { NoteAnchor } from './mapGrid.ts';
import { columnWidth, type MapMetrics } from './mapMetrics.ts';
import { layoutStrip, measureNote, type NoteBox, type PlacedNote } from './mapNotes.ts';
import type { Page } from './page.ts';
import { TYPE } from './theme.ts';

/** What every group of stages is laid out from: the board, sorted into cells, with its notes anchored. */
export interface MapContent {
  doc: jsPDF;
  board: Board;
  page: Page;
  t: Translate;
  /** The report's language, for its numbers. */
  locale: string;
  /** Placed cards by `stageId\0laneId`, in order. */
  cells: Map<string, Card[]>;
  /** Notes that sit in a cell, by `stageId\0laneId`. */
  cellNotes: Map<string, NoteAnchor[]>;
  above: NoteAnchor[];
  below: NoteAnchor[];
  /** The strategy canvas's measures attached to each stage. */
  metrics: Map<string, string[]>;
  /** A card's row of small facts, in the report's language. */
  details(card: Card): string;
  /** How many connectors run along the channel under the grid on a page of each group, by its first stage. */
  channelTracks(first: number, count: number): number;
}

export type Box = CardBox | NoteBox;
export interface Item {
  box: Box;
  /** From the row's top. */
  dy: number;
}

/** A row; `lines` are the service blueprint's lines drawn in the gap above it (none on a continued row). */
export type RowLayout =
  | { kind: 'cards'; lane: Lane; y: number; height: number; lines: BlueprintLine[]; continued: boolean; cells: Item[][] }
  | { kind: 'emotion'; lane: Lane; y: number; height: number; lines: BlueprintLine[] };

/** One map page: which stages, at what scale, and where everything on it goes. */
export interface MapPageLayout {
  first: number;
  count: number;
  column: number;
  m: MapMetrics;
  /** The first page of its group carries the notes above the grid; the last, those below it. */
  notesAbove: PlacedNote[];
  headerY: number;
  headerHeight: number;
  headers: StageHeader[];
  rows: RowLayout[];
  /** Where the rows end and the channel (then the notes below) begins. */
  gridBottom: number;
  tracks: number;
  notesBelow: PlacedNote[];
  notesBelowHeight: number;
  /** The lowest the page's content may reach. */
  bottom: number;
}

export const cellKey = (stageId: string, laneId: string) => `${stageId}\u0000${laneId}`;

/** Where the page's title ends: every map page opens with it. */
export function titleBottom(page: Page): number {
  return page.top + TYPE.title.line + 8;
}

export function columnX(page: Page, m: MapMetrics, column: number, local: number): number {
  return page.left + m.laneWidth + m.gap + local * (column + m.gap);
}

/**
 * The stages `first` to `first + count` laid out over as many pages as they need: each page
 * repeats the stage headers, a row that does not fit goes on to the next page (marked as
 * continued), and each cell keeps its cards' order, its notes after them.
 */
export function layoutGroup(content: MapContent, first: number, count: number, m: MapMetrics): MapPageLayout[] {
  const { doc, board, page, t } = content;
  const width = page.right - page.left;
  const column = columnWidth(width, count, m);
  const stages = board.stages.slice(first, first + count);
  const x = (local: number) => columnX(page, m, column, local);
  const headers = stages.map((stage, i) => measureStageHeader(doc, stage, first + i, content.metrics.get(stage.id) ?? [], column, m, t));
  const headerHeight = Math.max(...headers.map((h) => h.height));
  const inGroup = (a: NoteAnchor) => a.stage >= first && a.stage < first + count;
  const stripOf = (anchors: NoteAnchor[]) => layoutStrip(doc, anchors.filter(inGroup).map((a) => ({ ...a, stage: a.stage - first })), x, column, page.right, m);
  const above = stripOf(content.above);
  const below = stripOf(content.below);
  const tracks = content.channelTracks(first, count);
  const bottom = page.bottom - (tracks > 0 ? m.gap + tracks * m.track : 0);

  const pages: MapPageLayout[] = [];
  let y = 0;
  let rowsTop = 0;
  const startPage = () => {
    const headerY = titleBottom(page) + (pages.length === 0 ? above.height : 0);
    pages.push({ first, count, column, m, notesAbove: pages.length === 0 ? above.notes : [], headerY, headerHeight, headers, rows: [], gridBottom: 0, tracks, notesBelow: [], notesBelowHeight: 0, bottom: page.bottom });
    rowsTop = headerY + headerHeight + m.gap;
    y = rowsTop;
  };
  startPage();
  const inner = column - 2 * m.cellPad;
  const blueprint = blueprintLines(board.lanes);
  board.lanes.forEach((lane, index) => {
    const current = () => pages.at(-1)!;
    const lines = blueprint[index]!;
    // A row under a blueprint line starts lower, whichever page it lands on, to leave the line room.
    const lineRoom = lines.length > 0 ? m.blueprintGap : 0;
    if (lane.kind === 'emotion') {
      if (y !== rowsTop && y + lineRoom + m.emotionRow > bottom) startPage();
      current().rows.push({ kind: 'emotion', lane, y: y + lineRoom, height: m.emotionRow, lines });
      y += lineRoom + m.emotionRow + m.gap;
      return;
    }
    let remaining: Box[][] = stages.map((stage) => {
      const key = cellKey(stage.id, lane.id);
      const measure = (card: Card) => (lane.kind === 'metrics' ? measureReading(card, content.locale, t) : null);
      const cards = (content.cells.get(key) ?? []).map((card) => measureCard(doc, card, inner, content.details(card), m, t('report.map.untitledCard'), measure(card)));
      const notes = (content.cellNotes.get(key) ?? []).map((a) => measureNote(doc, a.note, inner, m));
      return [...cards, ...notes];
    });
    let continued = false;
    for (;;) {
      const atTop = y === rowsTop;
      const top = y + (continued ? 0 : lineRoom);
      // On a fresh page a cell always takes its first box, however tall, so nothing is skipped.
      const taken = remaining.map((boxes) => takeFitting(boxes, bottom - top - 2 * m.cellPad, atTop, m.cardGap));
      const height = Math.max(m.minRow, ...taken.map((boxes) => stackHeight(boxes, m.cardGap) + 2 * m.cellPad));
      const whole = Math.max(m.minRow, ...remaining.map((boxes) => stackHeight(boxes, m.cardGap) + 2 * m.cellPad));
      const split = taken.some((boxes, i) => boxes.length < remaining[i]!.length);
      // A row is kept whole on the next page when it fits there: a lane read across two pages is hard to follow.
      const keepWhole = split && whole <= bottom - rowsTop - lineRoom;
      if (!atTop && (keepWhole || top + height > bottom || (taken.every((b) => b.length === 0) && remaining.some((r) => r.length > 0)))) {
        startPage();
        continue;
      }
      current().rows.push({ kind: 'cards', lane, y: top, height, lines: continued ? [] : lines, continued, cells: taken.map(stacked(m)) });
      y = top + height + m.gap;
      remaining = remaining.map((boxes, i) => boxes.slice(taken[i]!.length));
      if (remaining.every((r) => r.length === 0)) break;
      startPage();
      continued = true;
    }
  });
  if (below.notes.length > 0 && y !== rowsTop && y + below.height > bottom) startPage();
  const last = pages.at(-1)!;
  last.notesBelow = below.notes;
  last.notesBelowHeight = below.height;
  for (const p of pages) p.gridBottom = p.rows.length ? p.rows.at(-1)!.y + p.rows.at(-1)!.height : p.headerY + p.headerHeight;
  return pages;
}

const stacked = (m: MapMetrics) => (boxes: Box[]): Item[] => {
  let dy = m.cellPad;
  return boxes.map((box) => {
    const item = { box, dy };
    dy += box.height + m.cardGap;
    return item;
  });
};

/** The boxes from the top of a cell that fit in `room` (and the first one anyway, if `atLeastOne`). */
function takeFitting(boxes: Box[], room: number, atLeastOne: boolean, gap: number): Box[] {
  const out: Box[] = [];
  let used = 0;
  for (const box of boxes) {
    const next = used + (out.length ? gap : 0) + box.height;
    if (next > room && !(atLeastOne && out.length === 0)) break;
    out.push(box);
    used = next;
  }
  return out;
}

function stackHeight(boxes: Box[], gap: number): number {
  return boxes.reduce((sum, box, i) => sum + box.height + (i ? gap : 0), 0);
}

/**
 * The page's rows grown to fill its height, the room shared equally between its rows of cards
 * (between its emotion rows when it has only those): a map page is a poster of its stages, not
 * a grid that stops halfway down. Room is left for the channel's connectors and the notes below.
 */
export function fillPage(layout: MapPageLayout, tracksUsed: number): void {
  const { m } = layout;
  layout.tracks = tracksUsed;
  const reserved = (tracksUsed > 0 ? m.gap + tracksUsed * m.track : 0) + (layout.notesBelow.length ? m.gap + layout.notesBelowHeight : 0);
  const room = layout.bottom - reserved - layout.gridBottom;
  const growing = layout.rows.some((r) => r.kind === 'cards') ? layout.rows.filter((r) => r.kind === 'cards') : layout.rows;
  if (room <= 0 || growing.length === 0) return;
  const each = room / growing.length;
  let shift = 0;
  for (const row of layout.rows) {
    row.y += shift;
    if (growing.includes(row)) {
      row.height += each;
      shift += each;
    }
  }
  layout.gridBottom += shift;
}
