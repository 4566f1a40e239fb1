import { useT } from '../../browser/i18n.tsx';
import { endRound, revealRound, type EditContext } from '../../doc/index.ts';
import type { VotingRound } from './useVotingRound.ts';
import './voting.css';
import { DotsLeft } from './DotsLeft.tsx';

/**
 * The round on screen, in a strip across the board under its header for everyone: its
 * question, and while it is open how many dots this person has left, drawn as the dots
 * themselves. The facilitator sees how many people voted so far (never for what), reveals and
 * ends it. Once revealed, it opens and closes the ranking (VotingResults).
 */
export function VotingStrip({ ctx, voting }: { ctx: EditContext; voting: VotingRound }) {
  const { round, result, tally, canVote, leads, rankingOpen, toggleRanking } = voting;
  const t = useT();
  const phase = round.revealed ? 'revealed' : 'open';
  return (
    <section className="voting-strip" data-testid="voting-strip" data-phase={phase} aria-label={t('voting.bar.label')}>
      <span className="voting-strip__mark" aria-hidden="true" />
      <div className="voting-strip__what">
        <span className="voting-strip__eyebrow">{t(round.revealed ? 'voting.bar.revealed' : 'voting.bar.label')}</span>
        <span className="voting-strip__title" title={round.title || undefined}>
          {round.title || t('voting.untitled')}
        </span>
      </div>
      <div className="voting-strip__status" role="status">
        {round.revealed ? (
          <span className="voting-strip__main">{t('voting.results.summary', { voters: result.voters, dots: result.dots })}</span>
        ) : tally ? (
          <>
            <span className="voting-strip__main">
              <DotsLeft left={tally.left} budget={round.budget} />
            </span>
            <span className="voting-strip__hint">{t('voting.bar.rules', { budget: round.budget, onePerCard: round.onePerCard ? 'yes' : 'no' })}</span>
          </>
        ) : (
          <span className="voting-strip__main is-quiet">{t(canVote ? 'voting.bar.hidden' : 'voting.bar.cannotVote')}</span>
        )}
      </div>
      {leads && !round.revealed && (
        <span className="voting-strip__voted" data-testid="voted-count">
          {t('voting.bar.voted', { count: result.voters })}
        </span>
      )}
      <div className="voting-strip__actions">
        {round.revealed && (
          <button type="button" className="button" aria-pressed={rankingOpen} onClick={toggleRanking}>
            {t('voting.bar.ranking')}
          </button>
        )}
        {leads && !round.revealed && (
          <button type="button" className="button button--primary" onClick={() => revealRound(ctx, round.id)}>
            {t('voting.bar.reveal')}
          </button>
        )}
        {leads && (
          <button type="button" className="button button--quiet" onClick={() => endRound(ctx)}>
            {t('voting.bar.end')}
          </button>
        )}
      </div>
    </section>
  );
}
