import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addCard } from '../../doc/index.ts';
import { useCanvasActions, useDropTarget } from '../canvasContext.ts';
import type { Cell, JourneyNode } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'cellGrid' }>>;

/**
 * Every cell of the grid, placed where the layout put it (the node sits at the map's origin).
 * The drop target is read here once, so a drag re-renders only the cells it enters and leaves.
 */
export const CellGrid = memo(function CellGrid({ data }: Props) {
  const dropTarget = useDropTarget();
  return data.cells.map((cell) => <CellBox key={cell.id} {...cell} target={cell.id === dropTarget} />);
});

/** The background of one grid cell: a drop target, with a button to add a card at its end. */
const CellBox = memo(function CellBox({ stageId, laneId, where, x, y, width, height, target }: Cell & { target: boolean }) {
  const { ctx, setEditingCard } = useCanvasActions();
  return (
    <div className={`cell-node ${target ? 'is-drop-target' : ''}`} role="gridcell" aria-label={`Cell ${where}`} style={{ left: x, top: y, width, height }}>
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
