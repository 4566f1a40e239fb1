import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/doc/commands/cards.ts';
import { setFacilitator } from '../../src/doc/commands/facilitation.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { addStage } from '../../src/doc/commands/stages.ts';
import { castDot, endRound, removeDot, revealRound, startRound } from '../../src/doc/commands/voting.ts';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { initBoardDoc } from '../../src/doc/init.ts';
import { getRecord, recordsMap } from '../../src/doc/layout.ts';
import { fillRecord } from '../../src/doc/records.ts';
import { facilitatorKeyHash } from '../../src/model/facilitator.ts';
import { VOTE } from '../../src/model/index.ts';
import { voterIdOf } from '../../src/model/voter.ts';
import type { Role } from '../capabilities.ts';
import { judged, sentBy } from './testing.ts';

const FRAN_KEY = 'f'.repeat(43);
const PAT_KEY = 'p'.repeat(43);
const FRAN = { keyHash: facilitatorKeyHash(FRAN_KEY), voterId: voterIdOf(FRAN_KEY) };
const PAT = { keyHash: facilitatorKeyHash(PAT_KEY), voterId: voterIdOf(PAT_KEY) };
const NOBODY = { keyHash: null, voterId: null };

/** A board Fran facilitates, with an "ideas" lane of two cards, a "pains" lane of one, and a round open on the ideas. */
function board() {
  const server = new Y.Doc();
  initBoardDoc(server, { title: 'Workshop' });
  const owner = createEditContext(server, 'owner');
  setFacilitator(owner, { keyHash: FRAN.keyHash, id: 'fran', name: 'Fran' });
  const stage = addStage(owner, { title: 'Research' });
  const ideas = addLane(owner, { title: 'Ideas' });
  const pains = addLane(owner, { title: 'Pains' });
  const idea = addCard(owner, { stageId: stage, laneId: ideas, title: 'Idea' });
  const other = addCard(owner, { stageId: stage, laneId: ideas, title: 'Other' });
  const pain = addCard(owner, { stageId: stage, laneId: pains, title: 'Pain' });
  const round = startRound(owner, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false });
  return { server, owner, ideas, idea, other, pain, round };
}

/** A dot written straight into the document, whatever castDot would say. */
function rawDot(ctx: EditContext, id: string, fields: { targetId: string; voter: string; roundId: string }): void {
  ctx.doc.transact(() => {
    const dot = new Y.Map<unknown>();
    fillRecord(dot, VOTE, fields);
    recordsMap(ctx.doc, 'votes').set(id, dot);
  });
}

