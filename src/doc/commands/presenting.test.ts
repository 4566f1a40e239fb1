import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditContext, NotAllowed } from '../context.ts';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { addStage } from './stages.ts';
import { presentSection, presentStage, startPresenting, stopPresenting } from './presenting.ts';

const fran = { id: 'fran-1', name: 'Fran' };

describe('presenting commands', () => {
  it('share what is presented, by whom and where, and clear it all when it stops', () => {
    const ctx = freshContext();
    startPresenting(ctx, 'map', fran, { stageId: 's1' });
    expect(docToBoard(ctx.doc).session).toMatchObject({ presenting: 'map', presenterId: 'fran-1', presenterName: 'Fran', spotlightStageId: 's1' });
    presentStage(ctx, 's2');
    expect(docToBoard(ctx.doc).session.spotlightStageId).toBe('s2');
    stopPresenting(ctx);
    expect(docToBoard(ctx.doc).session).toMatchObject({ presenting: 'off', spotlightStageId: null, presentedSectionId: null });

    startPresenting(ctx, 'strategy', { id: 'gus', name: 'Gus' }, { sectionId: 'who' });
    presentSection(ctx, 'channels');
    expect(docToBoard(ctx.doc).session).toMatchObject({ presenting: 'strategy', presenterName: 'Gus', presentedSectionId: 'channels' });
  });

  it('are no step of the presenter’s undo, which still undoes their edits', () => {
    const ctx = freshContext();
    const undo = createUndoManager(ctx);
    addStage(ctx, { title: 'Quotation' });
    startPresenting(ctx, 'map', fran, { stageId: 's1' });
    presentStage(ctx, 's2');
    stopPresenting(ctx);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(docToBoard(ctx.doc).stages).toEqual([]);
    expect(docToBoard(ctx.doc).session.presenting).toBe('off');
  });

  it('are refused to a link that may not edit, before anything is written', () => {
    const ctx = createEditContext(new Y.Doc(), 'viewer', 'comment');
    expect(() => startPresenting(ctx, 'map', fran)).toThrow(NotAllowed);
    expect(docToBoard(ctx.doc).session.presenting).toBe('off');
  });
});
