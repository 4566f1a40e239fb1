import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { sectionName } from '../../model/strategyLayout.ts';
import { guideStepOf } from '../../model/presentation.ts';
import { GUIDE_STEPS } from '../../model/strategyGuide.ts';
import type { Presentation } from './usePresentation.ts';

/** For someone on the board who is not following: who presents what, and a way to follow. */
export function PresentBanner({ board, presentation }: { board: Board; presentation: Presentation }) {
  const t = useT();
  const name = presentation.presenterName || t('present.someone');
  const stage = board.stages[presentation.stageIndex];
  const step = GUIDE_STEPS[guideStepOf(board.session.presentedSectionId)]!;
  const text =
    presentation.view === 'map'
      ? t('present.banner.map', { name, index: presentation.stageIndex + 1, title: stage ? stage.title || t('lanes.stage.untitled') : '' })
      : t('present.banner.strategy', { name, section: sectionName(step.sections[0]!, t) });
  return (
    <div className="present-banner" role="status" data-testid="present-banner">
      <span className="present-banner__live" aria-hidden="true" />
      <p className="present-banner__text">{text}</p>
      <button className="button button--primary button--small" onClick={presentation.follow}>
        {t('present.follow')}
      </button>
    </div>
  );
}
