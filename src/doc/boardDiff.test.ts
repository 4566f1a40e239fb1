import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from './commands/cards.ts';
import { addLane, deleteLane, setEmotionScore, setLaneTitle } from './commands/lanes.ts';
import { addStage, deleteStage, setStageText } from './commands/stages.ts';
import { addStrategyItem, deleteStrategyItem, setStrategyItemText } from './commands/strategy.ts';
import { createEditContext } from './context.ts';
import { docToBoard } from './read.ts';
import { freshContext } from './testing/sync.ts';
import { diffBoards, diffCounts, isUnchanged } from '../model/boardDiff.ts';

// The diff is the model's (src/model/boardDiff.ts); it is tried here on states the document's
// own commands make, as people's edits would.

/** A small map as a team leaves it after a first workshop, and a copy to change as a second one would. */
function workshop() {
  const ctx = freshContext();
  const awareness = addStage(ctx, { title: 'Awareness' });
  const purchase = addStage(ctx, { title: 'Purchase' });
  const touchpoints = addLane(ctx, { kind: 'touchpoints' });
  const feelings = addLane(ctx, { kind: 'emotion' });
  setEmotionScore(ctx, feelings, awareness, 1);
  const ad = addCard(ctx, { stageId: awareness, laneId: touchpoints, title: 'Radio ad' });
  const quote = addCard(ctx, { stageId: awareness, laneId: touchpoints, title: 'Quote' });
  const goal = addStrategyItem(ctx, 'goalsPre', 'Win bargain seeking households')!;
  const before = docToBoard(ctx.doc);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ctx.doc));
  const next = createEditContext(copy, 'second workshop');
  return { before, next, after: () => docToBoard(copy), ids: { awareness, purchase, touchpoints, feelings, ad, quote, goal } };
}

