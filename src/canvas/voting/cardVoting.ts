import { castDot, removeDot, type EditContext } from '../../doc/index.ts';
import { cardsInRound, countRound, voterTally, type Board, type Round } from '../../model/index.ts';

/*
 * What each card of the dot voting round on screen shows, for the person looking: while the
 * round is open only their own dots and whether another would count (no one sees anyone
 * else's), once it is revealed every card's count. Worked out once per change to the board,
 * and handed to the cards through a small store: a card re-renders only when what it shows
 * changed, not for every dot placed somewhere on a board of a thousand cards.
 */

export interface CardDotsView {
  phase: 'open' | 'revealed';
  /** While open: this person may place dots (else they watch). */
  canVote: boolean;
  /** While open: the page is in step with the server, so a dot placed or taken back now reaches it while the round is open. */
  online: boolean;
  /** While open: this person's dots on the card that count. */
  mine: number;
  /** While open: whether a dot placed here now would count. */
  mayAdd: boolean;
  /** Once revealed: the card's counted dots. */
  total: number;
}

export interface CardVoting {
  round: Round | null;
  /** This person may place dots: their link may comment, and the board is live. */
  canVote: boolean;
  online: boolean;
  cards: ReadonlyMap<string, CardDotsView>;
}

const NONE: CardVoting = { round: null, canVote: false, online: false, cards: new Map() };

/** The board's parts the cards' dots are read from. */
export type VotingBoard = Pick<Board, 'cards' | 'votes'> & { round: Round | null };

/** What every card in the round shows to `voter`; views equal to `previous` ones are kept, so their cards need not re-render. */
export function cardVotingOf(board: VotingBoard, voter: string, canVote: boolean, online: boolean, previous: CardVoting = NONE): CardVoting {
  const { round } = board;
  if (!round) return NONE;
  const inRound = cardsInRound(round, board.cards);
  const cards = new Map<string, CardDotsView>();
  const keep = (id: string, view: CardDotsView) => {
    const before = previous.cards.get(id);
    const same = before && before.phase === view.phase && before.canVote === view.canVote && before.online === view.online && before.mine === view.mine && before.mayAdd === view.mayAdd && before.total === view.total;
    cards.set(id, same ? before : view);
  };
  if (round.revealed) {
    const { byCard } = countRound({ ...board, stages: [], lanes: [] }, round);
    for (const id of inRound) keep(id, { phase: 'revealed', canVote: false, online, mine: 0, mayAdd: false, total: byCard.get(id) ?? 0 });
  } else {
    const tally = canVote ? voterTally(board, round, voter) : null;
    for (const id of inRound) keep(id, { phase: 'open', canVote, online, mine: tally?.byCard.get(id) ?? 0, mayAdd: tally?.mayAdd(id) ?? false, total: 0 });
  }
  return { round, canVote, online, cards };
}

export interface CardVotingStore {
  subscribe(listener: () => void): () => void;
  /** What the card shows, or null when it is in no round on screen. */
  view(cardId: string): CardDotsView | null;
  /** Places one of this person's dots on the card; takes one back. */
  place(cardId: string): void;
  takeBack(cardId: string): void;
}

export interface CardVotingSource {
  voting: CardVoting;
  ctx: EditContext;
  voter: string;
}

export function createCardVotingStore(): CardVotingStore & { set(source: CardVotingSource): void; current(): CardVoting } {
  let source: CardVotingSource | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    view: (cardId) => source?.voting.cards.get(cardId) ?? null,
    place(cardId) {
      const round = source?.voting.round;
      if (source && round && source.voting.canVote && source.voting.online) castDot(source.ctx, round.id, cardId, source.voter);
    },
    takeBack(cardId) {
      const round = source?.voting.round;
      if (source && round && source.voting.canVote && source.voting.online) removeDot(source.ctx, round.id, cardId, source.voter);
    },
    set(next) {
      const changed = source?.voting !== next.voting;
      source = next;
      if (changed) for (const listener of listeners) listener();
    },
    current: () => source?.voting ?? NONE,
  };
}
