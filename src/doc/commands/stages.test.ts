import { describe, expect, it } from 'vitest';
import { getRecord } from '../layout.ts';
import { docToBoard } from '../read.ts';
import { freshContext, syncDocs } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { addCard } from './cards.ts';
import { addConnector } from './connectors.ts';
import { addLane } from './lanes.ts';
import { addStage, deleteStage, moveStage, setStageText, updateStage } from './stages.ts';

describe('stage commands', () => {
  it('appends stages in order, or inserts at an index', () => {
    const ctx = freshContext();
    addStage(ctx, { title: 'Awareness' });
    addStage(ctx, { title: 'Purchase' });
    addStage(ctx, { title: 'Consideration', index: 1 });
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['Awareness', 'Consideration', 'Purchase']);
  });

  it('stores the time window, description and colour, with defaults', () => {
    const ctx = freshContext();
    addStage(ctx, { title: 'Quotation and Agreement', window: 'Week 2-4', color: 'teal' });
    addStage(ctx);
    const [first, second] = docToBoard(ctx.doc).stages;
    expect(first).toMatchObject({ title: 'Quotation and Agreement', window: 'Week 2-4', color: 'teal', description: '' });
    expect(second).toMatchObject({ title: '', window: '', color: 'slate' });
  });

  it('updates fields, cutting over-long text and ignoring invalid values', () => {
    const ctx = freshContext();
    const id = addStage(ctx, { title: 'Old' });
    updateStage(ctx, id, { title: 'x'.repeat(5000), color: 'hotpink' as never, description: 'Why' });
    const stage = docToBoard(ctx.doc).stages[0]!;
    expect(stage.title).toHaveLength(200);
    expect(stage.color).toBe('slate');
    expect(stage.description).toBe('Why');
  });

  it('types into a title, window and description where two people keep both their words', () => {
    const ada = freshContext('ada');
    const bob = freshContext('bob');
    const id = addStage(ada, { title: 'Email Marketing', window: 'Week 2' });
    syncDocs(ada.doc, bob.doc);
    setStageText(ada, id, 'title', 'Email Marketing newsletters');
    setStageText(bob, id, 'title', 'Monthly Email Marketing');
    setStageText(bob, id, 'window', 'Week 2-4');
    setStageText(ada, id, 'description', 'x'.repeat(30_000));
    syncDocs(ada.doc, bob.doc);
    for (const doc of [ada.doc, bob.doc]) {
      const stage = docToBoard(doc).stages[0]!;
      expect(stage).toMatchObject({ title: 'Monthly Email Marketing newsletters', window: 'Week 2-4' });
      expect(stage.description).toHaveLength(20_000);
    }
  });

  it('merges keystrokes typed together into one undo step, apart from the command before them', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    const id = addStage(ctx, { title: 'Aw' });
    for (const title of ['Awa', 'Awar', 'Aware']) setStageText(ctx, id, 'title', title);
    undo.undo();
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['Aw']);
    undo.undo();
    expect(docToBoard(ctx.doc).stages).toEqual([]);
  });

  it('types into a title an older client stored as a plain string', () => {
    const ctx = freshContext();
    const id = addStage(ctx);
    getRecord(ctx.doc, 'stages', id)!.set('title', 'Old');
    setStageText(ctx, id, 'title', 'Old one');
    expect(docToBoard(ctx.doc).stages[0]!.title).toBe('Old one');
  });

  it('moves a stage to a new position', () => {
    const ctx = freshContext();
    const a = addStage(ctx, { title: 'A' });
    addStage(ctx, { title: 'B' });
    addStage(ctx, { title: 'C' });
    moveStage(ctx, a, 2);
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['B', 'C', 'A']);
    moveStage(ctx, a, 0);
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['A', 'B', 'C']);
  });

  it('deletes a stage with its cards, and one undo brings both back', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    const stage = addStage(ctx, { title: 'Doomed' });
    const other = addStage(ctx, { title: 'Kept' });
    const lane = addLane(ctx);
    addCard(ctx, { stageId: stage, laneId: lane, title: 'goes' });
    addCard(ctx, { stageId: other, laneId: lane, title: 'stays' });
    deleteStage(ctx, stage);
    let board = docToBoard(ctx.doc);
    expect(board.stages.map((s) => s.title)).toEqual(['Kept']);
    expect(board.cards.map((c) => c.title)).toEqual(['stays']);
    undo.undo();
    board = docToBoard(ctx.doc);
    expect(board.stages.map((s) => s.title)).toEqual(['Doomed', 'Kept']);
    expect(board.cards.map((c) => c.title).sort()).toEqual(['goes', 'stays']);
  });

  it('removes the connectors of the cards it deletes', () => {
    const ctx = freshContext();
    const stage = addStage(ctx);
    const other = addStage(ctx);
    const lane = addLane(ctx);
    const gone = addCard(ctx, { stageId: stage, laneId: lane });
    const kept = addCard(ctx, { stageId: other, laneId: lane });
    addConnector(ctx, kept, gone);
    deleteStage(ctx, stage);
    const board = docToBoard(ctx.doc);
    expect(board.connectors).toEqual([]);
  });

  it('ignores commands on a stage that does not exist', () => {
    const ctx = freshContext();
    updateStage(ctx, 'missing', { title: 'x' });
    moveStage(ctx, 'missing', 0);
    expect(docToBoard(ctx.doc).stages).toEqual([]);
  });
});
