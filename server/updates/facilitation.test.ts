import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { endFacilitation, setFacilitator } from '../../src/doc/commands/facilitation.ts';
import { setSpotlight } from '../../src/doc/commands/session.ts';
import { setTimerOpenToAll, startTimer } from '../../src/doc/commands/timer.ts';
import { addStage } from '../../src/doc/commands/stages.ts';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { initBoardDoc } from '../../src/doc/init.ts';
import { sessionMap } from '../../src/doc/layout.ts';
import { facilitatorKeyHash } from '../../src/model/facilitator.ts';
import type { Role } from '../capabilities.ts';
import { judged, sentBy } from './testing.ts';

const FRAN = facilitatorKeyHash('f'.repeat(43));
const PAT = facilitatorKeyHash('p'.repeat(43));

function board() {
  const server = new Y.Doc();
  initBoardDoc(server, { title: 'Workshop' });
  const stage = addStage(createEditContext(server, 'owner'), { title: 'Research' });
  return { server, stage };
}

const asFran = { keyHash: FRAN, id: 'fran', name: 'Fran' };
const asPat = { keyHash: PAT, id: 'pat', name: 'Pat' };

describe('who may change the workshop', () => {
  it('lets anyone who may edit start a workshop as themselves, and no one as someone else', () => {
    const { server } = board();
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asPat)), 'edit', FRAN)).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', null)).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN)).toBe('allowed');
    expect(sessionMap(server).get('facilitatorName')).toBe('Fran');
  });

  it('gives the workshop to its facilitator: others who may edit cannot present or run the timer', () => {
    const { server, stage } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    expect(judge(server, sent(server, (ctx) => setSpotlight(ctx, stage)), 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => startTimer(ctx, 60_000, Date.now())), 'edit', null, [FRAN])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asPat)), 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => endFacilitation(ctx)), 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setSpotlight(ctx, stage)), 'edit', FRAN, [FRAN])).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => startTimer(ctx, 60_000, Date.now())), 'edit', FRAN, [FRAN])).toBe('allowed');
  });

  it('lets the owner change the workshop whoever facilitates it', () => {
    const { server, stage } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    expect(judge(server, sent(server, (ctx) => setSpotlight(ctx, stage)), 'owner', null, [FRAN])).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asPat)), 'owner', null, [FRAN])).toBe('allowed');
  });

  it('lets the facilitator hand the workshop over, after which they are a participant', () => {
    const { server, stage } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asPat)), 'edit', FRAN, [FRAN, PAT])).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => setSpotlight(ctx, stage)), 'edit', FRAN, [FRAN, PAT])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setSpotlight(ctx, stage)), 'edit', PAT, [FRAN, PAT])).toBe('allowed');
  });

  it('lets someone take over once the facilitator has left the board, and only as themselves', () => {
    const { server } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asPat)), 'edit', PAT, [FRAN, PAT])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', PAT, [PAT])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setFacilitator(ctx, asPat)), 'edit', PAT, [PAT])).toBe('allowed');
  });

  it('opens the timer, and only the timer, to everyone who may edit while the facilitator says so', () => {
    const { server, stage } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    // An update cannot open the timer for itself.
    const openAndStart = sent(server, (ctx) => {
      setTimerOpenToAll(ctx, true);
      startTimer(ctx, 60_000, Date.now());
    });
    expect(judge(server, openAndStart, 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
    judge(server, sent(server, (ctx) => setTimerOpenToAll(ctx, true)), 'edit', FRAN, [FRAN]);
    expect(judge(server, sent(server, (ctx) => startTimer(ctx, 60_000, Date.now())), 'edit', PAT, [FRAN])).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => setTimerOpenToAll(ctx, false)), 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
    expect(judge(server, sent(server, (ctx) => setSpotlight(ctx, stage)), 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
  });

  it('counts deleting a workshop field as changing it', () => {
    const { server } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    judge(server, sent(server, (ctx) => startTimer(ctx, 60_000, Date.now())), 'edit', FRAN, [FRAN]);
    expect(judge(server, sent(server, (ctx) => sessionMap(ctx.doc).delete('timerEndsAt')), 'edit', PAT, [FRAN])).toBe('facilitatorOnly');
  });

  it('leaves the rest of the board to everyone who may edit it', () => {
    const { server } = board();
    judge(server, sent(server, (ctx) => setFacilitator(ctx, asFran)), 'edit', FRAN);
    expect(judge(server, sent(server, (ctx) => addStage(ctx, { title: 'Buy' })), 'edit', null, [FRAN])).toBe('allowed');
  });
});

/** The change as a page that runs every command writes it (an owner's): the server judges it by the sender's role. */
function sent(server: Y.Doc, change: (ctx: EditContext) => void): Uint8Array {
  return sentBy(server, change, 'owner');
}

/** 'allowed', or the refusal's code; the update is applied when allowed, as the room would. */
function judge(server: Y.Doc, update: Uint8Array, role: Role, keyHash: string | null, onBoard: string[] = []): string {
  return judged(server, update, role, { keyHash, isOnBoard: (hash) => onBoard.includes(hash) });
}
