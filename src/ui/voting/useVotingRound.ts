import { useMemo, useState } from 'react';
import { ownVoterId } from '../../collab/ownVoter.ts';
import { useLeadsWorkshop } from '../../collab/useLeadsWorkshop.ts';
import { may, type EditContext } from '../../doc/index.ts';
import { countRound, roundOnScreen, voterTally, type Board, type Round, type RoundResult, type VoterTally } from '../../model/index.ts';

/** The dot voting round on screen as this person sees it: what the strip and the ranking show. */
export interface VotingRound {
  board: Board;
  round: Round;
  result: RoundResult;
  /** This person's dots while the round is open, if they may place any. */
  tally: VoterTally | null;
  canVote: boolean;
  /** This person leads the workshop: they reveal and end the round. */
  leads: boolean;
  /** The ranking is open: it opens for everyone as the round is revealed, and each person may close it. */
  rankingOpen: boolean;
  toggleRanking(): void;
}

/** The round on screen (null when there is none), read again with every change to the board. */
export function useVotingRound(board: Board | null, ctx: EditContext, live: boolean): VotingRound | null {
  const round = board && live ? roundOnScreen(board) : null;
  const leads = useLeadsWorkshop(ctx);
  const result = useMemo(() => (board && round ? countRound(board, round) : null), [board, round]);
  const revealedId = round?.revealed ? round.id : null;
  const [closedFor, setClosedFor] = useState<string | null>(null);
  if (!board || !round || !result) return null;
  const canVote = may(ctx, 'comment');
  const rankingOpen = revealedId !== null && closedFor !== revealedId;
  return {
    board,
    round,
    result,
    tally: canVote && !round.revealed ? voterTally(board, round, ownVoterId()) : null,
    canVote,
    leads,
    rankingOpen,
    toggleRanking: () => setClosedFor(rankingOpen ? revealedId : null),
  };
}
