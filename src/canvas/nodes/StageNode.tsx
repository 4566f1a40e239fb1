import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { setStageText } from '../../doc/index.ts';
import { LIMITS } from '../../model/index.ts';
import { useCanEdit, useCanvasActions } from '../canvasContext.ts';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import { InlineText } from '../InlineText.tsx';
import type { JourneyNode, StageNodeData } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'stage' }>>;

/** A stage header: drag it sideways to reorder; its title and time window edit in place. */
export const StageNode = memo(function StageNode({ data, selected }: Props) {
  const { stage, index, metrics } = data as StageNodeData;
  const { ctx, zoomToStage, openStage, askToDelete } = useCanvasActions();
  const canEdit = useCanEdit();
  return (
    <>
      <div className={`stage-node tint-${stage.color} ${selected ? 'is-selected' : ''}`} aria-label={`Stage ${index + 1}: ${stage.title || 'untitled'}`}>
        <span className="stage-node__number" aria-hidden="true">{index + 1}</span>
        <InlineText ctx={ctx} root="stages" id={stage.id} field="title" className="stage-node__title" label="Stage title" placeholder="Untitled stage" maxLength={LIMITS.title} value={stage.title} onText={(title) => setStageText(ctx, stage.id, 'title', title)} />
        <InlineText ctx={ctx} root="stages" id={stage.id} field="window" className="stage-node__window" label="Time window" placeholder="Add time window" fieldPlaceholder="e.g. Week 2-4" maxLength={LIMITS.title} value={stage.window} onText={(window) => setStageText(ctx, stage.id, 'window', window)} />
        {stage.description && <p className="stage-node__description">{stage.description}</p>}
        {metrics.length > 0 && (
          <ul className="stage-node__metrics" aria-label="Metrics">
            {metrics.slice(0, 3).map((m, i) => <li key={i}>{m}</li>)}
          </ul>
        )}
        <div className="node-actions nodrag">
          {canEdit && <button className="icon-button" aria-label={`Edit stage ${stage.title}`} title="Edit title, time window, description and colour" onClick={() => openStage(stage.id)}>⋯</button>}
          <button className="icon-button" aria-label={`Zoom to stage ${stage.title}`} title="Zoom to stage" onClick={() => zoomToStage(stage.id)}>⤢</button>
          {canEdit && <button className="icon-button icon-button--danger" aria-label={`Delete stage ${stage.title}`} title="Delete stage and its cards" onClick={() => askToDelete('stage', stage.id)}>×</button>}
        </div>
      </div>
      <PeerSelectionOutline />
    </>
  );
});
