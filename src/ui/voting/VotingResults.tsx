import { useId } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { laneName } from '../../model/laneName.ts';
import type { Board, RoundResult } from '../../model/index.ts';

interface Props {
  board: Board;
  result: RoundResult;
  onShowCard(cardId: string): void;
  onClose(): void;
}

/**
 * A revealed round's ranking beside the map: every card with a dot, most dots first, with its
 * stage and lane; cards with as many dots share a place. Choosing one brings it into view.
 */
export function VotingResults({ board, result, onShowCard, onClose }: Props) {
  const t = useT();
  const id = useId();
  // It opens on everyone's screen at once: it takes no one's focus, who may be typing.
  const stages = new Map(board.stages.map((stage) => [stage.id, stage]));
  const lanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
  const most = result.ranked[0]?.dots ?? 0;
  const { round } = result;
  return (
    <aside
      className="voting-results"
      data-testid="voting-results"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="voting-results__head">
        <div className="voting-results__titles">
          <h2 className="voting-results__title" id={`${id}-title`}>
            {t('voting.results.title')}
          </h2>
          <p className="voting-results__question">{round.title || t('voting.untitled')}</p>
        </div>
        <button type="button" className="button button--quiet button--icon" aria-label={t('voting.results.close')} title={t('voting.results.close')} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      <p className="voting-results__summary">{t('voting.results.summary', { voters: result.voters, dots: result.dots })}</p>
      {result.ranked.length === 0 ? (
        <p className="voting-results__empty">{t('voting.results.empty')}</p>
      ) : (
        <ol className="voting-results__list" aria-label={t('voting.results.title')}>
          {result.ranked.map(({ card, dots }) => {
            const place = 1 + result.ranked.findIndex((entry) => entry.dots === dots);
            const stage = stages.get(card.stageId);
            const lane = lanes.get(card.laneId);
            const title = card.title || t('canvas.card.untitled');
            return (
              <li key={card.id} className={`voting-results__entry ${place === 1 ? 'is-first' : ''}`} data-dots={dots}>
                <button type="button" className="voting-results__pick" title={t('voting.results.show', { title })} onClick={() => onShowCard(card.id)}>
                  <span className="voting-results__place">{place}</span>
                  <span className="voting-results__card">
                    <span className="voting-results__name">{title}</span>
                    <span className="voting-results__where">
                      {stage && lane ? t('voting.results.where', { stage: stage.title || t('canvas.stage.untitled'), lane: laneName(lane, t) }) : t('voting.results.unplaced')}
                    </span>
                  </span>
                  <span className="voting-results__count">{t('voting.dot.count', { count: dots })}</span>
                  <span className="voting-results__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((dots / most) * 100)}%` }} />
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
