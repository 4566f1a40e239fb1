import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, createEditContext, deleteStage, docToBoard, initBoardDoc } from '../../doc/index.ts';
import * as Y from 'yjs';
import { pickedCell } from './pickedCell.ts';

function board() {
  const doc = new Y.Doc();
  initBoardDoc(doc);
  const ctx = createEditContext(doc, 'me');
  const mood = addLane(ctx, { kind: 'emotion' });
  const touch = addLane(ctx, { kind: 'touchpoints' });
  const pains = addLane(ctx, { kind: 'painPoints' });
  const visit = addStage(ctx, { title: 'Visit' });
  const quote = addStage(ctx, { title: 'Quote' });
  addCard(ctx, { stageId: quote, laneId: pains, title: 'Too slow' });
  addCard(ctx, { stageId: quote, laneId: pains, title: 'Unclear price' });
  addCard(ctx, { stageId: quote, laneId: touch, title: 'Email' });
  return { ctx, ids: { mood, touch, pains, visit, quote } };
}

describe('the cell the phone shows', () => {
  it('holds the picked stage’s and lane’s cards, in the map’s order', () => {
    const { ctx, ids } = board();
    const cell = pickedCell(docToBoard(ctx.doc), { stageId: ids.quote, laneId: ids.pains })!;
    expect([cell.stage.id, cell.lane.id]).toEqual([ids.quote, ids.pains]);
    expect(cell.cards.map((c) => c.title)).toEqual(['Too slow', 'Unclear price']);
  });

  it('starts at the first stage and the first lane that holds cards, never the emotion curve', () => {
    const { ctx, ids } = board();
    const cell = pickedCell(docToBoard(ctx.doc), { stageId: null, laneId: ids.mood })!;
    expect([cell.stage.id, cell.lane.id]).toEqual([ids.visit, ids.touch]);
  });

  it('falls back to the first stage when the picked one is deleted by someone else', () => {
    const { ctx, ids } = board();
    deleteStage(ctx, ids.quote);
    const cell = pickedCell(docToBoard(ctx.doc), { stageId: ids.quote, laneId: ids.pains })!;
    expect([cell.stage.id, cell.lane.id, cell.cards.length]).toEqual([ids.visit, ids.pains, 0]);
  });

  it('is none on a board without a stage or a lane for cards', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc);
    const ctx = createEditContext(doc, 'me');
    addLane(ctx, { kind: 'emotion' });
    addStage(ctx, { title: 'Only' });
    expect(pickedCell(docToBoard(ctx.doc), { stageId: null, laneId: null })).toBeNull();
  });
});
