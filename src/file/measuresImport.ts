import type { Translate } from '../i18n/index.ts';
import { TABLE_HEADS } from './csv.ts';
import { LIMITS, MEASURE_LIMIT, measureNameKey, parseMeasureNumber, type Board } from '../model/index.ts';

/** One row of a measures table that can be imported: which stage, which measure, and its numbers. */
export interface MeasureRow {
  /** The row's number as the spreadsheet shows it, from 1, its header counted. */
  row: number;
  stageId: string;
  stageTitle: string;
  name: string;
  /** null: the cell was empty, and the measure's value is left as it is. */
  value: number | null;
  target: number | null;
  /** Empty: the unit is left as it is. */
  unit: string;
}

export interface RowError {
  row: number;
  message: string;
}

export interface MeasuresTable {
  rows: MeasureRow[];
  errors: RowError[];
}

/** The most rows one import reads: a stage's measures, for every stage, with room to spare. */
export const MAX_MEASURE_ROWS = 1_000;

const COLUMNS = ['stage', 'measure', 'value', 'target', 'unit'] as const;
type Column = (typeof COLUMNS)[number];

/** Header names a spreadsheet may give each column, in the languages Journeyboard speaks, lower case. */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  stage: ['stage', 'phase', '阶段'],
  measure: ['measure', 'metric', 'name', 'kpi', '指标', '衡量指标', '名称'],
  value: ['value', 'actual', '数值', '实际'],
  target: ['target', 'goal', '目标', '目标值'],
  unit: ['unit', '单位'],
};

/**
 * Reads a table of measures pasted from a spreadsheet (tab-separated) or a CSV file (comma- or
 * semicolon-separated, RFC 4180 quoting): stage, measure, value, target and, if given, unit.
 * A header row, if any, says which column is which, in any order; without one the columns are
 * in that order. Each row that cannot be used is named with why: a stage the board does not
 * have, a value that is no number, no measure named. Empty rows are passed over.
 */
export function readMeasuresTable(text: string, board: Pick<Board, 'stages'>, t: Translate): MeasuresTable {
  const lines = parseDelimited(text.replace(/^\uFEFF/, ''));
  const errors: RowError[] = [];
  const rows: MeasureRow[] = [];
  if (lines.length === 0) return { rows, errors };
  // A whole exported board (csv.ts) holds several tables parted by empty lines: the measures'
  // is the one whose header names a measure and its numbers, and it ends where another begins.
  const tableAt = lines.findIndex((cells) => isMeasuresHeader(headerOf(cells)));
  const header = headerOf(lines[Math.max(0, tableAt)]!);
  const columns = header ?? { stage: 0, measure: 1, value: 2, target: 3, unit: 4 };
  const first = tableAt >= 0 ? tableAt + 1 : header ? 1 : 0;
  const end = tableEnd(lines, first);
  if (header && (columns.stage === undefined || columns.measure === undefined)) {
    return { rows, errors: [{ row: 1, message: t('measures.import.noColumns') }] };
  }
  const stages = new Map<string, { id: string; title: string }[]>();
  for (const stage of board.stages) {
    const key = measureNameKey(stage.title);
    stages.set(key, [...(stages.get(key) ?? []), stage]);
  }
  for (let i = first; i < (end >= 0 ? end : lines.length); i++) {
    const cells = lines[i]!;
    const row = i + 1;
    const cell = (column: Column) => (columns[column] === undefined ? '' : unescaped((cells[columns[column]!] ?? '').trim()));
    if (isEmptyRow(cells)) continue;
    if (rows.length + errors.length >= MAX_MEASURE_ROWS) {
      errors.push({ row, message: t('measures.import.tooMany', { max: MAX_MEASURE_ROWS }) });
      break;
    }
    const stageText = cell('stage');
    const found = stages.get(measureNameKey(stageText)) ?? [];
    const name = cell('measure');
    const problem = (message: string) => errors.push({ row, message });
    if (!stageText) problem(t('measures.import.noStage'));
    else if (found.length === 0) problem(t('measures.import.unknownStage', { stage: clipped(stageText) }));
    else if (found.length > 1) problem(t('measures.import.twoStages', { stage: clipped(stageText) }));
    else if (!name) problem(t('measures.import.noName'));
    else if (name.length > LIMITS.shortText) problem(t('measures.import.longName', { max: LIMITS.shortText }));
    else {
      const numbers: Partial<Record<'value' | 'target', number | null>> = {};
      for (const column of ['value', 'target'] as const) {
        const parsed = parseMeasureNumber(cell(column));
        if (parsed === undefined || (parsed !== null && Math.abs(parsed) > MEASURE_LIMIT)) {
          problem(t(column === 'value' ? 'measures.import.badValue' : 'measures.import.badTarget', { text: clipped(cell(column)) }));
          break;
        }
        numbers[column] = parsed;
      }
      if (numbers.target === undefined) continue;
      const unit = cell('unit');
      if (unit.length > LIMITS.unit) {
        problem(t('measures.import.longUnit', { max: LIMITS.unit }));
        continue;
      }
      rows.push({ row, stageId: found[0]!.id, stageTitle: found[0]!.title, name, value: numbers.value!, target: numbers.target, unit });
    }
  }
  return { rows, errors };
}

/** A cell quoted in an error, cut short: a hostile paste's megabyte cell is not said back whole. */
function clipped(text: string): string {
  return [...text].length > 60 ? `${[...text].slice(0, 60).join('')}…` : text;
}

const isEmptyRow = (cells: string[]) => cells.every((c) => c.trim() === '');

function isMeasuresHeader(header: Partial<Record<Column, number>> | null): boolean {
  return header !== null && header.stage !== undefined && header.measure !== undefined && (header.value !== undefined || header.target !== undefined);
}

/**
 * Where the table from `first` ends: at the empty rows before the header of another of an
 * export's tables (cards, personas, strategy items), else -1. One pass, whatever a paste holds.
 */
function tableEnd(lines: readonly string[][], first: number): number {
  let blank = -1;
  for (let i = first; i < lines.length; i++) {
    if (isEmptyRow(lines[i]!)) {
      if (blank < 0) blank = i;
      continue;
    }
    if (blank >= 0 && TABLE_HEADS.includes(lines[i]![0]?.trim() ?? '')) return blank;
    blank = -1;
  }
  return -1;
}

/** A cell as it was before the export kept a spreadsheet from running it as a formula (csv.ts). */
function unescaped(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function headerOf(cells: string[]): Partial<Record<Column, number>> | null {
  const found: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const name = measureNameKey(cell);
    for (const column of COLUMNS) if (found[column] === undefined && HEADER_NAMES[column].includes(name)) found[column] = index;
  });
  return Object.keys(found).length >= 2 ? found : null;
}

/**
 * Rows of cells: tab-separated when the first line has a tab (a spreadsheet's copy), else
 * semicolons when the first line has more of them than commas (a CSV in a decimal-comma
 * language), else commas; a quoted cell may hold the separator, quotes doubled and line breaks.
 */
export function parseDelimited(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const separator = firstLine.includes('\t') ? '\t' : count(';') > count(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
