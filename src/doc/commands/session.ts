import { transactRoom, type EditContext } from '../context.ts';
import { sessionMap } from '../layout.ts';

/** Puts one stage in the spotlight for everyone in the workshop, or clears it with null. */
export function setSpotlight(ctx: EditContext, stageId: string | null): void {
  transactRoom(ctx, () => sessionMap(ctx.doc).set('spotlightStageId', stageId));
}
