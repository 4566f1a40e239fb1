import type { jsPDF } from 'jspdf';
import type { Locale, Translate } from '../i18n/index.ts';
import type { Board } from '../model/index.ts';
import { diffBoards, isUnchanged } from '../model/boardDiff.ts';
import { changeParts, summaryOf, type Entry, type Group, type Mark } from './changesList.ts';
import { DATE_LOCALES } from './cover.ts';
import { fillRect, type Page } from './page.ts';
import { cutWithEllipsis, drawLines, setType, wrap, wrapClamped } from './text.ts';
import { ACCENT, EDGE, INK, INK_FAINT, INK_MUTED, LINE, TYPE, WHITE } from './theme.ts';

/** An earlier state of the board the report compares the board with: a saved version. */
export interface ChangesSince {
  label: string;
  savedAt: Date;
  board: Board;
}

/** Past this width a list of short entries reads badly, and the page takes two columns (as the appendix's flow). */
const LONGEST_MEASURE = 420;
const COLUMN_GAP = 28;
const MARK = 11;
const INDENT = MARK + 7;
const ENTRY_GAP = 6;
const GROUP_GAP = 8;
const BESIDE_GAP = 8;
const PART_GAP = 14;

const MARK_COLOR: Record<Mark, string> = { added: EDGE.green, removed: EDGE.red, moved: ACCENT, changed: EDGE.orange, up: EDGE.green, down: EDGE.red };
/** Glyphs the embedded face has (Noto Sans SC); "changed" is drawn as a pencil, which it has not. */
const MARK_GLYPH: Record<Exclude<Mark, 'changed'>, string> = { added: '+', removed: '−', moved: '→', up: '↑', down: '↓' };

/**
 * "What changed since <version>": the page(s) an executive reads in a minute. A title naming
 * the version, when it was saved, one line of counts, then each stage's changes in the map's
 * order, the stages and lanes themselves, and the strategy canvas. Entries flow down columns
 * and onto more pages, each page after the first headed "(continued)"; an entry is never split.
 */
export function drawChangesPages(doc: jsPDF, board: Board, since: ChangesSince, page: Page, t: Translate, locale: Locale, onPage: () => void): void {
  const diff = diffBoards(since.board, board);
  const title = t('report.changes.title', { label: since.label });
  const full = page.right - page.left;
  doc.addPage();
  onPage();
  let y = page.top;
  setType(doc, TYPE.title, 'bold', INK);
  y += drawLines(doc, wrapClamped(doc, title, full, 2), page.left, y, TYPE.title) + 2;
  setType(doc, TYPE.body, 'normal', INK_MUTED);
  const day = since.savedAt.toLocaleDateString(DATE_LOCALES[locale], { day: 'numeric', month: 'long', year: 'numeric' });
  y += drawLines(doc, [t('report.changes.saved', { date: day })], page.left, y, TYPE.body) + 12;
  setType(doc, TYPE.heading, 'normal', INK);
  const summary = isUnchanged(diff) ? wrap(doc, t('report.changes.none'), full) : phraseLines(doc, summaryOf(diff, t), full);
  y += drawLines(doc, summary, page.left, y, TYPE.heading) + 12;
  if (isUnchanged(diff)) return;
  rule(doc, page.left, page.right, y);

  const cursor = new Columns(page, y + 16, () => {
    doc.addPage();
    onPage();
    setType(doc, TYPE.heading, 'bold', INK_MUTED);
    const heading = t('report.changes.continued', { heading: title });
    doc.text(doc.getTextWidth(heading) <= full ? heading : cutWithEllipsis(doc, heading, full), page.left, page.top + TYPE.heading.size);
    rule(doc, page.left, page.right, page.top + TYPE.heading.line + 6);
    return page.top + TYPE.heading.line + 18;
  });
  const lists = new Intl.ListFormat(DATE_LOCALES[locale], { type: 'conjunction' });
  for (const part of changeParts(diff, since.board, board, t, (fields) => lists.format(fields))) {
    const partHeight = TYPE.small.line + 6;
    const first = part.groups[0]!;
    cursor.keep(PART_GAP + partHeight + GROUP_GAP + keptHeight(first, groupLines(doc, first, cursor.width), cursor));
    if (!cursor.atTop()) cursor.y += PART_GAP;
    setType(doc, TYPE.small, 'bold', INK_FAINT);
    doc.text(part.heading.toUpperCase(), cursor.left, cursor.y + TYPE.small.size);
    cursor.y += partHeight;
    for (const group of part.groups) drawGroup(doc, cursor, group, t);
  }
}

