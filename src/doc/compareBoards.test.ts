import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCards, moveCard, setCardText } from './commands/cards.ts';
import { addLane, deleteLane, setEmotionScore, setLaneTitle } from './commands/lanes.ts';
import { addStage, deleteStage } from './commands/stages.ts';
import { addStrategyItem, deleteStrategyItem, setStrategyItemText } from './commands/strategy.ts';
import { createEditContext } from './context.ts';
import { docToBoard } from './read.ts';
import { freshContext } from './testing/sync.ts';
import { compareBoards } from '../model/compareBoards.ts';

// The comparison's drawing (src/model/compareBoards.ts), tried on states the document's own
// commands make: what the map draws while two states are compared, and how each record is marked.

function twoWorkshops() {
  const ctx = freshContext();
  const research = addStage(ctx, { title: 'Research' });
  const visit = addStage(ctx, { title: 'Visit' });
  const purchase = addStage(ctx, { title: 'Purchase' });
  const actions = addLane(ctx, { kind: 'actions' });
  const feeling = addLane(ctx, { kind: 'emotion' });
  const pains = addLane(ctx, { kind: 'painPoints', title: 'Pains' });
  setEmotionScore(ctx, feeling, research, 1);
  setEmotionScore(ctx, feeling, visit, -1);
  const ids = {
    research,
    visit,
    purchase,
    actions,
    feeling,
    pains,
    salesVisit: addCard(ctx, { stageId: research, laneId: actions, title: 'Sales visit' }),
    brochure: addCard(ctx, { stageId: visit, laneId: actions, title: 'Old brochure' }),
    lastCard: addCard(ctx, { stageId: purchase, laneId: actions, title: 'Receipt' }),
    who: addStrategyItem(ctx, 'who', 'Households')!,
    gone: addStrategyItem(ctx, 'goalsPre', 'Old goal')!,
  };
  const before = docToBoard(ctx.doc);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ctx.doc));
  return { before, next: createEditContext(copy, 'second workshop'), after: () => docToBoard(copy), ids };
}

describe('two states of a board drawn as one', () => {
  it('marks nothing and draws the later state alone when nothing changed', () => {
    const { before, after } = twoWorkshops();
    const compared = compareBoards(before, after());
    expect(compared.changes.size).toBe(0);
    expect(compared.scoresBefore.size).toBe(0);
    expect(compared.board.cards.map((c) => c.title).sort()).toEqual(['Old brochure', 'Receipt', 'Sales visit']);
  });

  it('puts back what went, in its place among the rest, and marks every change', () => {
    const { before, next, after, ids } = twoWorkshops();
    const chat = addCard(next, { stageId: ids.research, laneId: ids.actions, title: 'Online chat' });
    deleteCards(next, [ids.brochure]);
    moveCard(next, ids.salesVisit, { stageId: ids.visit, laneId: ids.actions });
    setCardText(next, ids.salesVisit, 'title', 'Showroom visit');
    deleteStage(next, ids.purchase);
    setLaneTitle(next, ids.pains, 'Frustrations');
    deleteLane(next, ids.feeling);
    const added = addStrategyItem(next, 'who', 'First-time buyers')!;
    deleteStrategyItem(next, ids.gone);
    setStrategyItemText(next, ids.who, 'Bargain seeking households');

    const compared = compareBoards(before, after());
    expect(compared.changes.get(chat)).toEqual({ kinds: ['added'] });
    expect(compared.changes.get(ids.brochure)).toEqual({ kinds: ['removed'] });
    // Moved and edited at once: one card, both marks, its old cell and the fields that changed.
    expect(compared.changes.get(ids.salesVisit)).toEqual({ kinds: ['moved', 'changed'], from: { stageId: ids.research, laneId: ids.actions }, fields: ['title'] });
    expect(compared.changes.get(ids.purchase)).toEqual({ kinds: ['removed'] });
    expect(compared.changes.get(ids.lastCard)).toEqual({ kinds: ['removed'] });
    expect(compared.changes.get(ids.pains)).toEqual({ kinds: ['renamed'], was: 'Pains' });
    expect(compared.changes.get(ids.feeling)).toEqual({ kinds: ['removed'] });
    expect(compared.changes.get(added)).toEqual({ kinds: ['added'] });
    expect(compared.changes.get(ids.gone)).toEqual({ kinds: ['removed'] });
    expect(compared.changes.get(ids.who)).toEqual({ kinds: ['reworded'], was: 'Households' });

    // The drawing: the removed stage in its old column (last), the removed lane in its row,
    // the removed cards back in their cells (a card's order is its place in its cell).
    expect(compared.board.stages.map((s) => s.title)).toEqual(['Research', 'Visit', 'Purchase']);
    expect(compared.board.lanes.map((l) => l.id)).toEqual([ids.actions, ids.feeling, ids.pains]);
    expect(compared.board.cards.map((c) => [c.title, c.stageId, c.laneId]).sort()).toEqual([
      ['Old brochure', ids.visit, ids.actions],
      ['Online chat', ids.research, ids.actions],
      ['Receipt', ids.purchase, ids.actions],
      ['Showroom visit', ids.visit, ids.actions],
    ]);
    expect(compared.board.strategy.map((s) => s.text).sort()).toEqual(['Bargain seeking households', 'First-time buyers', 'Old goal']);
    // The later state itself is untouched.
    expect(compared.after.cards.map((c) => c.title).sort()).toEqual(['Online chat', 'Showroom visit']);
  });

  it('keeps an emotion lane’s earlier scores where its curve changed', () => {
    const { before, next, after, ids } = twoWorkshops();
    setEmotionScore(next, ids.feeling, ids.visit, 2);
    const compared = compareBoards(before, after());
    expect(compared.scoresBefore.get(ids.feeling)).toEqual({ [ids.research]: 1, [ids.visit]: -1 });
    expect(compared.changes.size).toBe(0);
  });
});
