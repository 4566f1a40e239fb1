import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { setLaneTitle } from '../../doc/index.ts';
import { LANE_KIND_LABELS, LIMITS } from '../../model/index.ts';
import { useCanEdit, useCanvasActions } from '../canvasContext.ts';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import { InlineText } from '../InlineText.tsx';
import type { JourneyNode, LaneNodeData } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'lane' }>>;

/** A lane header: drag it up or down to reorder; its title edits in place. */
export const LaneNode = memo(function LaneNode({ data, selected }: Props) {
  const { lane } = data as LaneNodeData;
  const { ctx, askToDelete } = useCanvasActions();
  const canEdit = useCanEdit();
  return (
    <>
      <div className={`lane-node ${selected ? 'is-selected' : ''}`} aria-label={`Lane: ${lane.title || 'untitled'}`}>
        <InlineText ctx={ctx} root="lanes" id={lane.id} field="title" className="lane-node__title" label="Lane title" placeholder="Untitled lane" maxLength={LIMITS.title} value={lane.title} onText={(title) => setLaneTitle(ctx, lane.id, title)} />
        {lane.title !== LANE_KIND_LABELS[lane.kind] && <span className="lane-node__kind">{LANE_KIND_LABELS[lane.kind]}</span>}
        {canEdit && (
          <div className="node-actions nodrag">
            <button className="icon-button icon-button--danger" aria-label={`Delete lane ${lane.title}`} title="Delete lane and its cards" onClick={() => askToDelete('lane', lane.id)}>×</button>
          </div>
        )}
      </div>
      <PeerSelectionOutline />
    </>
  );
});
