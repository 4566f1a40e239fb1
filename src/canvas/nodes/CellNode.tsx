import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { addCard } from '../../doc/index.ts';
import { useCanvasActions, useIsDropTarget } from '../canvasContext.ts';
import type { CellNodeData, JourneyNode } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'cell' }>>;

/** The background of one grid cell: a drop target, with a button to add a card at its end. */
export const CellNode = memo(function CellNode({ id, data }: Props) {
  const { stageId, laneId, where } = data as CellNodeData;
  const { ctx, setEditingCard } = useCanvasActions();
  const target = useIsDropTarget(id);
  return (
    <div className={`cell-node ${target ? 'is-drop-target' : ''}`} role="gridcell" aria-label={`Cell ${where}`}>
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
