import { describe, expect, it } from 'vitest';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { endFacilitation, setFacilitator, summonTo } from './facilitation.ts';
import { setLocked } from './locks.ts';
import { addStage, updateStage } from './stages.ts';

const fran = { keyHash: 'a'.repeat(64), id: 'fran-1', name: 'Fran' };

describe('the workshop’s own changes', () => {
  it('are no undo steps: Ctrl+Z after an edit takes back the edit, never a summons, a lock or who leads', () => {
    const ctx = freshContext();
    const stageId = addStage(ctx, { title: 'Quotation' });
    const undo = createUndoManager(ctx);
    updateStage(ctx, stageId, { title: 'Quote' });
    setFacilitator(ctx, fran);
    summonTo(ctx, { x: 10, y: 20, width: 800, height: 450 }, 'Fran', 1_000);
    setLocked(ctx, [stageId], true);

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    const board = docToBoard(ctx.doc);
    expect(board.stages[0]!.title).toBe('Quotation');
    expect(board.session).toMatchObject({ facilitatorKeyHash: fran.keyHash, summonedAt: 1_000, summonX: 10 });
    expect(board.locks.map((lock) => lock.id)).toEqual([stageId]);

    endFacilitation(ctx);
    expect(undo.undoStack).toHaveLength(0);
    expect(docToBoard(ctx.doc).session.facilitatorKeyHash).toBe('');
    undo.destroy();
  });
});