describe('who may place and take back dots', () => {
  it('lets a person place dots only as themselves, on a card of the open round', () => {
    const { server, round, idea, pain } = board();
    expect(judge(server, sent(server, (ctx) => castDot(ctx, round, idea, FRAN.voterId)), 'edit', PAT)).toBe('dotNotYours');
    expect(judge(server, sent(server, (ctx) => castDot(ctx, round, idea, PAT.voterId)), 'edit', NOBODY)).toBe('dotNotYours');
    expect(judge(server, sent(server, (ctx) => rawDot(ctx, 'd1', { targetId: pain, voter: PAT.voterId, roundId: round })), 'edit', PAT)).toBe('dotOutOfRound');
    expect(judge(server, sent(server, (ctx) => rawDot(ctx, 'd1', { targetId: idea, voter: PAT.voterId, roundId: 'another' })), 'edit', PAT)).toBe('dotRoundClosed');
    expect(judge(server, sent(server, (ctx) => castDot(ctx, round, idea, PAT.voterId)), 'edit', PAT)).toBe('allowed');
  });

  it('lets a comment link place and take back its own dots, and a view link nothing', () => {
    const { server, round, idea } = board();
    expect(judge(server, sent(server, (ctx) => castDot(ctx, round, idea, PAT.voterId), 'comment'), 'comment', PAT)).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => removeDot(ctx, round, idea, PAT.voterId), 'comment'), 'comment', PAT)).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => castDot(ctx, round, idea, PAT.voterId), 'comment'), 'view', PAT)).toBe('viewCannotChange');
  });

  it('takes dots only while their round is open, and only from their own voter', () => {
    const { server, owner, round, idea } = board();
    judge(server, sent(server, (ctx) => castDot(ctx, round, idea, PAT.voterId)), 'edit', PAT);
    expect(judge(server, sent(server, (ctx) => removeDot(ctx, round, idea, PAT.voterId)), 'edit', FRAN)).toBe('dotNotYours');
    revealRound(owner, round);
    const takeBack = sent(server, (ctx) => recordsMap(ctx.doc, 'votes').forEach((_, id) => recordsMap(ctx.doc, 'votes').delete(id)));
    expect(judge(server, takeBack, 'edit', PAT)).toBe('dotRoundClosed');
    expect(judge(server, sent(server, (ctx) => rawDot(ctx, 'late', { targetId: idea, voter: PAT.voterId, roundId: round })), 'edit', PAT)).toBe('dotRoundClosed');
    // The owner may clear dots away.
    expect(judge(server, takeBack, 'owner', NOBODY)).toBe('allowed');
  });

  it('never lets a dot change: not its card, not its voter, not one set over it', () => {
    const { server, round, idea, other } = board();
    judge(server, sent(server, (ctx) => rawDot(ctx, 'd1', { targetId: idea, voter: PAT.voterId, roundId: round })), 'edit', PAT);
    expect(judge(server, sent(server, (ctx) => getRecord(ctx.doc, 'votes', 'd1')!.set('targetId', other)), 'edit', PAT)).toBe('dotUnchanged');
    expect(judge(server, sent(server, (ctx) => getRecord(ctx.doc, 'votes', 'd1')!.delete('roundId')), 'edit', PAT)).toBe('dotUnchanged');
    expect(judge(server, sent(server, (ctx) => rawDot(ctx, 'd1', { targetId: other, voter: PAT.voterId, roundId: round })), 'edit', PAT)).toBe('dotUnchanged');
    expect(judge(server, sent(server, (ctx) => getRecord(ctx.doc, 'votes', 'd1')!.set('voter', FRAN.voterId)), 'owner', NOBODY)).toBe('dotUnchanged');
  });

  it('takes five dots from a client over its budget: the count, not the server, ignores the extra ones', () => {
    const { server, round, idea, other } = board();
    const five = sent(server, (ctx) => [idea, other, idea, other, idea].forEach((targetId, i) => rawDot(ctx, `d${i}`, { targetId, voter: PAT.voterId, roundId: round })));
    expect(judge(server, five, 'edit', PAT)).toBe('allowed');
  });

  it('accepts a dot placed and taken back while offline, which never was', () => {
    const { server, round, idea } = board();
    const both = sent(server, (ctx) => {
      castDot(ctx, round, idea, PAT.voterId);
      removeDot(ctx, round, idea, PAT.voterId);
    });
    expect(judge(server, both, 'edit', PAT)).toBe('allowed');
  });
});

describe('who may run a round', () => {
  it('leaves starting, revealing and ending rounds to the facilitator and the owner', () => {
    const { server, round, ideas } = board();
    const start = (ctx: EditContext) => startRound(ctx, { laneIds: [ideas], cardIds: [], budget: 3, onePerCard: false });
    expect(judge(server, sent(server, start), 'edit', PAT)).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => revealRound(ctx, round)), 'edit', PAT)).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => endRound(ctx)), 'edit', PAT)).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => recordsMap(ctx.doc, 'rounds').delete(round)), 'edit', PAT)).toBe('facilitatorOnly');
    expect(judge(server, sent(server, start), 'comment', PAT)).toBe('commentOnlyComments');
    expect(judge(server, sent(server, (ctx) => revealRound(ctx, round)), 'edit', FRAN)).toBe('allowed');
    expect(judge(server, sent(server, start), 'owner', NOBODY)).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => endRound(ctx)), 'edit', FRAN)).toBe('allowed');
  });
});

function sent(server: Y.Doc, change: (ctx: EditContext) => void, role: Role = 'edit'): Uint8Array {
  return sentBy(server, change, role);
}

/** 'allowed', or the refusal's code; an allowed update is applied, as the room would. */
function judge(server: Y.Doc, update: Uint8Array, role: Role, who: { keyHash: string | null; voterId: string | null }): string {
  return judged(server, update, role, { ...who, isOnBoard: () => true });
}
