import { useId } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { SIDE_COLUMN } from '../../canvas/sideColumn.ts';
import type { Board, RoundResult } from '../../model/index.ts';
import { RankingList } from './RankingList.tsx';

interface Props {
  board: Board;
  result: RoundResult;
  onShowCard(cardId: string): void;
  onClose(): void;
}

/** A revealed round's ranking beside the map (RankingList); choosing a card brings it into view. */
export function VotingResults({ board, result, onShowCard, onClose }: Props) {
  const t = useT();
  const id = useId();
  // It opens on everyone's screen at once: it takes no one's focus, who may be typing.
  const { round } = result;
  return (
    <aside
      className="voting-results"
      {...SIDE_COLUMN}
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
        <RankingList board={board} result={result} className="voting-results__list" onShowCard={onShowCard} />
      )}
    </aside>
  );
}
