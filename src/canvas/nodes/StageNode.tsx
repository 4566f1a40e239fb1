import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { deleteStage, updateStage } from '../../doc/index.ts';
import { useCanvasActions } from '../canvasContext.ts';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import { InlineText } from '../InlineText.tsx';
import type { JourneyNode, StageNodeData } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'stage' }>>;

/** A stage header: drag it sideways to reorder; its title and time window edit in place. */
export const StageNode = memo(function StageNode({ data, selected }: Props) {
  const { stage, index, metrics } = data as StageNodeData;
  const { ctx, zoomToStage, openStage } = useCanvasActions();
  return (
    <>
      <div className={`stage-node tint-${stage.color} ${selected ? 'is-selected' : ''}`} aria-label={`Stage ${index + 1}: ${stage.title || 'untitled'}`}>
        <span className="stage-node__number" aria-hidden="true">{index + 1}</span>
        <InlineText className="stage-node__title" label="Stage title" placeholder="Untitled stage" value={stage.title} onCommit={(title) => updateStage(ctx, stage.id, { title })} />
        <InlineText className="stage-node__window" label="Time window" placeholder="Add time window" value={stage.window} onCommit={(window) => updateStage(ctx, stage.id, { window })} />
        {stage.description && <p className="stage-node__description">{stage.description}</p>}
        {metrics.length > 0 && (
          <ul className="stage-node__metrics" aria-label="Metrics">
            {metrics.slice(0, 3).map((m, i) => <li key={i}>{m}</li>)}
          </ul>
        )}
        <div className="node-actions nodrag">
          <button className="icon-button" aria-label={`Edit stage ${stage.title}`} title="Edit title, time window, description and colour" onClick={() => openStage(stage.id)}>⋯</button>
          <button className="icon-button" aria-label={`Zoom to stage ${stage.title}`} title="Zoom to stage" onClick={() => zoomToStage(stage.id)}>⤢</button>
          <button className="icon-button icon-button--danger" aria-label={`Delete stage ${stage.title}`} title="Delete stage and its cards" onClick={() => deleteStage(ctx, stage.id)}>×</button>
        </div>
      </div>
      <PeerSelectionOutline />
    </>
  );
});
