import type { Board } from './board.ts';
import type { Card } from './card.ts';
import { DEFAULT_BUDGET, MAX_BUDGET, type Round } from './round.ts';
import type { Vote } from './vote.ts';

/*
 * Counting the dots of a round. A shared document cannot stop a client from placing more dots
 * than its budget (each copy takes every update), so the budget is applied when the dots are
 * read, the same way in every copy: a voter's dots in the round are put in the order of their
 * ids, a second dot on one card is passed over when the round allows one a card, and the first
 * `budget` count. Every copy holds the same ids, so every copy counts the same dots, whatever
 * order the updates came in; a client that placed more has its extra dots ignored by everyone.
 * Dots on cards outside the round, or on cards since deleted, do not count and use no budget.
 */

/** The board's parts a count reads. */
export type CountedBoard = Pick<Board, 'stages' | 'lanes' | 'cards' | 'votes'>;

/** One card of a round's result. */
export interface RankedCard {
  card: Card;
  dots: number;
}

export interface RoundResult {
  round: Round;
  /** Counted dots per card id; a card with none is absent. */
  byCard: ReadonlyMap<string, number>;
  /**
   * Every card with a counted dot, most dots first; cards with as many dots in the order the map
   * reads (stage, then lane, then place in the cell), cards on no stage or lane after them.
   */
  ranked: RankedCard[];
  /** People with at least one counted dot. */
  voters: number;
  /** Counted dots in all. */
  dots: number;
}

/** The ids of the board's cards that `round` covers: those it names and those in the lanes it names. */
export function cardsInRound(round: Pick<Round, 'laneIds' | 'cardIds'>, cards: readonly Pick<Card, 'id' | 'laneId'>[]): Set<string> {
  const lanes = new Set(round.laneIds);
  const named = new Set(round.cardIds);
  return new Set(cards.filter((card) => named.has(card.id) || lanes.has(card.laneId)).map((card) => card.id));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The dots of `round` that count, given which card ids are in it (cardsInRound). */
export function countedDots(round: Pick<Round, 'id' | 'budget' | 'onePerCard'>, votes: readonly Vote[], inRound: ReadonlySet<string>): Vote[] {
  const byVoter = new Map<string, Vote[]>();
  for (const vote of votes) {
    if (vote.roundId !== round.id || vote.voter === '' || !inRound.has(vote.targetId)) continue;
    const list = byVoter.get(vote.voter);
    if (list) list.push(vote);
    else byVoter.set(vote.voter, [vote]);
  }
  const budget = Number.isInteger(round.budget) && round.budget >= 1 ? Math.min(round.budget, MAX_BUDGET) : DEFAULT_BUDGET;
  const out: Vote[] = [];
  for (const dots of byVoter.values()) {
    const cards = new Set<string>();
    let kept = 0;
    for (const dot of dots.sort(byId)) {
      if (kept === budget) break;
      if (round.onePerCard && cards.has(dot.targetId)) continue;
      cards.add(dot.targetId);
      out.push(dot);
      kept++;
    }
  }
  return out;
}

/** The result of `round` on `board`: what every copy shows once the round is revealed. */
export function countRound(board: CountedBoard, round: Round): RoundResult {
  const counted = countedDots(round, board.votes, cardsInRound(round, board.cards));
  const byCard = new Map<string, number>();
  const voters = new Set<string>();
  for (const dot of counted) {
    byCard.set(dot.targetId, (byCard.get(dot.targetId) ?? 0) + 1);
    voters.add(dot.voter);
  }
  const stageAt = new Map(board.stages.map((stage, i) => [stage.id, i]));
  const laneAt = new Map(board.lanes.map((lane, i) => [lane.id, i]));
  const readingOrder = (card: Card, i: number) => [stageAt.get(card.stageId) ?? Infinity, laneAt.get(card.laneId) ?? Infinity, i];
  const ranked = board.cards
    .map((card, i) => ({ card, dots: byCard.get(card.id) ?? 0, at: readingOrder(card, i) }))
    .filter((entry) => entry.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]! || a.at[2]! - b.at[2]!)
    .map(({ card, dots }) => ({ card, dots }));
  return { round, byCard, ranked, voters: voters.size, dots: counted.length };
}

