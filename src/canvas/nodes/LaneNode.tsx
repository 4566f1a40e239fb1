import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { setLaneTitle } from '../../doc/index.ts';
import { LIMITS, laneKindLabel } from '../../model/index.ts';
import { laneName, namedApartFromKind } from '../../model/laneName.ts';
import { useCanvasActions, useLock } from '../canvasContext.ts';
import { LockBadge, LockToggle } from './LockMark.tsx';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import { InlineText } from '../InlineText.tsx';
import type { JourneyNode, LaneNodeData } from '../layout.ts';
import { LaneIcon } from './LaneIcon.tsx';
import { CurveOwner } from './CurveOwner.tsx';
import { ChangeTags } from '../compare/ChangeTags.tsx';
import { useChangeClass } from '../../browser/changesContext.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'lane' }>>;

/**
 * A lane header: its kind's icon and colour, its name, and, when it has a title of its own that
 * is not just its kind's name, its kind in small capitals below. Drag it up or down to reorder; its title edits in place. A lane
 * without a title of its own shows its kind's name in the interface's language, and editing it
 * starts from an empty field that offers that name.
 */
export const LaneNode = memo(function LaneNode({ data, selected }: Props) {
  const { lane, persona, personas, asIsShown } = data as LaneNodeData;
  const { ctx, askToDelete, openMeasuresImport } = useCanvasActions();
  const { mayChange: canEdit, mayLock } = useLock(lane.id);
  const t = useT();
  const name = laneName(lane, t);
  const kind = laneKindLabel(lane.kind, t);
  const changed = useChangeClass(lane.id);
  return (
    <>
      <div className={`lane-node ${selected ? 'is-selected' : ''} ${changed}`} data-lane-kind={lane.kind} aria-label={t('lanes.lane.label', { name })}>
        <div className="lane-node__head">
          <span className="lane-node__icon"><LaneIcon kind={lane.kind} /></span>
          <LockBadge id={lane.id} />
          <InlineText ctx={ctx} root="lanes" id={lane.id} field="title" className="lane-node__title" readOnly={!canEdit} label={t('lanes.lane.title')} placeholder={kind} maxLength={LIMITS.title} value={name} onText={(title) => setLaneTitle(ctx, lane.id, title)} />
        </div>
        {namedApartFromKind(lane, t) && <span className="lane-node__kind">{kind}</span>}
        {lane.kind === 'emotion' && <CurveOwner ctx={ctx} lane={lane} persona={persona} personas={personas} canEdit={canEdit} asIsShown={asIsShown} />}
        {lane.kind === 'metrics' && canEdit && (
          <button type="button" className="lane-node__import nodrag" aria-label={t('measures.import.openLabel', { name })} onClick={() => openMeasuresImport(lane.id)}>
            {t('measures.import.open')}
          </button>
        )}
        {(canEdit || mayLock) && (
          <div className="node-actions nodrag">
            <LockToggle id={lane.id} name={name} />
            {canEdit && <button className="icon-button icon-button--danger" aria-label={t('lanes.lane.delete', { name })} title={t('lanes.lane.deleteHint')} onClick={() => askToDelete('lane', lane.id)}>×</button>}
          </div>
        )}
      </div>
      <ChangeTags id={lane.id} />
      <PeerSelectionOutline />
    </>
  );
});
