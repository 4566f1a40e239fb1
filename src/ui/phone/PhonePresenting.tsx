import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { presentedStageIndex } from '../../model/presentation.ts';
import { stageName } from './stageName.ts';

interface Props {
  board: Board;
  /** The stage the phone shows: the banner offers the presented one when it is another. */
  pickedStageId: string | null;
  onGoToStage(stageId: string): void;
}

/**
 * While the facilitator presents, what the room is looking at: the presented stage, with a way
 * to pick it, so a phone adds cards where the room is. A phone does not follow by itself:
 * someone typing a card in one stage is not moved to another under their thumb.
 */
export function PhonePresenting({ board, pickedStageId, onGoToStage }: Props) {
  const t = useT();
  const { presenting, presenterName, spotlightStageId } = board.session;
  if (presenting === 'off') return null;
  const who = presenterName ? t('phone.presenting', { name: presenterName }) : t('phone.presenting.someone');
  const index = presenting === 'map' ? presentedStageIndex(board.stages, spotlightStageId) : -1;
  const stage = index >= 0 ? board.stages[index]! : null;
  return (
    <section className="phone-presenting" aria-label={who} data-testid="phone-presenting">
      <span className="phone-presenting__who">{who}</span>
      <span className="phone-presenting__what">{stage ? stageName(stage, index, t) : t('phone.presenting.strategy')}</span>
      {stage && stage.id !== pickedStageId && (
        <button type="button" className="button phone-presenting__go" onClick={() => onGoToStage(stage.id)}>
          {t('phone.presenting.go')}
        </button>
      )}
    </section>
  );
}
