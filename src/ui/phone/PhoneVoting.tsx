import { useId, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { ownVoterId } from '../../collab/ownVoter.ts';
import { castDot, removeDot, type EditContext } from '../../doc/index.ts';
import { RankingList } from '../voting/RankingList.tsx';
import type { VotingRound } from '../voting/useVotingRound.ts';
import { PhoneRoundCards } from './PhoneRoundCards.tsx';
import '../voting/voting.css';
import './phoneVoting.css';
import { DotsLeft } from '../voting/DotsLeft.tsx';

export interface PhoneVotingProps {
  ctx: EditContext;
  /** The round on screen as this person sees it (useVotingRound), or null for none. */
  voting: VotingRound | null;
  /** The page is in step with the server (useSynced): dots are placed and taken back only then. */
  online: boolean;
}

/**
 * Dot voting on the phone, above the screen's sections so nobody misses a round that opens:
 * the round's question, this person's dots left, drawn as the board's strip draws them, and the
 * round's cards by stage to place and take back dots on, showing only their own dots. Once the
 * facilitator reveals it, the ranking the board shows beside the map (RankingList), counted the
 * same way (model/dotCount.ts). The list folds away, so the phone's own cell stays a tap off.
 */
export function PhoneVoting({ ctx, voting, online }: PhoneVotingProps) {
  const t = useT();
  const id = useId();
  // Folded for one round and phase only: the ranking opens for everyone as the round is revealed.
  const [foldedFor, setFoldedFor] = useState<string | null>(null);
  if (!voting) return null;
  const { board, round, result, tally } = voting;
  const phase = round.revealed ? 'revealed' : 'open';
  const listKey = `${round.id}:${phase}`;
  const expanded = foldedFor !== listKey;
  const blocked = tally && (!online ? 'phone.voting.offline' : tally.left === 0 ? 'phone.voting.noneLeft' : null);
  const place = (cardId: string) => {
    if (online && tally) castDot(ctx, round.id, cardId, ownVoterId());
  };
  const takeBack = (cardId: string) => {
    if (online && tally) removeDot(ctx, round.id, cardId, ownVoterId());
  };
  return (
    <section className="phone-voting" data-testid="phone-voting" data-phase={phase} aria-labelledby={`${id}-title`}>
      <header className="phone-voting__head">
        <span className="phone-voting__mark" aria-hidden="true" />
        <div className="phone-voting__titles">
          {/* A round with no question is titled "Dot voting": the line above would only say it twice. */}
          {(round.revealed || round.title) && <span className="phone-voting__eyebrow">{t(round.revealed ? 'voting.bar.revealed' : 'voting.bar.label')}</span>}
          <h2 className="phone-voting__title" id={`${id}-title`}>
            {round.title || t('voting.untitled')}
          </h2>
        </div>
      </header>
      <div className="phone-voting__status" role="status">
        {round.revealed ? (
          <span className="phone-voting__main">{t('voting.results.summary', { voters: result.voters, dots: result.dots })}</span>
        ) : tally ? (
          <>
            <span className="phone-voting__main">
              <DotsLeft left={tally.left} budget={round.budget} />
            </span>
            <span className={`phone-voting__hint${blocked ? ' is-blocked' : ''}`} id={`${id}-reason`}>
              {blocked ? t(blocked) : t('voting.bar.rules', { budget: round.budget, onePerCard: round.onePerCard ? 'yes' : 'no' })}
            </span>
          </>
        ) : (
          <span className="phone-voting__hint">{t('phone.voting.cannotVote')}</span>
        )}
      </div>
      <button type="button" className="phone-voting__fold" aria-expanded={expanded} aria-controls={`${id}-list`} onClick={() => setFoldedFor(expanded ? listKey : null)}>
        <span className="phone-voting__fold-label">{t(round.revealed ? 'voting.results.title' : 'phone.voting.cards')}</span>
        <svg className="phone-voting__chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 9l6 6 6-6" />
        </svg>
      </button>
      <div className="phone-voting__body" id={`${id}-list`}>
        {expanded &&
          (!round.revealed ? (
            <PhoneRoundCards board={board} round={round} tally={tally} online={online} reasonId={blocked ? `${id}-reason` : undefined} onPlace={place} onTakeBack={takeBack} />
          ) : result.ranked.length > 0 ? (
            <RankingList board={board} result={result} className="phone-voting__ranking" />
          ) : (
            <p className="phone-voting__empty">{t('voting.results.empty')}</p>
          ))}
      </div>
    </section>
  );
}
