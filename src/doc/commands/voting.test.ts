import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countRound, roundOnScreen, voterTally } from '../../model/index.ts';
import { createEditContext, NotAllowed, type EditContext } from '../context.ts';
import { fillRecord } from '../records.ts';
import { recordsMap } from '../layout.ts';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { createUndoManager } from '../undo.ts';
import { VOTE } from '../../model/index.ts';
import { addCard, deleteCards } from './cards.ts';
import { addLane } from './lanes.ts';
import { addStage } from './stages.ts';
import { castDot, endRound, removeDot, revealRound, startRound } from './voting.ts';

/** A board with an "ideas" lane of three cards and a "pains" lane of one. */
function board(ctx: EditContext = freshContext()) {
  const stage = addStage(ctx, { title: 'Research' });
  const ideas = addLane(ctx, { title: 'Ideas' });
  const pains = addLane(ctx, { title: 'Pains' });
  const cards = ['One', 'Two', 'Three'].map((title) => addCard(ctx, { stageId: stage, laneId: ideas, title }));
  const pain = addCard(ctx, { stageId: stage, laneId: pains, title: 'Slow' });
  return { ctx, stage, ideas, pains, cards, pain };
}

describe('dot voting commands', () => {
  it('opens a round on screen, places dots within the budget, reveals and ends it', () => {
    const { ctx, ideas, cards, pain } = board();
    const roundId = startRound(ctx, { title: 'Fix first?', laneIds: [ideas], cardIds: [], budget: 2, onePerCard: false }, 1000);
    let shown = docToBoard(ctx.doc);
    expect(roundOnScreen(shown)).toMatchObject({ id: roundId, title: 'Fix first?', budget: 2, revealed: false, openedAt: 1000 });
    expect(castDot(ctx, roundId, pain, 'ann')).toBeNull(); // not in the round
    expect(castDot(ctx, roundId, cards[0]!, 'ann')).not.toBeNull();
    expect(castDot(ctx, roundId, cards[0]!, 'ann')).not.toBeNull();
    expect(castDot(ctx, roundId, cards[1]!, 'ann')).toBeNull(); // none left
    expect(castDot(ctx, roundId, cards[1]!, 'bob')).not.toBeNull();
    expect(removeDot(ctx, roundId, cards[0]!, 'ann')).toBe(true);
    shown = docToBoard(ctx.doc);
    expect(voterTally(shown, roundOnScreen(shown)!, 'ann')).toMatchObject({ used: 1, left: 1 });
    revealRound(ctx, roundId);
    expect(castDot(ctx, roundId, cards[2]!, 'ann')).toBeNull();
    expect(removeDot(ctx, roundId, cards[0]!, 'ann')).toBe(false);
    shown = docToBoard(ctx.doc);
    expect(Object.fromEntries(countRound(shown, roundOnScreen(shown)!).byCard)).toEqual({ [cards[0]!]: 1, [cards[1]!]: 1 });
    endRound(ctx);
    shown = docToBoard(ctx.doc);
    expect(shown.session.roundId).toBeNull();
    expect(shown.rounds).toHaveLength(1);
    expect(shown.votes).toHaveLength(2);
  });

  it('allows one dot a card when the round says so', () => {
    const { ctx, ideas, cards } = board();
    const roundId = startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: true });
    expect(castDot(ctx, roundId, cards[0]!, 'ann')).not.toBeNull();
    expect(castDot(ctx, roundId, cards[0]!, 'ann')).toBeNull();
    expect(castDot(ctx, roundId, cards[1]!, 'ann')).not.toBeNull();
  });

  it('keeps a budget within 1 to 1,000 dots', () => {
    const { ctx, ideas } = board();
    startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 0, onePerCard: false });
    expect(roundOnScreen(docToBoard(ctx.doc))!.budget).toBe(1);
    startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 5000, onePerCard: false });
    expect(roundOnScreen(docToBoard(ctx.doc))!.budget).toBe(1000);
  });

  it('is no step of anyone’s undo', () => {
    const { ctx, ideas, cards } = board();
    const undo = createUndoManager(ctx);
    undo.clear();
    const roundId = startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false });
    castDot(ctx, roundId, cards[0]!, 'ann');
    revealRound(ctx, roundId);
    expect(undo.undoStack).toHaveLength(0);
  });

  it('lets a comment link place dots but not run a round, and a view link neither', () => {
    const { ctx, ideas, cards } = board();
    const roundId = startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false });
    const comment = createEditContext(ctx.doc, 'pat', 'comment');
    expect(castDot(comment, roundId, cards[0]!, 'pat')).not.toBeNull();
    expect(() => startRound(comment, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false })).toThrow(NotAllowed);
    expect(() => revealRound(comment, roundId)).toThrow(NotAllowed);
    expect(() => castDot(createEditContext(ctx.doc, 'vi', 'view'), roundId, cards[0]!, 'vi')).toThrow(NotAllowed);
  });

  it('leaves the dots of a deleted card in place, counting for nothing until an undo brings it back', () => {
    const { ctx, ideas, cards } = board();
    const undo = createUndoManager(ctx);
    const roundId = startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false });
    castDot(ctx, roundId, cards[0]!, 'ann');
    deleteCards(ctx, [cards[0]!]);
    let shown = docToBoard(ctx.doc);
    expect(shown.votes).toHaveLength(1);
    expect(countRound(shown, roundOnScreen(shown)!).dots).toBe(0);
    undo.undo();
    shown = docToBoard(ctx.doc);
    expect(countRound(shown, roundOnScreen(shown)!).dots).toBe(1);
  });

  it('counts the same three of five dots in two copies that got the dots in different orders', () => {
    const { ctx, ideas, cards } = board();
    const roundId = startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false });
    const start = Y.encodeStateAsUpdate(ctx.doc);
    // A client over its budget: five dots, each its own update, written past castDot.
    const cheat = new Y.Doc();
    Y.applyUpdate(cheat, start);
    const updates: Uint8Array[] = [];
    cheat.on('update', (update: Uint8Array) => updates.push(update));
    ['q', 'c', 'x', 'a', 'm'].forEach((id, i) => {
      cheat.transact(() => {
        const dot = new Y.Map<unknown>();
        fillRecord(dot, VOTE, { targetId: cards[i % 3]!, voter: 'eve', roundId });
        recordsMap(cheat, 'votes').set(id, dot);
      });
    });
    const copies = [updates, [...updates].reverse(), [updates[2]!, updates[0]!, updates[4]!, updates[1]!, updates[3]!]].map((order) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, start);
      for (const update of order) Y.applyUpdate(copy, update);
      const shown = docToBoard(copy);
      return Object.fromEntries(countRound(shown, roundOnScreen(shown)!).byCard);
    });
    // Ids in order: a (cards[0]), c (cards[1]), m (cards[1]); q and x are over the budget.
    expect(copies[0]).toEqual({ [cards[0]!]: 1, [cards[1]!]: 2 });
    expect(copies[1]).toEqual(copies[0]);
    expect(copies[2]).toEqual(copies[0]);
  });
});
