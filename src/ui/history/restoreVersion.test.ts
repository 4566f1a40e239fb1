import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardSession } from '../../collab/session.ts';
import { addCard, addLane, addStage, createUndoManager, deleteCards, docToBoard } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { restoreVersion } from './restoreVersion.ts';

/*
 * A restore from the page: made here, as one undo step, after asking the server to save the
 * board as it was; or, for a change too big to send as one message, asked of the server.
 */

function boardWithCards(count: number, body: string) {
  const ctx = freshContext();
  const stageId = addStage(ctx, { title: 'Visit' });
  const laneId = addLane(ctx, { kind: 'actions' });
  const cards = Array.from({ length: count }, (_, i) => addCard(ctx, { stageId, laneId, title: `Card ${i}`, body }));
  const version = docToBoard(ctx.doc);
  deleteCards(ctx, cards);
  const undo = createUndoManager(ctx);
  const session = { boardId: 'board1', link: { role: 'edit', token: 'tok' }, doc: ctx.doc, ctx, undo } as unknown as BoardSession;
  return { session, version, undo };
}

/** Stands in for the server, answering every request with `status`; says what was asked, in order. */
function answering(status = 201) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${path} ${typeof init?.body === 'string' ? init.body : ''}`.trim());
      const body = status < 300 ? {} : { error: 'Board could not be loaded', code: 'boardLoadFailed' };
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

describe('restoring a version from the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('saves the board as it was on the server, then restores here as one undo step', async () => {
    const { session, version, undo } = boardWithCards(3, 'short');
    const asked = answering();
    expect(await restoreVersion(session, 'v1', version)).toBe('undoable');
    expect(asked).toEqual(['POST /api/boards/board1/versions {"reason":"beforeRestore"}']);
    expect(docToBoard(session.doc).cards.map((c) => c.title)).toEqual(['Card 0', 'Card 1', 'Card 2']);
    undo.undo();
    expect(docToBoard(session.doc).cards).toEqual([]);
  });

  it('changes nothing here when the board as it was could not be saved first', async () => {
    const { session, version, undo } = boardWithCards(3, 'short');
    const asked = answering(500);
    await expect(restoreVersion(session, 'v1', version)).rejects.toThrow();
    expect(asked).toEqual(['POST /api/boards/board1/versions {"reason":"beforeRestore"}']);
    expect(docToBoard(session.doc).cards).toEqual([]);
    expect(undo.canUndo()).toBe(false);
  });

  it('asks the server to restore a change too big to send as one message, changing nothing here', async () => {
    // 600 cards of 1,000 characters each: over half a megabyte to make again.
    const { session, version } = boardWithCards(600, 'x'.repeat(1000));
    const asked = answering();
    expect(await restoreVersion(session, 'v1', version)).toBe('byServer');
    expect(asked).toEqual(['POST /api/boards/board1/versions/v1/restore']);
    expect(docToBoard(session.doc).cards).toEqual([]);
  });
});
