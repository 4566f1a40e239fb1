import type { EditContext } from '../doc/index.ts';
import { ownFacilitatorKey } from './facilitatorKey.ts';
import { useWorkshop } from './useWorkshop.ts';

/**
 * Whether this person leads the workshop: its facilitator, or the board's owner. As the server
 * has it (server/updates/facilitation.ts, locks.ts): only they change the workshop and what is
 * locked, so only they are offered to.
 */
export function useLeadsWorkshop(ctx: EditContext): boolean {
  const workshop = useWorkshop(ctx.doc);
  if (ctx.role === 'owner') return true;
  return ctx.role === 'edit' && workshop.facilitatorKeyHash !== '' && workshop.facilitatorKeyHash === ownFacilitatorKey().hash;
}
