import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, castDot, docToBoard, revealRound, startRound } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { roundOnScreen } from '../../model/index.ts';
import { cardVotingOf } from './cardVoting.ts';

function board() {
  const ctx = freshContext();
  const stage = addStage(ctx, { title: 'Quotation' });
  const pains = addLane(ctx, { kind: 'painPoints' });
  const ideas = addLane(ctx, { kind: 'opportunities' });
  const [slow, late] = ['Slow', 'Late'].map((title) => addCard(ctx, { stageId: stage, laneId: pains, title }));
  const idea = addCard(ctx, { stageId: stage, laneId: ideas, title: 'Idea' });
  const round = startRound(ctx, { laneIds: [pains], cardIds: [], budget: 2, onePerCard: false });
  const read = () => {
    const shown = docToBoard(ctx.doc);
    return { round: roundOnScreen(shown), cards: shown.cards, votes: shown.votes };
  };
  return { ctx, round, slow: slow!, late: late!, idea, read };
}

describe('what the cards of a round show', () => {
  it('shows a person their own dots only while the round is open, and where another would count', () => {
    const { ctx, round, slow, late, idea, read } = board();
    castDot(ctx, round, slow, 'ann');
    castDot(ctx, round, slow, 'bob');
    const ann = cardVotingOf(read(), 'ann', true, true);
    expect(ann.cards.get(slow)).toEqual({ phase: 'open', canVote: true, online: true, mine: 1, mayAdd: true, total: 0 });
    expect(ann.cards.get(late)).toMatchObject({ mine: 0, mayAdd: true });
    expect(ann.cards.has(idea)).toBe(false);
    castDot(ctx, round, late, 'ann');
    expect(cardVotingOf(read(), 'ann', true, true).cards.get(late)).toMatchObject({ mine: 1, mayAdd: false });
    // A view link watches: no dots of its own, none to place.
    expect(cardVotingOf(read(), 'vic', false, true).cards.get(slow)).toMatchObject({ canVote: false, mine: 0, mayAdd: false });
  });

  it('shows every card’s count once revealed, to everyone alike', () => {
    const { ctx, round, slow, late, read } = board();
    castDot(ctx, round, slow, 'ann');
    castDot(ctx, round, slow, 'bob');
    revealRound(ctx, round);
    const seen = cardVotingOf(read(), 'vic', false, true);
    expect(seen.cards.get(slow)).toMatchObject({ phase: 'revealed', total: 2 });
    expect(seen.cards.get(late)).toMatchObject({ phase: 'revealed', total: 0 });
  });

  it('keeps the view of a card whose dots did not change, so that card need not re-render', () => {
    const { ctx, round, slow, late, read } = board();
    const before = cardVotingOf(read(), 'ann', true, true);
    castDot(ctx, round, slow, 'ann');
    const after = cardVotingOf(read(), 'ann', true, true, before);
    expect(after.cards.get(late)).toBe(before.cards.get(late));
    expect(after.cards.get(slow)).not.toBe(before.cards.get(slow));
  });

  it('shows nothing when no round is on screen', () => {
    expect(cardVotingOf({ round: null, cards: [], votes: [] }, 'ann', true, true).cards.size).toBe(0);
  });
});