/** One person's part in an open round: their counted dots per card, how many they placed and have left. */
export interface VoterTally {
  byCard: ReadonlyMap<string, number>;
  used: number;
  left: number;
  /** Whether a dot on `cardId` would count: one is left, and the round allows another there. */
  mayAdd(cardId: string): boolean;
}

export function voterTally(board: Pick<Board, 'cards' | 'votes'>, round: Round, voter: string): VoterTally {
  const inRound = cardsInRound(round, board.cards);
  const own = board.votes.filter((vote) => vote.voter === voter);
  const byCard = new Map<string, number>();
  for (const dot of countedDots(round, own, inRound)) byCard.set(dot.targetId, (byCard.get(dot.targetId) ?? 0) + 1);
  const used = [...byCard.values()].reduce((sum, n) => sum + n, 0);
  const left = Math.max(0, round.budget - used);
  return { byCard, used, left, mayAdd: (cardId) => left > 0 && inRound.has(cardId) && !(round.onePerCard && byCard.has(cardId)) };
}

/** The id older votes get as a round of their own (legacyVotesAsRound): the same each time a board is read. */
export const LEGACY_ROUND_ID = 'votes';

/** The round on screen now (the session's), or null. */
export function roundOnScreen(board: Pick<Board, 'rounds' | 'session'>): Round | null {
  const id = board.session.roundId;
  return id === null ? null : (board.rounds.find((round) => round.id === id) ?? null);
}

/** The latest revealed round, whose result the CSV and the report show; null when none was revealed. */
export function latestRevealedRound(board: Pick<Board, 'rounds'>): Round | null {
  let latest: Round | null = null;
  for (const round of board.rounds) {
    if (!round.revealed) continue;
    if (latest === null || round.openedAt > latest.openedAt || (round.openedAt === latest.openedAt && round.id > latest.id)) latest = round;
  }
  return latest;
}

/**
 * Votes of older boards (one a person a card, in no round) as one revealed round over the cards
 * they are on, so that nothing they said is lost: one dot a card, and as many dots a person as
 * the most anyone cast. Returns null when there are none.
 */
export function legacyVotesAsRound(votes: readonly Vote[], id: string, title: string): { round: Round; votes: Vote[] } | null {
  const legacy = votes.filter((vote) => vote.roundId === '');
  if (legacy.length === 0) return null;
  const perVoter = new Map<string, number>();
  for (const vote of legacy) perVoter.set(vote.voter, (perVoter.get(vote.voter) ?? 0) + 1);
  const cardIds = [...new Set(legacy.map((vote) => vote.targetId))];
  const budget = Math.min(MAX_BUDGET, Math.max(1, ...perVoter.values()));
  const round: Round = { id, title, laneIds: [], cardIds, budget, onePerCard: true, openedAt: 0, revealed: true };
  return { round, votes: legacy.map((vote) => ({ ...vote, roundId: id })) };
}

/**
 * The board's result, as the CSV and the report show it: the latest revealed round, counted.
 * A live board may still hold votes from before rounds (a file's are made a round as it is
 * read, src/file/read.ts); when no round was revealed they count as a revealed round of their
 * own, titled `legacyTitle`. Null when there is neither: dots of an open round are no one's to
 * read yet.
 */
export function boardResult(board: CountedBoard & Pick<Board, 'rounds'>, legacyTitle = ''): RoundResult | null {
  const round = latestRevealedRound(board);
  if (round) return countRound(board, round);
  const legacy = legacyVotesAsRound(board.votes, LEGACY_ROUND_ID, legacyTitle);
  return legacy ? countRound({ ...board, votes: legacy.votes }, legacy.round) : null;
}

/** The dots of the board's result per card id (boardResult): what the report shows beside each card. */
export function revealedDots(board: CountedBoard & Pick<Board, 'rounds'>): ReadonlyMap<string, number> {
  return boardResult(board)?.byCard ?? new Map();
}
