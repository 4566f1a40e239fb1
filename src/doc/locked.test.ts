import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { facilitatorKeyHash } from '../model/facilitator.ts';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from './commands/cards.ts';
import { setFacilitator } from './commands/facilitation.ts';
import { addLane, deleteLane, setEmotionScore, setLaneTitle } from './commands/lanes.ts';
import { setLocked } from './commands/locks.ts';
import { addStage, deleteStage, moveStage, setStageText } from './commands/stages.ts';
import { createEditContext, type EditContext } from './context.ts';
import { initBoardDoc } from './init.ts';
import { docToBoard } from './read.ts';
import { Locked, lockedAmong } from './locked.ts';
import { createUndoManager, whenLockedStepDropped } from './undo.ts';

const FRAN = facilitatorKeyHash('f'.repeat(43));
const PAT = facilitatorKeyHash('p'.repeat(43));

/** A board Fran facilitates, and Pat's copy of it: Pat may edit but does not lead. */
function workshop() {
  const doc = new Y.Doc();
  initBoardDoc(doc, { title: 'Workshop' });
  const owner = createEditContext(doc, 'owner');
  setFacilitator(owner, { keyHash: FRAN, id: 'fran', name: 'Fran' });
  const stage = addStage(owner, { title: 'Research' });
  const lane = addLane(owner, { title: 'Touchpoints' });
  const emotions = addLane(owner, { kind: 'emotion', title: 'Feelings' });
  const card = addCard(owner, { stageId: stage, laneId: lane, title: 'Locked card' });
  const free = addCard(owner, { stageId: stage, laneId: lane, title: 'Free card' });
  const pat = createEditContext(doc, 'pat', 'edit', PAT);
  const fran = createEditContext(doc, 'fran', 'edit', FRAN);
  return { doc, owner, pat, fran, stage, lane, emotions, card, free };
}

describe('locked records, as the page keeps to them', () => {
  it('refuse a participant every change to them, before the document is touched', () => {
    const w = workshop();
    setLocked(w.owner, [w.card], true);
    const attempts: [string, (ctx: EditContext) => void][] = [
      ['typing its title', (ctx) => setCardText(ctx, w.card, 'title', 'Renamed')],
      ['changing its colour', (ctx) => updateCard(ctx, w.card, { color: 'red' })],
      ['moving it', (ctx) => moveCard(ctx, w.card, { stageId: w.stage, laneId: w.lane, index: 1 })],
      ['deleting it with a free card', (ctx) => deleteCards(ctx, [w.free, w.card])],
      ['deleting the stage it is in', (ctx) => deleteStage(ctx, w.stage)],
      ['deleting the lane it is in', (ctx) => deleteLane(ctx, w.lane)],
    ];
    for (const [what, attempt] of attempts) {
      const before = Y.encodeStateVector(w.doc);
      expect(() => attempt(w.pat), what).toThrow(Locked);
      expect(Y.encodeStateVector(w.doc), what).toEqual(before);
    }
    expect(docToBoard(w.doc).cards.map((c) => c.title)).toEqual(['Locked card', 'Free card']);
  });

  it('hold a locked stage and lane but leave an emotion lane’s scores open', () => {
    const w = workshop();
    setLocked(w.owner, [w.stage, w.lane, w.emotions], true);
    expect(() => setStageText(w.pat, w.stage, 'title', 'Renamed')).toThrow(Locked);
    expect(() => moveStage(w.pat, w.stage, 1)).toThrow(Locked);
    expect(() => setLaneTitle(w.pat, w.lane, 'Renamed')).toThrow(Locked);
    setEmotionScore(w.pat, w.emotions, w.stage, 2);
    expect(docToBoard(w.doc).lanes.find((l) => l.id === w.emotions)!.scores[w.stage]).toBe(2);
  });

  it('do not hold the facilitator or the owner', () => {
    const w = workshop();
    setLocked(w.owner, [w.card], true);
    expect(lockedAmong(w.pat, [w.card, w.free])).toEqual([w.card]);
    expect(lockedAmong(w.fran, [w.card])).toEqual([]);
    setCardText(w.fran, w.card, 'title', 'By Fran');
    updateCard(w.owner, w.card, { color: 'red' });
    expect(docToBoard(w.doc).cards[0]).toMatchObject({ title: 'By Fran', color: 'red' });
  });

  it('drop an undo step that would change what was locked since, and say so', () => {
    const w = workshop();
    const undo = createUndoManager(w.pat);
    let dropped = 0;
    whenLockedStepDropped(undo, () => dropped++);
    updateCard(w.pat, w.free, { color: 'green' });
    setCardText(w.pat, w.card, 'title', 'Pat’s title');
    setLocked(w.owner, [w.card], true);

    const before = Y.encodeStateVector(w.doc);
    undo.undo();
    expect(dropped).toBe(1);
    expect(Y.encodeStateVector(w.doc)).toEqual(before);
    expect(docToBoard(w.doc).cards[0]!.title).toBe('Pat’s title');
    // The step before it, on a card that is not locked, still undoes.
    undo.undo();
    expect(docToBoard(w.doc).cards[1]!.color).not.toBe('green');
    expect(undo.canUndo()).toBe(false);
    expect(dropped).toBe(1);
  });

  it('drop a redo step the same way', () => {
    const w = workshop();
    const undo = createUndoManager(w.pat);
    let dropped = 0;
    whenLockedStepDropped(undo, () => dropped++);
    updateCard(w.pat, w.card, { color: 'green' });
    undo.undo();
    setLocked(w.owner, [w.card], true);
    undo.redo();
    expect(dropped).toBe(1);
    expect(docToBoard(w.doc).cards[0]!.color).not.toBe('green');
    expect(undo.canRedo()).toBe(false);
  });
});
