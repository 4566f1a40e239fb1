import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { setStageText } from '../../doc/index.ts';
import { LIMITS } from '../../model/index.ts';
import { useCanvasActions, useLock } from '../canvasContext.ts';
import { LockBadge, LockToggle } from './LockMark.tsx';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import { InlineText } from '../InlineText.tsx';
import type { JourneyNode, StageNodeData } from '../layout.ts';
import { ChangeTags } from '../compare/ChangeTags.tsx';
import { useChangeClass } from '../../browser/changesContext.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'stage' }>>;

/** A stage header: drag it sideways to reorder; its title and time window edit in place. */
export const StageNode = memo(function StageNode({ data, selected }: Props) {
  const { stage, index, metrics } = data as StageNodeData;
  const { ctx, zoomToStage, openStage, askToDelete } = useCanvasActions();
  const { mayChange: canEdit } = useLock(stage.id);
  const t = useT();
  const title = stage.title.trim() || t('lanes.stage.untitled');
  const changed = useChangeClass(stage.id);
  return (
    <>
      <div className={`stage-node tint-${stage.color} ${selected ? 'is-selected' : ''} ${changed}`} aria-label={t('lanes.stage.label', { number: index + 1, title })}>
        <span className="stage-node__number" aria-hidden="true">{index + 1}</span>
        <LockBadge id={stage.id} />
        <InlineText ctx={ctx} root="stages" id={stage.id} field="title" className="stage-node__title" readOnly={!canEdit} label={t('lanes.stage.title')} placeholder={t('lanes.stage.untitled')} maxLength={LIMITS.title} value={stage.title} onText={(title) => setStageText(ctx, stage.id, 'title', title)} />
        <InlineText ctx={ctx} root="stages" id={stage.id} field="window" className="stage-node__window" readOnly={!canEdit} label={t('lanes.stage.window')} placeholder={t('lanes.stage.windowPlaceholder')} fieldPlaceholder={t('lanes.stage.windowExample')} maxLength={LIMITS.title} value={stage.window} onText={(window) => setStageText(ctx, stage.id, 'window', window)} />
        {stage.description && <p className="stage-node__description">{stage.description}</p>}
        {metrics.length > 0 && (
          <ul className="stage-node__metrics" aria-label={t('lanes.stage.metrics')}>
            {metrics.slice(0, 3).map((m, i) => <li key={i}>{m}</li>)}
          </ul>
        )}
        <div className="node-actions nodrag">
          {canEdit && <button className="icon-button" aria-label={t('lanes.stage.edit', { title })} title={t('lanes.stage.editHint')} onClick={() => openStage(stage.id)}>⋯</button>}
          <LockToggle id={stage.id} name={title} />
          <button className="icon-button" aria-label={t('lanes.stage.zoom', { title })} title={t('lanes.stage.zoomHint')} onClick={() => zoomToStage(stage.id)}>⤢</button>
          {canEdit && <button className="icon-button icon-button--danger" aria-label={t('lanes.stage.delete', { title })} title={t('lanes.stage.deleteHint')} onClick={() => askToDelete('stage', stage.id)}>×</button>}
        </div>
      </div>
      <ChangeTags id={stage.id} />
      <PeerSelectionOutline />
    </>
  );
});
