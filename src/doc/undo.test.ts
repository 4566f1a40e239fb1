import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, setCardText } from './commands/cards.ts';
import { addLane } from './commands/lanes.ts';
import { addStage, updateStage } from './commands/stages.ts';
import { createEditContext } from './context.ts';
import { docToBoard } from './read.ts';
import { freshContext, syncDocs } from './testing/sync.ts';
import { createUndoManager } from './undo.ts';

describe('undo manager', () => {
  it('undoes one command per step, even when commands follow each other at once', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    addStage(ctx, { title: 'A' });
    addStage(ctx, { title: 'B' });
    addLane(ctx);
    undo.undo();
    expect(docToBoard(ctx.doc).lanes).toHaveLength(0);
    expect(docToBoard(ctx.doc).stages).toHaveLength(2);
    undo.undo();
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['A']);
    undo.redo();
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['A', 'B']);
  });

  it("never undoes another person's edit", () => {
    const mine = freshContext('me');
    const theirs = createEditContext(new Y.Doc(), 'them');
    const undo = createUndoManager(mine);
    const stage = addStage(mine, { title: 'Mine' });
    syncDocs(mine.doc, theirs.doc);
    updateStage(theirs, stage, { window: 'Week 0-2' });
    addStage(theirs, { title: 'Theirs' });
    syncDocs(mine.doc, theirs.doc);
    undo.undo();
    expect(docToBoard(mine.doc).stages.map((s) => s.title)).toEqual(['Theirs']);
    expect(undo.canUndo()).toBe(false);
  });

  it('merges a burst of typing into one step, kept apart from the command before it', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    const s = addStage(ctx);
    const l = addLane(ctx);
    const card = addCard(ctx, { stageId: s, laneId: l });
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) setCardText(ctx, card, 'title', text);
    expect(docToBoard(ctx.doc).cards[0]!.title).toBe('Hello');
    undo.undo();
    expect(docToBoard(ctx.doc).cards).toHaveLength(1);
    expect(docToBoard(ctx.doc).cards[0]!.title).toBe('');
    undo.undo();
    expect(docToBoard(ctx.doc).cards).toHaveLength(0);
  });
});
