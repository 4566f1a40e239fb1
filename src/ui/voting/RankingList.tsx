import { useT } from '../../browser/i18n.tsx';
import { laneName } from '../../model/laneName.ts';
import type { Board, RoundResult } from '../../model/index.ts';

interface Props {
  board: Board;
  result: RoundResult;
  className: string;
  /** Choosing a card brings it into view; without it the entries are only read. */
  onShowCard?(cardId: string): void;
}

/**
 * A revealed round's ranking: every card with a dot, most dots first, with its stage and lane
 * and a bar as long as its share of the most any card got; cards with as many dots share a
 * place. The board's side panel and the phone show the same list, so both screens read alike.
 */
export function RankingList({ board, result, className, onShowCard }: Props) {
  const t = useT();
  const stages = new Map(board.stages.map((stage) => [stage.id, stage]));
  const lanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
  const most = result.ranked[0]?.dots ?? 0;
  return (
    <ol className={className} aria-label={t('voting.results.title')}>
      {result.ranked.map(({ card, dots }) => {
        const place = 1 + result.ranked.findIndex((entry) => entry.dots === dots);
        const stage = stages.get(card.stageId);
        const lane = lanes.get(card.laneId);
        const title = card.title || t('canvas.card.untitled');
        const content = (
          <>
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
          </>
        );
        return (
          <li key={card.id} className={`voting-results__entry ${place === 1 ? 'is-first' : ''}`} data-dots={dots}>
            {onShowCard ? (
              <button type="button" className="voting-results__pick" title={t('voting.results.show', { title })} onClick={() => onShowCard(card.id)}>
                {content}
              </button>
            ) : (
              <div className="voting-results__pick is-static">{content}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
