import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffBoards, isUnchanged } from '../../model/boardDiff.ts';
import { createEditContext } from '../context.ts';
import { recordsMap } from '../layout.ts';
import { docToBoard } from '../read.ts';
import { freshContext, syncDocs } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from './cards.ts';
import { addComment } from './feedback.ts';
import { addLane, setEmotionScore } from './lanes.ts';
import { setLocked } from './locks.ts';
import { addNote } from './notes.ts';
import { addStage, deleteStage, setStageText } from './stages.ts';
import { addStrategyItem, setStrategyItemText } from './strategy.ts';
import { restoreBoardState } from './restore.ts';

/** A map saved as a version, then changed the way a later workshop would. */
function savedThenChanged() {
  const ctx = freshContext();
  const awareness = addStage(ctx, { title: 'Awareness' });
  const purchase = addStage(ctx, { title: 'Purchase' });
  const aftercare = addStage(ctx, { title: 'Aftercare' });
  const touchpoints = addLane(ctx, { kind: 'touchpoints' });
  const feelings = addLane(ctx, { kind: 'emotion' });
  setEmotionScore(ctx, feelings, awareness, 1);
  const ad = addCard(ctx, { stageId: awareness, laneId: touchpoints, title: 'Radio ad' });
  const quote = addCard(ctx, { stageId: awareness, laneId: touchpoints, title: 'Quote' });
  addNote(ctx, { x: 10, y: 10, text: 'Ask about delivery' });
  const goal = addStrategyItem(ctx, 'goalsPre', 'Win bargain seeking households')!;
  const saved = docToBoard(ctx.doc);

  deleteCards(ctx, [ad]);
  moveCard(ctx, quote, { stageId: purchase, laneId: touchpoints });
  setCardText(ctx, quote, 'title', 'Written quote');
  updateCard(ctx, quote, { channel: 'Email' });
  addCard(ctx, { stageId: purchase, laneId: touchpoints, title: 'Showroom visit' });
  setStageText(ctx, awareness, 'title', 'Awareness and research');
  deleteStage(ctx, aftercare);
  setEmotionScore(ctx, feelings, awareness, -2);
  setStrategyItemText(ctx, goal, 'Keep them');
  return { ctx, saved, ids: { awareness, purchase, touchpoints, feelings, ad, quote, goal } };
}

const restoredParts = (board: ReturnType<typeof docToBoard>) => ({ stages: board.stages, lanes: board.lanes, cards: board.cards, notes: board.notes, connectors: board.connectors, strategy: board.strategy });

describe('restoring a saved state of the board', () => {
  it('brings back the map and the strategy canvas as they were, ids and all', () => {
    const { ctx, saved, ids } = savedThenChanged();
    const keptQuote = recordsMap(ctx.doc, 'cards').get(ids.quote);
    expect(keptQuote).toBeDefined();
    restoreBoardState(ctx, saved);
    const now = docToBoard(ctx.doc);
    expect(restoredParts(now)).toEqual(restoredParts(saved));
    expect(isUnchanged(diffBoards(saved, now))).toBe(true);
    // A card both states hold is the same record, changed in place, not made anew.
    expect(recordsMap(ctx.doc, 'cards').get(ids.quote)).toBe(keptQuote);
  });

  it('is one step that its author can undo, back to the board as it was before', () => {
    const { ctx, saved } = savedThenChanged();
    const before = docToBoard(ctx.doc);
    const undo = createUndoManager(ctx);
    restoreBoardState(ctx, saved);
    undo.undo();
    expect(restoredParts(docToBoard(ctx.doc))).toEqual(restoredParts(before));
    undo.redo();
    expect(restoredParts(docToBoard(ctx.doc))).toEqual(restoredParts(saved));
  });

  it('keeps what someone else types at the same moment, and a card they add meanwhile', () => {
    const { ctx, saved, ids } = savedThenChanged();
    const other = new Y.Doc();
    syncDocs(ctx.doc, other);
    const bob = createEditContext(other, 'bob', 'edit');
    // Bob types into the goal (whose text the restore also changes) and adds a card, unseen by Ada.
    setStrategyItemText(bob, ids.goal, 'Keep them for life');
    const late = addCard(bob, { stageId: ids.awareness, laneId: ids.touchpoints, title: 'Added by Bob meanwhile' });
    restoreBoardState(ctx, saved);
    syncDocs(ctx.doc, other);
    const merged = docToBoard(other);
    expect(docToBoard(ctx.doc)).toEqual(merged);
    expect(merged.cards.map((card) => card.id)).toContain(late);
    // Both edits of the text survive the merge: Ada's restore and Bob's words.
    expect(merged.strategy.find((item) => item.id === ids.goal)!.text).toContain('for life');
    expect(merged.strategy.find((item) => item.id === ids.goal)!.text).toContain('Win bargain seeking households');
  });

  it('leaves the workshop as it is: comments, locks and the title', () => {
    const { ctx, saved, ids } = savedThenChanged();
    addComment(ctx, ids.awareness, 'Ada', 'Rename this?');
    setLocked(ctx, [ids.awareness], true);
    const before = docToBoard(ctx.doc);
    restoreBoardState(ctx, saved);
    const after = docToBoard(ctx.doc);
    expect(after.comments).toEqual(before.comments);
    expect(after.locks).toEqual(before.locks);
    expect(after.meta).toEqual(before.meta);
  });

  it('refuses, touching nothing, to change a stage the facilitator locked for a participant, and lets the owner', () => {
    const { ctx, saved, ids } = savedThenChanged();
    setLocked(ctx, [ids.awareness], true);
    const participant = createEditContext(ctx.doc, 'participant', 'edit');
    const before = docToBoard(ctx.doc);
    expect(() => restoreBoardState(participant, saved)).toThrow('Locked by the facilitator');
    expect(docToBoard(ctx.doc)).toEqual(before);
    restoreBoardState(ctx, saved);
    expect(restoredParts(docToBoard(ctx.doc))).toEqual(restoredParts(saved));
  });

  it('changes nothing when the board already is the saved state', () => {
    const ctx = freshContext();
    addStage(ctx, { title: 'Awareness' });
    const saved = docToBoard(ctx.doc);
    let updates = 0;
    ctx.doc.on('update', () => updates++);
    restoreBoardState(ctx, saved);
    expect(updates).toBe(0);
  });
});
