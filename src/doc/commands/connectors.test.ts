import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createEditContext, NotAllowed } from '../context.ts';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { addCard } from './cards.ts';
import { addConnector } from './connectors.ts';
import { addLane } from './lanes.ts';
import { addNote, deleteNotes } from './notes.ts';
import { addStage } from './stages.ts';

function board() {
  const ctx = freshContext();
  const stageId = addStage(ctx);
  const laneId = addLane(ctx);
  const card = addCard(ctx, { stageId, laneId, title: 'Collect feedback' });
  const note = addNote(ctx, { x: 200, y: -160, text: 'Close the loop' });
  return { ctx, card, note };
}

describe('addConnector between cards and notes', () => {
  it('joins a card to a sticky note, in one undo step, and refuses the same pair either way round', () => {
    const { ctx, card, note } = board();
    const undo = createUndoManager(ctx);
    const id = addConnector(ctx, note, card, 'feeds');
    expect(docToBoard(ctx.doc).connectors).toEqual([{ id, from: note, to: card, label: 'feeds' }]);
    expect(addConnector(ctx, card, note)).toBeNull();
    expect(addConnector(ctx, note, note)).toBeNull();
    undo.undo();
    expect(docToBoard(ctx.doc).connectors).toEqual([]);
  });

  it('goes with the note it ends at', () => {
    const { ctx, card, note } = board();
    addConnector(ctx, card, note);
    deleteNotes(ctx, [note]);
    expect(docToBoard(ctx.doc).connectors).toEqual([]);
  });

  it('is refused to a link that may only view or comment, before it touches the document', () => {
    const { ctx, card, note } = board();
    for (const role of ['view', 'comment'] as const) {
      const reader = createEditContext(ctx.doc, role, role);
      const before = Y.encodeStateVector(ctx.doc);
      expect(() => addConnector(reader, card, note)).toThrow(NotAllowed);
      expect(Y.encodeStateVector(ctx.doc)).toEqual(before);
    }
  });
});
