import { describe, expect, it } from 'vitest';
import type { Card } from './card.ts';
import { boardResult, countRound, countedDots, cardsInRound, latestRevealedRound, legacyVotesAsRound, voterTally, type CountedBoard } from './dotCount.ts';
import type { Round } from './round.ts';
import type { Vote } from './vote.ts';

const card = (id: string, stageId: string, laneId: string, order = 'a0'): Card => ({
  id, stageId, laneId, order, title: id, body: '', channel: '', owner: '', emotion: null, tags: [], color: 'slate', link: '', value: null, target: null, unit: '', better: 'higher', metricId: null, impact: null, effort: null,
});
const round = (patch: Partial<Round> = {}): Round => ({
  id: 'r1', title: '', laneIds: ['ideas'], cardIds: [], budget: 3, onePerCard: false, openedAt: 1, revealed: false, ...patch,
});
const dot = (id: string, targetId: string, voter: string, roundId = 'r1'): Vote => ({ id, targetId, voter, roundId });

/** Two stages, an "ideas" lane with four cards and a "pains" lane with one. */
function board(votes: Vote[]): CountedBoard {
  return {
    stages: [{ id: 's1' }, { id: 's2' }] as CountedBoard['stages'],
    lanes: [{ id: 'ideas' }, { id: 'pains' }] as CountedBoard['lanes'],
    cards: [card('a', 's1', 'ideas'), card('b', 's1', 'ideas', 'a1'), card('c', 's2', 'ideas'), card('d', 's2', 'ideas', 'a1'), card('p', 's1', 'pains')],
    votes,
  };
}

