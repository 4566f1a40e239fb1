import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addLane, addStage, createEditContext, deleteStage, createUndoManager, docToBoard, initBoardDoc, setFacilitator, setLocked } from '../index.ts';
import { facilitatorKeyHash } from '../../model/index.ts';
import { importMeasures } from './measures.ts';

describe('importMeasures', () => {
  it('updates a stage’s measure of the same name, adds new ones to a measures lane it makes, in one undo step', () => {
    const doc = new Y.Doc();
    const ctx = createEditContext(doc, 'test');
    const research = addStage(ctx, { title: 'Research' });
    const checkout = addStage(ctx, { title: 'Checkout' });
    addLane(ctx, { kind: 'touchpoints' });
    const undo = createUndoManager(ctx);
    const result = importMeasures(ctx, [
      { row: 2, stageId: research, name: 'NPS', value: 32, target: 40, unit: 'pts' },
      { row: 3, stageId: checkout, name: 'Conversion', value: 2.5, target: null, unit: '%' },
      { row: 4, stageId: research, name: ' nps ', value: null, target: 45, unit: '' },
    ]);
    expect(result).toEqual({ added: 2, updated: 1, locked: [], left: [] });
    const board = docToBoard(doc);
    const lane = board.lanes.find((l) => l.kind === 'metrics')!;
    expect(board.cards.map((c) => [c.stageId, c.laneId, c.title, c.value, c.target, c.unit]).sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      [checkout, lane.id, 'Conversion', 2.5, null, '%'],
      [research, lane.id, 'NPS', 32, 45, 'pts'],
    ]);
    undo.undo();
    expect(docToBoard(doc).lanes.map((l) => l.kind)).toEqual(['touchpoints']);
    expect(docToBoard(doc).cards).toEqual([]);
  });

  it('leaves a locked measure as it is and names its row', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: 'Workshop' });
    const owner = createEditContext(doc, 'owner');
    setFacilitator(owner, { keyHash: facilitatorKeyHash('f'.repeat(43)), id: 'fran', name: 'Fran' });
    const stage = addStage(owner, { title: 'Research' });
    const lane = addLane(owner, { kind: 'metrics' });
    const nps = addCard(owner, { stageId: stage, laneId: lane, title: 'NPS', value: 30 });
    setLocked(owner, [nps], true);
    const editor = createEditContext(doc, 'pat', 'edit', facilitatorKeyHash('p'.repeat(43)));
    expect(importMeasures(editor, [{ row: 2, stageId: stage, name: 'NPS', value: 99, target: null, unit: '' }])).toEqual({ added: 0, updated: 0, locked: [2], left: [] });
    expect(docToBoard(doc).cards[0]!.value).toBe(30);
  });

  it('leaves out a row whose stage was deleted since the rows were read', () => {
    const doc = new Y.Doc();
    const ctx = createEditContext(doc, 'test');
    const gone = addStage(ctx, { title: 'Gone' });
    const kept = addStage(ctx, { title: 'Kept' });
    deleteStage(ctx, gone);
    const result = importMeasures(ctx, [
      { row: 2, stageId: gone, name: 'NPS', value: 1, target: null, unit: '' },
      { row: 3, stageId: kept, name: 'NPS', value: 2, target: null, unit: '' },
    ]);
    expect(result).toEqual({ added: 1, updated: 0, locked: [], left: [2] });
    expect(docToBoard(doc).cards.map((c) => [c.stageId, c.value])).toEqual([[kept, 2]]);
  });
});
