import { transact, type EditContext } from '../context.ts';
import { sessionMap } from '../layout.ts';

/** Puts one stage in the spotlight for everyone in the workshop, or clears it with null. */
export function setSpotlight(ctx: EditContext, stageId: string | null): void {
  transact(ctx, () => sessionMap(ctx.doc).set('spotlightStageId', stageId));
}

/** Starts a shared countdown; the end time is absolute so late joiners see the same clock. */
export function startTimer(ctx: EditContext, durationMs: number, now = Date.now()): void {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return;
  transact(ctx, () => sessionMap(ctx.doc).set('timerEndsAt', now + durationMs));
}

export function stopTimer(ctx: EditContext): void {
  transact(ctx, () => sessionMap(ctx.doc).set('timerEndsAt', null));
}
