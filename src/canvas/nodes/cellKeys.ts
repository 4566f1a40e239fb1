import type { Cell } from '../layout.ts';

/** The cells of one lane row, which share its top and height. The layout lists cells row by row. */
export interface CellRow {
  laneId: string;
  y: number;
  height: number;
  cells: Cell[];
}

export function rowsOf(cells: readonly Cell[]): CellRow[] {
  const rows: CellRow[] = [];
  for (const cell of cells) {
    const row = rows.at(-1);
    if (row?.laneId === cell.laneId) row.cells.push(cell);
    else rows.push({ laneId: cell.laneId, y: cell.y, height: cell.height, cells: [cell] });
  }
  return rows;
}

/**
 * The cell a key moves to from `cellId`, as in any data grid: the arrows go to the next cell
 * that way (up and down keep the stage), Home and End to the ends of the row. Undefined for
 * another key, or at the edge of the map.
 */
export function cellNextTo(rows: readonly CellRow[], cellId: string, key: string): Cell | undefined {
  const r = rows.findIndex((row) => row.cells.some((cell) => cell.id === cellId));
  const row = rows[r];
  if (!row) return undefined;
  const c = row.cells.findIndex((cell) => cell.id === cellId);
  const stageId = row.cells[c]!.stageId;
  const sameStageIn = (other: CellRow | undefined) => other?.cells.find((cell) => cell.stageId === stageId);
  switch (key) {
    case 'ArrowLeft':
      return row.cells[c - 1];
    case 'ArrowRight':
      return row.cells[c + 1];
    case 'ArrowUp':
      return sameStageIn(rows[r - 1]);
    case 'ArrowDown':
      return sameStageIn(rows[r + 1]);
    case 'Home':
      return row.cells[0];
    case 'End':
      return row.cells.at(-1);
    default:
      return undefined;
  }
}