describe('what changed between two states of a board', () => {
  it('reports nothing between identical states, or a state and a copy of it', () => {
    const { before, after } = workshop();
    expect(isUnchanged(diffBoards(before, before))).toBe(true);
    expect(isUnchanged(diffBoards(before, after()))).toBe(true);
  });

  it('counts cards added and removed', () => {
    const { before, next, after, ids } = workshop();
    addCard(next, { stageId: ids.purchase, laneId: ids.touchpoints, title: 'Showroom visit' });
    deleteCards(next, [ids.ad]);
    const diff = diffBoards(before, after());
    expect(diff.cards.added.map((card) => card.title)).toEqual(['Showroom visit']);
    expect(diff.cards.removed.map((card) => card.title)).toEqual(['Radio ad']);
    expect(diffCounts(diff)).toMatchObject({ cardsAdded: 1, cardsRemoved: 1, cardsMoved: 0, cardsChanged: 0 });
  });

  it('tells a card moved and edited at once as one card that moved and changed', () => {
    const { before, next, after, ids } = workshop();
    moveCard(next, ids.quote, { stageId: ids.purchase, laneId: ids.touchpoints });
    setCardText(next, ids.quote, 'title', 'Written quote');
    updateCard(next, ids.quote, { channel: 'Email', owner: 'Sales', emotion: 2 });
    const diff = diffBoards(before, after());
    expect(diff.cards.added).toEqual([]);
    expect(diff.cards.removed).toEqual([]);
    expect(diff.cards.moved.map(({ before: was, after: is }) => [was.stageId, is.stageId])).toEqual([[ids.awareness, ids.purchase]]);
    expect(diff.cards.changed.map((change) => change.fields)).toEqual([['title', 'channel', 'owner', 'emotion']]);
  });

  it('tells a measure’s new value and target, and an opportunity’s new rating', () => {
    const { before, next, after, ids } = workshop();
    updateCard(next, ids.quote, { value: 32, target: 40, unit: 'pts' });
    updateCard(next, ids.ad, { impact: 4, effort: 2 });
    const diff = diffBoards(before, after());
    // The unit alone names no change a reader looks for: it comes with the numbers.
    expect(new Map(diff.cards.changed.map((change) => [change.after.title, change.fields]))).toEqual(
      new Map([
        ['Quote', ['value', 'target']],
        ['Radio ad', ['impact', 'effort']],
      ]),
    );
  });

  it('does not count a reorder within a cell, a colour or a tag as a change a reader is told of', () => {
    const { before, next, after, ids } = workshop();
    moveCard(next, ids.quote, { stageId: ids.awareness, laneId: ids.touchpoints, index: 0 });
    updateCard(next, ids.ad, { color: 'green', tags: ['radio'] });
    expect(isUnchanged(diffBoards(before, after()))).toBe(true);
  });

  it('reports stages and lanes added, removed and renamed', () => {
    const { before, next, after, ids } = workshop();
    addStage(next, { title: 'Aftercare' });
    deleteStage(next, ids.purchase);
    setStageText(next, ids.awareness, 'title', 'Awareness and research');
    setLaneTitle(next, ids.touchpoints, 'Where we meet them');
    addLane(next, { kind: 'painPoints' });
    const diff = diffBoards(before, after());
    expect(diff.stages.added.map((stage) => stage.title)).toEqual(['Aftercare']);
    expect(diff.stages.removed.map((stage) => stage.title)).toEqual(['Purchase']);
    expect(diff.stages.renamed.map(({ before: was, after: is }) => [was.title, is.title])).toEqual([['Awareness', 'Awareness and research']]);
    expect(diff.lanes.renamed.map(({ after: is }) => is.title)).toEqual(['Where we meet them']);
    expect(diff.lanes.added.map((lane) => lane.kind)).toEqual(['painPoints']);
    expect(diffCounts(diff)).toMatchObject({ stagesAdded: 1, stagesRemoved: 1, stagesRenamed: 1, lanesAdded: 1, lanesRemoved: 0, lanesRenamed: 1 });
  });

  it("gives the emotion curve's change per stage: a score changed, set or cleared", () => {
    const { before, next, after, ids } = workshop();
    setEmotionScore(next, ids.feelings, ids.awareness, -1);
    setEmotionScore(next, ids.feelings, ids.purchase, 2);
    expect(diffBoards(before, after()).emotion).toEqual([
      { laneId: ids.feelings, stageId: ids.awareness, before: 1, after: -1 },
      { laneId: ids.feelings, stageId: ids.purchase, before: null, after: 2 },
    ]);
    setEmotionScore(next, ids.feelings, ids.awareness, null);
    expect(diffBoards(before, after()).emotion[0]).toEqual({ laneId: ids.feelings, stageId: ids.awareness, before: 1, after: null });
    // A second curve changed at a stage the first did: still two stages whose emotion changed.
    const second = addLane(next, { kind: 'emotion' });
    setEmotionScore(next, second, ids.awareness, 2);
    const diff = diffBoards(before, after());
    expect(diff.emotion).toHaveLength(3);
    expect(diffCounts(diff).scoresChanged).toBe(2);
  });

  it('reports an emotion lane removed as a lane removed, not as each of its scores', () => {
    const { before, next, after, ids } = workshop();
    deleteLane(next, ids.feelings);
    const diff = diffBoards(before, after());
    expect(diff.lanes.removed.map((lane) => lane.id)).toEqual([ids.feelings]);
    expect(diff.emotion).toEqual([]);
  });

  it('reports strategy items added, removed and reworded', () => {
    const { before, next, after, ids } = workshop();
    addStrategyItem(next, 'metricsPost', 'Net Promoter Score');
    setStrategyItemText(next, ids.goal, 'Win and keep bargain seeking households');
    let diff = diffBoards(before, after());
    expect(diff.strategy.added.map((item) => item.text)).toEqual(['Net Promoter Score']);
    expect(diff.strategy.reworded.map(({ after: is }) => is.text)).toEqual(['Win and keep bargain seeking households']);
    deleteStrategyItem(next, ids.goal);
    diff = diffBoards(before, after());
    expect(diff.strategy.removed.map((item) => item.id)).toEqual([ids.goal]);
    expect(diffCounts(diff)).toMatchObject({ strategyAdded: 1, strategyRemoved: 1, strategyReworded: 0 });
  });
});
