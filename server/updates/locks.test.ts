import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, moveCard, setCardText } from '../../src/doc/commands/cards.ts';
import { setFacilitator } from '../../src/doc/commands/facilitation.ts';
import { addComment } from '../../src/doc/commands/feedback.ts';
import { addLane, deleteLane, setEmotionScore, setLaneTitle } from '../../src/doc/commands/lanes.ts';
import { setLocked } from '../../src/doc/commands/locks.ts';
import { addStage, deleteStage, moveStage, setStageText } from '../../src/doc/commands/stages.ts';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { initBoardDoc } from '../../src/doc/init.ts';
import { recordsMap } from '../../src/doc/layout.ts';
import { docToBoard } from '../../src/doc/read.ts';
import { facilitatorKeyHash } from '../../src/model/facilitator.ts';
import type { Role } from '../capabilities.ts';
import { judged, sentBy } from './testing.ts';

const FRAN = facilitatorKeyHash('f'.repeat(43));
const PAT = facilitatorKeyHash('p'.repeat(43));

/** A board whose first stage, first lane and first card Fran, its facilitator, locked. */
function board() {
  const server = new Y.Doc();
  initBoardDoc(server, { title: 'Workshop' });
  const owner = createEditContext(server, 'owner');
  setFacilitator(owner, { keyHash: FRAN, id: 'fran', name: 'Fran' });
  const stage = addStage(owner, { title: 'Research' });
  const free = addStage(owner, { title: 'Buy' });
  const lane = addLane(owner, { title: 'Touchpoints' });
  const freeLane = addLane(owner, { title: 'Pains' });
  const card = addCard(owner, { stageId: free, laneId: freeLane, title: 'Locked card' });
  const freeCard = addCard(owner, { stageId: free, laneId: freeLane, title: 'Free card' });
  setLocked(owner, [stage, lane, card], true);
  return { server, stage, free, lane, freeLane, card, freeCard };
}

describe('locked structure', () => {
  it('cannot be renamed, moved or deleted by a participant', () => {
    const b = board();
    const changes: Record<string, (ctx: EditContext) => void> = {
      'renaming the stage': (ctx) => setStageText(ctx, b.stage, 'title', 'Renamed'),
      'moving the stage': (ctx) => moveStage(ctx, b.stage, 1),
      'deleting the stage': (ctx) => deleteStage(ctx, b.stage),
      'renaming the lane': (ctx) => setLaneTitle(ctx, b.lane, 'Renamed'),
      'deleting the lane': (ctx) => deleteLane(ctx, b.lane),
      'retitling the card': (ctx) => setCardText(ctx, b.card, 'title', 'Changed'),
      'moving the card to another cell': (ctx) => moveCard(ctx, b.card, { stageId: b.stage, laneId: b.lane, index: 0 }),
      'deleting the card': (ctx) => deleteCards(ctx, [b.card]),
      'putting another record in the card’s place': (ctx) => recordsMap(ctx.doc, 'cards').set(b.card, new Y.Map()),
      'unlocking the stage': (ctx) => setLocked(ctx, [b.stage], false),
      'locking another card': (ctx) => setLocked(ctx, [b.freeCard], true),
      'emptying a lock of its target': (ctx) => (recordsMap(ctx.doc, 'locks').get(b.stage) as Y.Map<unknown>).delete('targetId'),
    };
    for (const [label, change] of Object.entries(changes)) {
      expect([label, judge(b.server, sent(b.server, change), 'edit', PAT)]).toEqual([label, 'lockedStructure']);
    }
  });

  it('leaves the rest of the board, and comments on what is locked, to everyone who may edit', () => {
    const b = board();
    expect(judge(b.server, sent(b.server, (ctx) => setCardText(ctx, b.freeCard, 'title', 'Changed')), 'edit', PAT)).toBe('allowed');
    expect(judge(b.server, sent(b.server, (ctx) => addCard(ctx, { stageId: b.stage, laneId: b.lane, title: 'New in a locked cell' })), 'edit', PAT)).toBe('allowed');
    expect(judge(b.server, sent(b.server, (ctx) => deleteStage(ctx, b.free)), 'edit', PAT)).toBe('lockedStructure'); // it holds the locked card
    expect(judge(b.server, sent(b.server, (ctx) => addComment(ctx, b.card, 'Pat', 'Why is this locked?')), 'comment', null)).toBe('allowed');
    // An emotion lane's scores are what people say of each stage: locking the lane keeps them open.
    const emotion = addLane(createEditContext(b.server, 'owner'), { kind: 'emotion' });
    setLocked(createEditContext(b.server, 'owner'), [emotion], true);
    expect(judge(b.server, sent(b.server, (ctx) => setEmotionScore(ctx, emotion, b.stage, 2)), 'edit', PAT)).toBe('allowed');
    expect(judge(b.server, sent(b.server, (ctx) => setLaneTitle(ctx, emotion, 'Feelings')), 'edit', PAT)).toBe('lockedStructure');
  });

  it('is the facilitator’s and the owner’s to change, lock and unlock', () => {
    const b = board();
    expect(judge(b.server, sent(b.server, (ctx) => setStageText(ctx, b.stage, 'title', 'Renamed')), 'edit', FRAN)).toBe('allowed');
    expect(judge(b.server, sent(b.server, (ctx) => setLocked(ctx, [b.stage], false)), 'edit', FRAN)).toBe('allowed');
    expect(judge(b.server, sent(b.server, (ctx) => deleteStage(ctx, b.stage)), 'owner', null)).toBe('allowed');
  });

  it('goes with the record when the facilitator deletes it', () => {
    const b = board();
    const fran = createEditContext(b.server, 'fran');
    deleteStage(fran, b.stage);
    deleteCards(fran, [b.card]);
    expect(docToBoard(b.server).locks.map((lock) => lock.targetId)).toEqual([b.lane]);
  });
});

/** The change as a page that runs every command writes it (an owner's): the server judges it by the sender's role. */
function sent(server: Y.Doc, change: (ctx: EditContext) => void): Uint8Array {
  return sentBy(server, change, 'owner');
}

/** 'allowed', or the refusal's code; the room's document is left as it was, to judge the next change against. */
function judge(server: Y.Doc, update: Uint8Array, role: Role, keyHash: string | null): string {
  return judged(server, update, role, { keyHash, isOnBoard: (hash) => hash === FRAN }, false);
}
