import { useId, useMemo, type CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Board, Round, VoterTally } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import { roundCardsByStage } from './roundCards.ts';
import { cardName, stageName } from './stageName.ts';

/** Own dots drawn one by one up to this many on a card; the number says more. */
const SHOWN_DOTS = 4;

interface Props {
  board: Board;
  round: Round;
  /** This person's dots, or null when their link may not vote: the cards are then only listed. */
  tally: VoterTally | null;
  /** A dot is placed or taken back only while the page is in step with the server (useSynced). */
  online: boolean;
  /** The element that says why no dot can be placed anywhere now, if it is so. */
  reasonId: string | undefined;
  onPlace(cardId: string): void;
  onTakeBack(cardId: string): void;
}

/**
 * The cards of the round on screen, by stage, each with this person's own dots and a button a
 * thumb's size that places one more; the minus beside their dots takes one back. The button
 * that places stays at the row's end, so tapping it again finds it where it was.
 */
export function PhoneRoundCards({ board, round, tally, online, reasonId, onPlace, onTakeBack }: Props) {
  const t = useT();
  const id = useId();
  const groups = useMemo(() => roundCardsByStage(board, round), [board, round]);
  const lanes = useMemo(() => new Map(board.lanes.map((lane) => [lane.id, lane])), [board.lanes]);
  // A card's lane is said only where the round's cards come from more than one: else it is every card's.
  const manyLanes = new Set(groups.flatMap((group) => group.cards.map((card) => card.laneId))).size > 1;
  if (groups.length === 0) return <p className="phone-voting__empty">{t('phone.voting.noCards')}</p>;
  return (
    <div className="phone-voting__cards">
      {groups.map(({ stage, index, cards }) => {
        const heading = stage ? stageName(stage, index, t) : t('voting.results.unplaced');
        return (
          <section key={stage?.id ?? ''} className="phone-voting__stage" aria-label={heading}>
            <h3 className="phone-voting__stage-name">{heading}</h3>
            <ul className="phone-voting__list">
              {cards.map((card) => {
                const title = cardName(card, t);
                const lane = manyLanes ? lanes.get(card.laneId) : undefined;
                const mine = tally?.byCard.get(card.id) ?? 0;
                const onePerCardHere = round.onePerCard && mine > 0;
                const mayAdd = online && (tally?.mayAdd(card.id) ?? false);
                const reason = onePerCardHere ? `${id}-${card.id}-reason` : reasonId;
                const where = onePerCardHere ? t('phone.voting.onePerCard') : lane ? laneName(lane, t) : null;
                return (
                  <li
                    key={card.id}
                    className={`phone-vote${mine > 0 ? ' has-mine' : ''}`}
                    data-mine={tally ? mine : undefined}
                    style={{ '--card-edge': `var(--edge-${card.color})` } as CSSProperties}
                  >
                    <span className="phone-vote__text">
                      <span className="phone-vote__title">{title}</span>
                      {where && (
                        <span className="phone-vote__where" id={onePerCardHere ? reason : undefined}>
                          {where}
                        </span>
                      )}
                    </span>
                    {tally && (
                      <span className="phone-vote__controls">
                        {mine > 0 && (
                          <>
                            <button type="button" className="phone-vote__button phone-vote__button--less" aria-label={t('voting.dot.removeFrom', { title })} disabled={!online} onClick={() => onTakeBack(card.id)}>
                              <svg viewBox="0 0 16 16" aria-hidden="true">
                                <path d="M4 8h8" />
                              </svg>
                            </button>
                            <span className="phone-vote__mine" role="img" aria-label={t('phone.voting.mine', { count: mine })}>
                              {mine > SHOWN_DOTS ? (
                                <>
                                  <span className="phone-vote__pip" />
                                  <span className="phone-vote__times">×{mine}</span>
                                </>
                              ) : (
                                Array.from({ length: mine }, (_, i) => <span key={i} className="phone-vote__pip" />)
                              )}
                            </span>
                          </>
                        )}
                        <button
                          type="button"
                          className="phone-vote__button phone-vote__button--more"
                          aria-label={t('voting.dot.addTo', { title })}
                          aria-describedby={mayAdd ? undefined : reason}
                          disabled={!mayAdd}
                          onClick={() => onPlace(card.id)}
                        >
                          <svg viewBox="0 0 16 16" aria-hidden="true">
                            <path d="M8 3.5v9M3.5 8h9" />
                          </svg>
                        </button>
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
