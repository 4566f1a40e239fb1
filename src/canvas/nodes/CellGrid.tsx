import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addCard } from '../../doc/index.ts';
import { useCanvasActions, useDropTarget } from '../canvasContext.ts';
import type { Cell, JourneyNode } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'cellGrid' }>>;

/** The cells of one lane row, which share its top and height. The layout lists cells row by row. */
function rowsOf(cells: readonly Cell[]): { laneId: string; y: number; height: number; cells: Cell[] }[] {
  const rows: ReturnType<typeof rowsOf> = [];
  for (const cell of cells) {
    const row = rows.at(-1);
    if (row?.laneId === cell.laneId) row.cells.push(cell);
    else rows.push({ laneId: cell.laneId, y: cell.y, height: cell.height, cells: [cell] });
  }
  return rows;
}

/**
 * Every cell of the grid, placed where the layout put it (the node sits at the map's origin).
 * Cells sit in a box per lane row: a row that grows moves the rows below as one box each,
 * rather than restyling every cell under it. The drop target is read here once, so a drag
 * re-renders only the cells it enters and leaves.
 */
export const CellGrid = memo(function CellGrid({ data }: Props) {
  const dropTarget = useDropTarget();
  return rowsOf(data.cells).map((row) => (
    <div key={row.laneId} className="cell-row" style={{ top: row.y, height: row.height }}>
      {row.cells.map((cell) => (
        <CellBox key={cell.id} stageId={cell.stageId} laneId={cell.laneId} where={cell.where} x={cell.x} width={cell.width} target={cell.id === dropTarget} />
      ))}
    </div>
  ));
});

type CellBoxProps = Pick<Cell, 'stageId' | 'laneId' | 'where' | 'x' | 'width'> & { target: boolean };

/** The background of one grid cell: a drop target, with a button to add a card at its end. */
const CellBox = memo(function CellBox({ stageId, laneId, where, x, width, target }: CellBoxProps) {
  const { ctx, setEditingCard } = useCanvasActions();
  return (
    <div className={`cell-node ${target ? 'is-drop-target' : ''}`} role="gridcell" aria-label={`Cell ${where}`} style={{ left: x, width }}>
      <button
        className="cell-node__add nodrag"
        aria-label={`Add card to ${where}`}
        onClick={() => setEditingCard(addCard(ctx, { stageId, laneId }))}
      >
        + Add card
      </button>
    </div>
  );
});
