import { describe, expect, it } from 'vitest';
import { createBoardReader } from './boardReader.ts';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from './commands/cards.ts';
import { addComment } from './commands/feedback.ts';
import { addLane, setEmotionScore } from './commands/lanes.ts';
import { setBoardTitle } from './commands/meta.ts';
import { addStage, updateStage } from './commands/stages.ts';
import { castDot, startRound } from './commands/voting.ts';
import { docToBoard } from './read.ts';
import { freshContext, syncDocs } from './testing/sync.ts';
import { createUndoManager } from './undo.ts';

function mapBoard() {
  const ctx = freshContext();
  const s1 = addStage(ctx, { title: 'Awareness' });
  const s2 = addStage(ctx, { title: 'Purchase' });
  const lane = addLane(ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  const emotions = addLane(ctx, { kind: 'emotion', title: 'Feelings' });
  const c1 = addCard(ctx, { stageId: s1, laneId: lane, title: 'Ad' });
  const c2 = addCard(ctx, { stageId: s1, laneId: lane, title: 'Search' });
  return { ctx, s1, s2, lane, emotions, c1, c2 };
}

/** A reader with a subscriber, as the editor holds it; `changes` counts the callbacks. */
function watched(ctx: ReturnType<typeof freshContext>) {
  const reader = createBoardReader(ctx.doc);
  const seen = { changes: 0 };
  const stop = reader.subscribe(() => seen.changes++);
  return { reader, seen, stop };
}

describe('the board reader', () => {
  it('hands back the same board until the document changes, then re-reads only what changed', () => {
    const { ctx, s2, lane, c1, c2 } = mapBoard();
    const { reader, seen } = watched(ctx);
    const before = reader.read();
    expect(reader.read()).toBe(before);

    moveCard(ctx, c1, { stageId: s2, laneId: lane });
    const after = reader.read();
    expect(seen.changes).toBe(1);
    expect(after).not.toBe(before);
    expect(after.cards.find((c) => c.id === c1)!.stageId).toBe(s2);
    expect(after.cards.find((c) => c.id === c2)).toBe(before.cards.find((c) => c.id === c2));
    // No stage or lane changed: their lists are the very same arrays.
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
  });

  it('re-reads a record when text typed into it or a map nested in it changes', () => {
    const { ctx, s1, emotions, c2 } = mapBoard();
    const { reader } = watched(ctx);
    const before = reader.read();
    setCardText(ctx, c2, 'title', 'Search engine');
    setEmotionScore(ctx, emotions, s1, -2);
    const after = reader.read();
    expect(after.cards.find((c) => c.id === c2)!.title).toBe('Search engine');
    expect(after.lanes.find((l) => l.id === emotions)!.scores).toEqual({ [s1]: -2 });
    expect(after.stages).toBe(before.stages);
  });

  it('always reads what docToBoard reads: local edits, deletions, undo and a remote update', () => {
    const { ctx, s1, s2, lane, c1, c2 } = mapBoard();
    const { reader } = watched(ctx);
    const round = startRound(ctx, { laneIds: [lane], cardIds: [], budget: 3, onePerCard: false });
    const undo = createUndoManager(ctx);
    const check = () => expect(reader.read()).toEqual(docToBoard(ctx.doc));
    check();
    updateCard(ctx, c1, { channel: 'Email', tags: ['launch'] });
    check();
    updateStage(ctx, s1, { title: 'Discover' });
    castDot(ctx, round, c2, 'ada');
    addComment(ctx, c2, 'Ada', 'Too slow');
    check();
    deleteCards(ctx, [c1]);
    check();
    undo.undo();
    check();
    const other = freshContext('other');
    syncDocs(ctx.doc, other.doc);
    addCard(other, { stageId: s2, laneId: lane, title: 'From a laptop' });
    setBoardTitle(other, 'Shared map');
    syncDocs(ctx.doc, other.doc);
    check();
    expect(reader.read().meta.title).toBe('Shared map');
  });

  it('stays current with nobody subscribed, as React reads before it subscribes', () => {
    const { ctx, c1 } = mapBoard();
    const reader = createBoardReader(ctx.doc);
    const first = reader.read();
    expect(reader.read()).toBe(first);
    setCardText(ctx, c1, 'title', 'Billboard');
    const stop = reader.subscribe(() => {});
    expect(reader.read().cards.find((c) => c.id === c1)!.title).toBe('Billboard');
    stop();
    setCardText(ctx, c1, 'title', 'Radio');
    expect(reader.read().cards.find((c) => c.id === c1)!.title).toBe('Radio');
    expect(reader.read()).toEqual(docToBoard(ctx.doc));
  });
});
