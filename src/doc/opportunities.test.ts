import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, castDot, docToBoard, revealRound, startRound, updateCard } from './index.ts';
import { freshContext } from './testing/sync.ts';
import { opportunityMatrix, quadrantOf, rankedOpportunities } from '../model/index.ts';

function board() {
  const ctx = freshContext();
  const [research, checkout] = ['Research', 'Checkout'].map((title) => addStage(ctx, { title }));
  const lane = addLane(ctx, { kind: 'opportunities' });
  const touch = addLane(ctx, { kind: 'touchpoints' });
  const add = (title: string, stage: string, impact: number | null, effort: number | null) => {
    const id = addCard(ctx, { stageId: stage, laneId: lane, title });
    updateCard(ctx, id, { impact, effort });
    return id;
  };
  const ids = {
    chat: add('Live chat', research!, 4, 2),
    reviews: add('Show reviews', research!, 5, 4),
    wizard: add('Room planner', checkout!, 2, 5),
    email: add('Delivery email', checkout!, 4, 2),
    loyalty: add('Loyalty card', checkout!, null, 3),
    faq: add('FAQ page', research!, 2, 1),
  };
  addCard(ctx, { stageId: research!, laneId: touch, title: 'Not an opportunity' });
  return { ctx, ids };
}

describe('opportunities', () => {
  it('places each on the matrix by impact and effort, 3 and above counting as high', () => {
    expect([quadrantOf(5, 1), quadrantOf(3, 3), quadrantOf(2, 5), quadrantOf(1, 2)]).toEqual(['quickWin', 'bigBet', 'moneyPit', 'fillIn']);
    const matrix = opportunityMatrix(rankedOpportunities(docToBoard(board().ctx.doc)));
    const titles = (impact: number, effort: number) => matrix[5 - impact]![effort - 1]!.map((o) => o.card.title);
    expect(titles(4, 2)).toEqual(['Live chat', 'Delivery email']);
    expect(titles(5, 4)).toEqual(['Show reviews']);
    expect(titles(2, 5)).toEqual(['Room planner']);
    expect(matrix.flat(2)).toHaveLength(5); // the unrated loyalty card is on no cell
  });

  it('ranks the most impact for the least effort first, then the most impact, the unrated last, equals in the map’s order', () => {
    const ranked = rankedOpportunities(docToBoard(board().ctx.doc));
    expect(ranked.map((o) => [o.card.title, o.stage.title, o.quadrant])).toEqual([
      ['Live chat', 'Research', 'quickWin'],
      ['Delivery email', 'Checkout', 'quickWin'],
      // Both one step more impact than effort: the one of more impact first.
      ['Show reviews', 'Research', 'bigBet'],
      ['FAQ page', 'Research', 'fillIn'],
      ['Room planner', 'Checkout', 'moneyPit'],
      ['Loyalty card', 'Checkout', null],
    ]);
    expect(ranked.every((o) => o.dots === null)).toBe(true);
  });

  it('lets the team’s dots break ties, or rank first', () => {
    const { ctx, ids } = board();
    const round = startRound(ctx, { title: 'What first?', laneIds: [], cardIds: Object.values(ids), budget: 3, onePerCard: false });
    castDot(ctx, round, ids.email, 'ada');
    castDot(ctx, round, ids.loyalty, 'ada');
    castDot(ctx, round, ids.loyalty, 'bob');
    revealRound(ctx, round);
    const b = docToBoard(ctx.doc);
    expect(rankedOpportunities(b).slice(0, 2).map((o) => [o.card.title, o.dots])).toEqual([
      ['Delivery email', 1],
      ['Live chat', 0],
    ]);
    expect(rankedOpportunities(b, 'dots').slice(0, 3).map((o) => [o.card.title, o.dots])).toEqual([
      ['Loyalty card', 2],
      ['Delivery email', 1],
      ['Live chat', 0],
    ]);
  });
});
