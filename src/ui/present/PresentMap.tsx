import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { PresentedStage, lanesOfStage, notesOfStage } from './PresentedStage.tsx';
import { presentSizes } from './presentSizes.ts';
import type { Presentation } from './usePresentation.ts';
import { useWindowSize } from './useWindowSize.ts';

/**
 * The map presented stage by stage over the whole window, without the board's tools: the
 * stage in large type, where it stands in the journey, and (for the presenter) the buttons
 * that turn the pages. Followers see the same stage and can leave.
 */
export function PresentMap({ board, presentation }: { board: Board; presentation: Presentation }) {
  const t = useT();
  const viewport = useWindowSize();
  const { stageIndex: index, leading } = presentation;
  const stage = index >= 0 ? board.stages[index] : undefined;
  const lanes = useMemo(() => (stage ? lanesOfStage(board, stage.id) : []), [board, stage]);
  const notes = useMemo(() => (index >= 0 ? notesOfStage(board.notes, index) : []), [board.notes, index]);
  const sizes = presentSizes(viewport, lanes.map((row) => row.cards.length), {
    notes: notes.length > 0,
    bodies: lanes.some((row) => row.cards.some((card) => card.body.trim() !== '')),
  });
  const root = useRef<HTMLDivElement>(null);
  // Whatever had the focus on the board (a field, a card) gives it up to the presentation.
  useEffect(() => root.current?.focus(), []);
  const count = board.stages.length;
  const name = presentation.presenterName || t('present.someone');

  return (
    <div className="present" role="dialog" aria-modal="true" aria-label={t('present.view.label')} data-testid="presentation" tabIndex={-1} ref={root}>
      <header className="present__bar">
        <p className="present__who">{leading ? t('present.presenting') : t('present.following', { name })}</p>
        {count > 0 && (
          <p className="present__progress" data-testid="present-progress">
            {t('present.progress', { index: index + 1, count })}
          </p>
        )}
        <button className="button" onClick={presentation.end}>
          {t(leading ? 'present.stop' : 'present.leave')}
        </button>
      </header>
      {stage ? <PresentedStage stage={stage} lanes={lanes} notes={notes} sizes={sizes} /> : <p className="present__empty">{t('present.noStages')}</p>}
      <footer className="present__nav">
        {leading && (
          <button className="button button--large" onClick={() => presentation.turn(-1)} disabled={index <= 0}>
            ← {t('present.previous')}
          </button>
        )}
        <ol className="present__dots" aria-label={t('present.stages')}>
          {board.stages.map((s, i) => (
            <li key={s.id}>
              <button
                className="present__dot"
                aria-current={i === index ? 'step' : undefined}
                aria-label={t('present.goTo', { index: i + 1, title: s.title || t('lanes.stage.untitled') })}
                disabled={!leading}
                onClick={() => presentation.goToStage(i)}
              />
            </li>
          ))}
        </ol>
        {leading && (
          <button className="button button--primary button--large" onClick={() => presentation.turn(1)} disabled={index >= count - 1}>
            {t('present.next')} →
          </button>
        )}
      </footer>
      {leading && <p className="present__keys">{t('present.keys')}</p>}
    </div>
  );
}