/** Phrases joined by a middle dot, a line broken only between them: "1 removed", never "1" and "removed". */
function phraseLines(doc: jsPDF, phrases: string[], width: number): string[] {
  const lines: string[] = [];
  for (const phrase of phrases) {
    const last = lines.at(-1);
    if (last !== undefined && doc.getTextWidth(`${last} · ${phrase}`) <= width) lines[lines.length - 1] = `${last} · ${phrase}`;
    else lines.push(...wrap(doc, phrase, width));
  }
  return lines;
}

function groupHeight(group: Group): number {
  return group.heading ? TYPE.heading.line + 4 : 0;
}

function groupLines(doc: jsPDF, group: Group, width: number): EntryLines[] {
  return group.entries.map((entry) => entryLines(doc, entry, width));
}

/** A heading is kept with its first entry, and a short list is kept whole: one entry alone at a column's top reads as lost. */
function keptHeight(group: Group, lines: EntryLines[], cursor: Columns): number {
  const whole = lines.reduce((sum, entry) => sum + entry.height, 0);
  return groupHeight(group) + (whole <= cursor.height / 3 ? whole : lines[0]!.height);
}

function drawGroup(doc: jsPDF, cursor: Columns, group: Group, t: Translate): void {
  const heading = (continued: boolean) => {
    if (!group.heading) return;
    const x = cursor.left;
    if (group.color) fillRect(doc, x, cursor.y + 2, 3, TYPE.heading.size, EDGE[group.color], 1);
    const textX = group.color ? x + 9 : x;
    const room = cursor.left + cursor.width - textX;
    const text = continued ? t('report.changes.continued', { heading: group.heading }) : group.heading;
    setType(doc, TYPE.small, 'normal', INK_FAINT);
    const tag = group.tag && !continued ? group.tag : '';
    const tagWidth = tag ? doc.getTextWidth(tag) + 8 : 0;
    setType(doc, TYPE.heading, 'bold', continued ? INK_MUTED : INK);
    const shown = doc.getTextWidth(text) <= room - tagWidth ? text : cutWithEllipsis(doc, text, Math.max(40, room - tagWidth));
    doc.text(shown, textX, cursor.y + TYPE.heading.size);
    if (tag) {
      const after = textX + doc.getTextWidth(shown) + 8;
      setType(doc, TYPE.small, 'normal', INK_FAINT);
      doc.text(tag, after, cursor.y + TYPE.heading.size);
    }
    cursor.y += groupHeight(group);
  };
  const all = groupLines(doc, group, cursor.width);
  cursor.keep(GROUP_GAP + keptHeight(group, all, cursor));
  if (!cursor.atTop()) cursor.y += GROUP_GAP;
  heading(false);
  group.entries.forEach((entry, i) => {
    const lines = all[i]!;
    // A stage's list that goes on in the next column says whose it is.
    if (cursor.keep(lines.height)) heading(true);
    const x = cursor.left + INDENT;
    drawMark(doc, entry.mark, cursor.left, cursor.y);
    setType(doc, TYPE.body, 'normal', INK);
    drawLines(doc, lines.title, x, cursor.y, TYPE.body);
    if (lines.beside) {
      const after = x + doc.getTextWidth(lines.title[0]!) + BESIDE_GAP;
      setType(doc, TYPE.small, 'normal', INK_MUTED);
      doc.text(lines.beside, after, cursor.y + TYPE.body.size * 0.92);
    }
    setType(doc, TYPE.small, 'normal', INK_MUTED);
    drawLines(doc, lines.details, x, cursor.y + lines.title.length * TYPE.body.line, TYPE.small);
    cursor.y += lines.height;
  });
}

