import type * as Y from 'yjs';
import { KEY_HASH, LIMITS, clip } from '../../model/index.ts';
import { transactRoom, type EditContext } from '../context.ts';
import { sessionMap } from '../layout.ts';

/** A person who can facilitate: the hash of their browser's key, and who they are to others. */
export interface Facilitator {
  keyHash: string;
  id: string;
  name: string;
}

/**
 * Makes `who` the workshop's facilitator: starting a session, taking it over from a facilitator
 * who left, or handing it to someone else. The server decides whether this socket may
 * (server/updates/facilitation.ts); the page offers it only where it would. Who leads, like
 * every change here, is the room's state: no undo step takes it back.
 */
export function setFacilitator(ctx: EditContext, who: Facilitator): void {
  if (!KEY_HASH.test(who.keyHash)) throw new Error('not a facilitator key hash');
  transactRoom(ctx, () => {
    const session = sessionMap(ctx.doc);
    // A presentation is its facilitator's: a new facilitator starts without one.
    if (session.get('facilitatorKeyHash') !== who.keyHash) stopPresenting(session);
    session.set('facilitatorKeyHash', who.keyHash);
    session.set('facilitatorId', clip(who.id, LIMITS.id));
    session.set('facilitatorName', clip(who.name, LIMITS.name));
  });
}

/** Ends the workshop: no facilitator, nothing presented, no timer running. */
export function endFacilitation(ctx: EditContext): void {
  transactRoom(ctx, () => {
    const session = sessionMap(ctx.doc);
    for (const key of ['facilitatorKeyHash', 'facilitatorId', 'facilitatorName']) session.set(key, '');
    stopPresenting(session);
    session.set('timerEndsAt', null);
    session.set('timerPausedMs', null);
    session.set('timerOpenToAll', false);
  });
}

/** Brings everyone on the board to the part of the map `view` shows (flow coordinates). */
export function summonTo(ctx: EditContext, view: { x: number; y: number; width: number; height: number }, by: string, now = Date.now()): void {
  if (![view.x, view.y, view.width, view.height].every(Number.isFinite) || view.width <= 0 || view.height <= 0) return;
  transactRoom(ctx, () => {
    const session = sessionMap(ctx.doc);
    session.set('summonX', view.x);
    session.set('summonY', view.y);
    session.set('summonWidth', view.width);
    session.set('summonHeight', view.height);
    session.set('summonedBy', clip(by, LIMITS.name));
    // Set last, and always new: each summons is one, even to the same place.
    session.set('summonedAt', Math.max(now, Number(session.get('summonedAt') ?? 0) + 1));
  });
}

function stopPresenting(session: Y.Map<unknown>): void {
  session.set('presenting', 'off');
  session.set('presenterId', '');
  session.set('presenterName', '');
  session.set('spotlightStageId', null);
}
