import { useT } from '../browser/i18n.tsx';
import { addLane, addStage, may, type EditContext } from '../doc/index.ts';
import type { Board } from '../model/index.ts';

/**
 * What a map without cells says: where to start. The panel in the middle is shown only while
 * the map holds nothing at all; once it holds anything (a stage, a lane, a sticky note), the
 * hint moves to the canvas's lower edge, so it never covers what was just added.
 */
export function CanvasEmpty({ ctx, board }: { ctx: EditContext; board: Board }) {
  const t = useT();
  const hasStages = board.stages.length > 0;
  const hasLanes = board.lanes.length > 0;
  if (hasStages && hasLanes) return null;
  const holdsAnything = hasStages || hasLanes || board.notes.length > 0 || board.cards.length > 0;
  if (!may(ctx, 'edit')) {
    return (
      <section className="canvas-empty canvas-empty--docked" aria-label={t('board.empty.readOnlyLabel')}>
        <p>{holdsAnything ? t('board.empty.readOnlyNoCells') : t('board.empty.readOnlyEmpty')}</p>
      </section>
    );
  }
  // Large in the middle of an empty map; at its edge, as the buttons of a hint.
  const size = holdsAnything ? '' : ' button--large';
  const addStageButton = (
    <button key="stage" className={`button button--primary${size}`} onClick={() => addStage(ctx, { title: t('board.empty.firstStageTitle') })}>
      {t('board.empty.addStage')}
    </button>
  );
  const addLaneButton = (
    <button key="lane" className={`button${size}${hasStages ? ' button--primary' : ''}`} onClick={() => addLane(ctx, { kind: 'touchpoints' })}>
      {t('board.empty.addLane')}
    </button>
  );
  if (holdsAnything) {
    const [hint, actions] = hasStages
      ? [t('board.empty.addLaneNext'), [addLaneButton]]
      : hasLanes
        ? [t('board.empty.addStageNext'), [addStageButton]]
        : [t('board.empty.addCells'), [addStageButton, addLaneButton]];
    return (
      <section className="canvas-empty canvas-empty--docked" aria-label={t('board.empty.nextStep')}>
        <p>{hint}</p>
        <div className="canvas-empty__actions">{actions}</div>
      </section>
    );
  }
  return (
    <section className="canvas-empty" aria-label={t('board.empty.label')}>
      <h2>{t('board.empty.title')}</h2>
      <p>{t('board.empty.text')}</p>
      <div className="canvas-empty__actions">
        {addStageButton}
        {addLaneButton}
      </div>
    </section>
  );
}