interface EntryLines {
  title: string[];
  /** The first detail (a card's lane) set on a one-line title's line when it fits there, so a long list stays short. */
  beside: string | null;
  details: string[];
  height: number;
}

/** An entry's lines at `width`: its title in two lines at most, each detail in two. */
function entryLines(doc: jsPDF, entry: Entry, width: number): EntryLines {
  const inner = width - INDENT;
  setType(doc, TYPE.body, 'normal');
  const title = wrapClamped(doc, entry.title, inner, 2);
  const titleWidth = doc.getTextWidth(title[0] ?? '');
  setType(doc, TYPE.small, 'normal');
  const [first, ...rest] = entry.details;
  const beside = first !== undefined && title.length === 1 && titleWidth + BESIDE_GAP + doc.getTextWidth(first) <= inner ? first : null;
  const details = (beside === null ? entry.details : rest).flatMap((detail) => wrapClamped(doc, detail, inner, 2));
  return { title, beside, details, height: title.length * TYPE.body.line + details.length * TYPE.small.line + ENTRY_GAP };
}

/** A round coloured marker beside an entry's first line: a glyph, or for "changed" a pencil. */
function drawMark(doc: jsPDF, mark: Mark, x: number, top: number): void {
  const r = MARK / 2;
  const cx = x + r;
  const cy = top + TYPE.body.size * 0.92 - 3.2;
  doc.setFillColor(MARK_COLOR[mark]);
  doc.circle(cx, cy, r, 'F');
  if (mark === 'changed') return drawPencil(doc, cx, cy);
  setType(doc, TYPE.small, 'bold', WHITE);
  doc.text(MARK_GLYPH[mark], cx, cy + TYPE.small.size * 0.34, { align: 'center' });
}

/** A pencil pointing down-left, in white: a tip and a body, as one filled outline. */
function drawPencil(doc: jsPDF, cx: number, cy: number): void {
  const dir = [Math.SQRT1_2, -Math.SQRT1_2];
  const normal = [Math.SQRT1_2, Math.SQRT1_2];
  const at = (u: number, v: number): [number, number] => [cx + (u - 3) * dir[0]! + v * normal[0]!, cy + (u - 3) * dir[1]! + v * normal[1]!];
  const points = [at(0, 0), at(1.7, 1), at(6.2, 1), at(6.2, -1), at(1.7, -1)];
  const [start, ...rest] = points;
  const steps = rest.map(([px, py], i) => [px - points[i]![0], py - points[i]![1]]);
  doc.setFillColor(WHITE);
  doc.lines(steps, start![0], start![1], [1, 1], 'F', true);
}

function rule(doc: jsPDF, from: number, to: number, y: number): void {
  doc.setDrawColor(LINE);
  doc.setLineWidth(0.6);
  doc.line(from, y, to, y);
}

/** Where the next line goes: down a column, then the next column, then a new page. */
class Columns {
  y: number;
  readonly width: number;
  private column = 0;
  private top: number;
  private readonly columns: number;

  constructor(
    private page: Page,
    top: number,
    private newPage: () => number,
  ) {
    const full = page.right - page.left;
    this.columns = full > LONGEST_MEASURE * 1.5 ? 2 : 1;
    this.width = (full - (this.columns - 1) * COLUMN_GAP) / this.columns;
    this.y = this.top = top;
  }

  /** The height of a column on a page after the first. */
  get height(): number {
    return this.page.bottom - this.page.top;
  }

  get left(): number {
    return this.page.left + this.column * (this.width + COLUMN_GAP);
  }

  atTop(): boolean {
    return this.y <= this.top;
  }

  /** Moves on when `height` does not fit below; true when it did. */
  keep(height: number): boolean {
    if (this.y + height <= this.page.bottom || this.atTop()) return false;
    if (this.column + 1 < this.columns) this.column++;
    else {
      this.column = 0;
      this.top = this.newPage();
    }
    this.y = this.top;
    return true;
  }
}
