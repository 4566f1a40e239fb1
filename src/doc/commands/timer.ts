import {
  SESSION,
  addMinutePatch,
  pausePatch,
  resumePatch,
  startPatch,
  stopPatch,
  type WorkshopSession,
  type TimerPatch,
} from '../../model/index.ts';
import { NotAllowed, may, transactRoom, type EditContext } from '../context.ts';
import { sessionMap } from '../layout.ts';
import { readRecordFields } from '../records.ts';

/*
 * The shared workshop timer's controls. Every time passed in is the server's clock
 * (src/collab/serverClock.ts), so the end is the same instant on every screen.
 *
 * A timer change is one transaction but no undo step: Ctrl+Z after moving a card must not
 * restart or cancel the room's countdown, so the changes are the room's (transactRoom).
 */

function readTimerFields(ctx: EditContext): WorkshopSession {
  return readRecordFields(SESSION, sessionMap(ctx.doc))!;
}

/** Writes a control's patch, if it applies; says whether anything changed. */
function apply(ctx: EditContext, patch: (session: WorkshopSession) => TimerPatch | null): boolean {
  if (!may(ctx, 'edit')) throw new NotAllowed(`A ${ctx.role} link cannot control the timer`);
  let changed = false;
  transactRoom(ctx, () => {
    const fields = patch(readTimerFields(ctx));
    if (!fields) return;
    const map = sessionMap(ctx.doc);
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    changed = true;
  });
  return changed;
}

/** Starts a countdown of `lengthMs` (1 s to 3 h; anything else changes nothing). */
export function startTimer(ctx: EditContext, lengthMs: number, serverNow: number): boolean {
  return apply(ctx, () => startPatch(lengthMs, serverNow));
}

export function addTimerMinute(ctx: EditContext, serverNow: number): boolean {
  return apply(ctx, (fields) => addMinutePatch(fields, serverNow));
}

export function pauseTimer(ctx: EditContext, serverNow: number): boolean {
  return apply(ctx, (fields) => pausePatch(fields, serverNow));
}

export function resumeTimer(ctx: EditContext, serverNow: number): boolean {
  return apply(ctx, (fields) => resumePatch(fields, serverNow));
}

export function stopTimer(ctx: EditContext): boolean {
  return apply(ctx, () => stopPatch());
}

/** Lets anyone who may edit control the timer, or only the facilitator and the owner. */
export function setTimerOpenToAll(ctx: EditContext, open: boolean): boolean {
  return apply(ctx, (session) => (session.timerOpenToAll === open ? null : { timerOpenToAll: open }));
}
