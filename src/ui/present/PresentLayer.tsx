import { useEffect } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { useLatestCallback } from '../../browser/useLatestCallback.ts';
import type { EditContext } from '../../doc/index.ts';
import type { Board } from '../../model/index.ts';
import { guideStepOf } from '../../model/presentation.ts';
import { GuidedMode } from '../../strategy/GuidedMode.tsx';
import { leaveFullScreen, onFullScreenLeft } from './fullScreen.ts';
import { PresentBanner } from './PresentBanner.tsx';
import { PresentMap } from './PresentMap.tsx';
import type { Presentation } from './usePresentation.ts';
import { usePresentationKeys } from './usePresentationKeys.ts';
import './present.css';

interface Props {
  board: Board;
  ctx: EditContext;
  presentation: Presentation;
}

/**
 * What a presentation puts on this person's screen, whichever view they are on: the presented
 * map or guide while they present or follow, else a banner offering to follow.
 */
export function PresentLayer({ board, ctx, presentation }: Props) {
  const t = useT();
  const { view, shown, leading } = presentation;
  usePresentationKeys(shown && view === 'map', presentation);
  const end = useLatestCallback(() => presentation.end());
  useEffect(() => (leading ? onFullScreenLeft(end) : undefined), [leading, end]);
  useEffect(() => {
    if (!leading) leaveFullScreen();
  }, [leading]);

  if (view === 'off') return null;
  if (!shown) return <PresentBanner board={board} presentation={presentation} />;
  if (view === 'map') return <PresentMap board={board} presentation={presentation} />;
  const name = presentation.presenterName || t('present.someone');
  return (
    <GuidedMode
      board={board}
      ctx={ctx}
      step={guideStepOf(board.session.presentedSectionId)}
      onStep={(step) => (step === null ? presentation.end() : presentation.goToStep(step))}
      turn={leading}
      caption={leading ? t('present.presenting') : t('present.following', { name })}
      closeLabel={t(leading ? 'present.stop' : 'present.leave')}
    />
  );
}
