import { createContext, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { ownVoterId } from '../../collab/ownVoter.ts';
import { may, type EditContext } from '../../doc/index.ts';
import { roundOnScreen, type Board } from '../../model/index.ts';
import { cardVotingOf, createCardVotingStore, type CardVotingStore } from './cardVoting.ts';

export const CardVotingContext = createContext<CardVotingStore | null>(null);

interface Props {
  board: Board;
  ctx: EditContext;
  /** The board is live: a preview takes no dots. */
  live: boolean;
  /** The page is in step with the server: offline, dots are shown but none is placed or taken back. */
  online: boolean;
  children: ReactNode;
}

/** Hands the cards of the map what their dot voting row shows (cardVoting.ts); wrap the map with it. */
export function CardVotingProvider({ board, ctx, live, online, children }: Props) {
  const store = useMemo(() => createCardVotingStore(), []);
  const voter = ownVoterId();
  const canVote = live && may(ctx, 'comment');
  const round = roundOnScreen(board);
  const { cards, votes } = board;
  // Only what the dots depend on: an edit to a card's text re-reads them, but leaves every view as it was.
  const voting = useMemo(() => cardVotingOf({ round, cards, votes }, voter, canVote, online, store.current()), [round, cards, votes, voter, canVote, online, store]);
  useLayoutEffect(() => store.set({ voting, ctx, voter }), [store, voting, ctx, voter]);
  return <CardVotingContext value={store}>{children}</CardVotingContext>;
}
