import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addLane, addStage, createEditContext, docToBoard, initBoardDoc } from '../../doc/index.ts';
import { roundCardsByStage } from './roundCards.ts';

function board() {
  const doc = new Y.Doc();
  initBoardDoc(doc);
  const ctx = createEditContext(doc, 'me');
  const touch = addLane(ctx, { kind: 'touchpoints' });
  const pains = addLane(ctx, { kind: 'painPoints' });
  const ideas = addLane(ctx, { kind: 'opportunities' });
  const visit = addStage(ctx, { title: 'Visit' });
  const quote = addStage(ctx, { title: 'Quote' });
  addCard(ctx, { stageId: quote, laneId: pains, title: 'Too slow' });
  const idea = addCard(ctx, { stageId: visit, laneId: ideas, title: 'Valet parking' });
  addCard(ctx, { stageId: visit, laneId: ideas, title: 'Coffee corner' });
  addCard(ctx, { stageId: quote, laneId: touch, title: 'Email' });
  addCard(ctx, { stageId: visit, laneId: pains, title: 'No parking' });
  return { board: docToBoard(ctx.doc), ids: { touch, pains, ideas, idea } };
}

const titles = (groups: ReturnType<typeof roundCardsByStage>) => groups.map((group) => [group.stage?.title ?? null, group.index, group.cards.map((card) => card.title)]);

describe('the cards of a round as the phone lists them', () => {
  it('groups its lanes’ cards and the cards it names by stage, each stage in the order the map reads', () => {
    const { board: shown, ids } = board();
    expect(titles(roundCardsByStage(shown, { laneIds: [ids.pains, ids.touch], cardIds: [ids.idea] }))).toEqual([
      ['Visit', 0, ['No parking', 'Valet parking']],
      ['Quote', 1, ['Email', 'Too slow']],
    ]);
  });

  it('leaves out stages with no card in the round, and is empty when it covers none', () => {
    const { board: shown, ids } = board();
    expect(titles(roundCardsByStage(shown, { laneIds: [ids.ideas], cardIds: [] }))).toEqual([['Visit', 0, ['Valet parking', 'Coffee corner']]]);
    expect(roundCardsByStage(shown, { laneIds: [], cardIds: ['gone'] })).toEqual([]);
  });

  it('lists a card on no stage of the map last, under no stage', () => {
    const { board: shown, ids } = board();
    const adrift = { ...shown, cards: shown.cards.map((card) => (card.title === 'Too slow' ? { ...card, stageId: 'deleted' } : card)) };
    expect(titles(roundCardsByStage(adrift, { laneIds: [ids.pains], cardIds: [] }))).toEqual([
      ['Visit', 0, ['No parking']],
      [null, -1, ['Too slow']],
    ]);
  });
});