describe('the dot count', () => {
  it('counts a voter’s first dots by id up to the budget and ignores the rest', () => {
    const votes = [dot('05', 'a', 'eve'), dot('01', 'b', 'eve'), dot('04', 'c', 'eve'), dot('02', 'd', 'eve'), dot('03', 'a', 'eve')];
    const result = countRound(board(votes), round());
    expect(countedDots(round(), votes, cardsInRound(round(), board(votes).cards)).map((v) => v.id)).toEqual(['01', '02', '03']);
    expect(Object.fromEntries(result.byCard)).toEqual({ b: 1, d: 1, a: 1 });
    expect(result).toMatchObject({ voters: 1, dots: 3 });
  });

  it('gives every voter their own budget', () => {
    const votes = [dot('1', 'a', 'ann'), dot('2', 'a', 'ann'), dot('3', 'a', 'bob'), dot('4', 'b', 'bob'), dot('5', 'a', 'ann'), dot('6', 'a', 'ann')];
    const result = countRound(board(votes), round());
    expect(Object.fromEntries(result.byCard)).toEqual({ a: 4, b: 1 });
    expect(result.voters).toBe(2);
  });

  it('passes over a second dot on one card when the round allows one a card, and counts the next', () => {
    const votes = [dot('1', 'a', 'ann'), dot('2', 'a', 'ann'), dot('3', 'b', 'ann'), dot('4', 'c', 'ann'), dot('5', 'd', 'ann')];
    const result = countRound(board(votes), round({ onePerCard: true }));
    expect(Object.fromEntries(result.byCard)).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('counts no dot on a card outside the round or deleted since, and those use no budget', () => {
    const votes = [dot('1', 'p', 'ann'), dot('2', 'gone', 'ann'), dot('3', 'a', 'ann'), dot('4', 'b', 'ann'), dot('5', 'c', 'ann'), dot('6', 'a', 'ann', 'other')];
    const result = countRound(board(votes), round());
    expect(Object.fromEntries(result.byCard)).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('covers the cards a round names as well as those in its lanes', () => {
    const r = round({ laneIds: [], cardIds: ['p', 'a'] });
    expect([...cardsInRound(r, board([]).cards)].sort()).toEqual(['a', 'p']);
    expect(Object.fromEntries(countRound(board([dot('1', 'p', 'ann'), dot('2', 'b', 'ann')]), r).byCard)).toEqual({ p: 1 });
  });

  it('ranks by dots, and cards with as many in the order the map reads: stage, lane, place in the cell', () => {
    const votes = [dot('1', 'd', 'ann'), dot('2', 'c', 'ann'), dot('3', 'b', 'bob'), dot('4', 'a', 'bob'), dot('5', 'd', 'cy')];
    const ranked = countRound(board(votes), round()).ranked.map((entry) => [entry.card.id, entry.dots]);
    expect(ranked).toEqual([['d', 2], ['a', 1], ['b', 1], ['c', 1]]);
  });

  it('reads the same result whatever order the dots are listed in', () => {
    const votes = [dot('k', 'a', 'eve'), dot('c', 'b', 'eve'), dot('x', 'c', 'eve'), dot('a', 'd', 'eve'), dot('m', 'a', 'eve')];
    const one = countRound(board(votes), round());
    const other = countRound(board([...votes].reverse()), round());
    expect(Object.fromEntries(other.byCard)).toEqual(Object.fromEntries(one.byCard));
    expect(Object.fromEntries(one.byCard)).toEqual({ d: 1, b: 1, a: 1 });
  });

  it('tells a voter how many dots they have left and where another would count', () => {
    const votes = [dot('1', 'a', 'ann'), dot('2', 'b', 'bob')];
    const open = voterTally(board(votes), round({ onePerCard: true }), 'ann');
    expect(open).toMatchObject({ used: 1, left: 2 });
    expect([open.mayAdd('a'), open.mayAdd('b'), open.mayAdd('p')]).toEqual([false, true, false]);
    const full = voterTally(board([...votes, dot('3', 'a', 'ann'), dot('4', 'a', 'ann')]), round(), 'ann');
    expect(full).toMatchObject({ used: 3, left: 0 });
    expect(full.mayAdd('b')).toBe(false);
  });

  it('takes the latest revealed round as the board’s result', () => {
    const rounds = [round({ id: 'old', revealed: true, openedAt: 5 }), round({ id: 'open', openedAt: 9 }), round({ id: 'new', revealed: true, openedAt: 7 })];
    expect(latestRevealedRound({ rounds })?.id).toBe('new');
    expect(latestRevealedRound({ rounds: [round()] })).toBeNull();
  });

  it('reads votes from before rounds as one revealed round, one dot a card, as many a person as the most anyone cast', () => {
    const old = [dot('a:ann', 'a', 'ann', ''), dot('b:ann', 'b', 'ann', ''), dot('a:bob', 'a', 'bob', ''), dot('new', 'c', 'cy')];
    const legacy = legacyVotesAsRound(old, 'votes', 'Votes')!;
    expect(legacy.round).toMatchObject({ id: 'votes', title: 'Votes', cardIds: ['a', 'b'], budget: 2, onePerCard: true, revealed: true });
    expect(legacy.votes.map((v) => v.roundId)).toEqual(['votes', 'votes', 'votes']);
    expect(Object.fromEntries(countRound(board(legacy.votes), legacy.round).byCard)).toEqual({ a: 2, b: 1 });
    expect(legacyVotesAsRound([dot('new', 'c', 'cy')], 'votes', 'Votes')).toBeNull();
  });

  it('gives as the board’s result its latest revealed round, else the votes of a live board from before rounds', () => {
    const old = [dot('a:ann', 'a', 'ann', ''), dot('b:ann', 'b', 'ann', ''), dot('a:bob', 'a', 'bob', '')];
    const legacy = boardResult({ ...board(old), rounds: [] }, 'Votes')!;
    expect(legacy.round).toMatchObject({ title: 'Votes', revealed: true });
    expect(Object.fromEntries(legacy.byCard)).toEqual({ a: 2, b: 1 });
    const revealed = boardResult({ ...board([...old, dot('1', 'c', 'cy')]), rounds: [round({ revealed: true })] })!;
    expect(Object.fromEntries(revealed.byCard)).toEqual({ c: 1 });
    expect(boardResult({ ...board([dot('1', 'c', 'cy')]), rounds: [round()] })).toBeNull();
  });
});
