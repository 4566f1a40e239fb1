import { describe, expect, it } from 'vitest';
import type { Cell } from '../layout.ts';
import { cellNextTo, rowsOf } from './cellKeys.ts';

function cell(stageId: string, laneId: string, x: number, y: number): Cell {
  return { id: `${stageId}:${laneId}`, stageId, laneId, stageTitle: stageId, lane: { kind: 'touchpoints', title: laneId }, empty: true, x, y, width: 100, height: 50 };
}

// Two lanes of three stages. On a map every row is whole (an emotion lane has no row at all);
// the second row here lacks stage b, to show that up and down keep the stage, not the column.
const rows = rowsOf([cell('a', 'one', 0, 0), cell('b', 'one', 100, 0), cell('c', 'one', 200, 0), cell('a', 'two', 0, 60), cell('c', 'two', 200, 60)]);

describe('cellNextTo', () => {
  it('groups the cells in rows by lane', () => {
    expect(rows.map((row) => [row.laneId, row.cells.length])).toEqual([
      ['one', 3],
      ['two', 2],
    ]);
  });

  it('moves along the row, and to its ends', () => {
    expect(cellNextTo(rows, 'b:one', 'ArrowLeft')?.id).toBe('a:one');
    expect(cellNextTo(rows, 'b:one', 'ArrowRight')?.id).toBe('c:one');
    expect(cellNextTo(rows, 'b:one', 'Home')?.id).toBe('a:one');
    expect(cellNextTo(rows, 'a:two', 'End')?.id).toBe('c:two');
  });

  it('keeps the stage going up and down', () => {
    expect(cellNextTo(rows, 'c:one', 'ArrowDown')?.id).toBe('c:two');
    expect(cellNextTo(rows, 'c:two', 'ArrowUp')?.id).toBe('c:one');
    expect(cellNextTo(rows, 'b:one', 'ArrowDown')).toBeUndefined();
  });

  it('stops at the edges and ignores other keys', () => {
    expect(cellNextTo(rows, 'a:one', 'ArrowLeft')).toBeUndefined();
    expect(cellNextTo(rows, 'a:one', 'ArrowUp')).toBeUndefined();
    expect(cellNextTo(rows, 'c:two', 'ArrowRight')).toBeUndefined();
    expect(cellNextTo(rows, 'a:one', 'Enter')).toBeUndefined();
    expect(cellNextTo(rows, 'missing', 'ArrowLeft')).toBeUndefined();
  });
});
