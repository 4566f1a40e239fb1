import type { EditContext } from '../doc/index.ts';
import { leadsWorkshop } from '../model/facilitator.ts';
import { useWorkshop } from './useWorkshop.ts';

/**
 * Whether this person leads the workshop: its facilitator, or the board's owner. As the server
 * has it (server/updates/facilitation.ts, locks.ts): only they change the workshop and what is
 * locked, so only they are offered to. Read again whenever the workshop changes.
 */
export function useLeadsWorkshop(ctx: EditContext): boolean {
  const workshop = useWorkshop(ctx.doc);
  return leadsWorkshop(ctx.role, workshop.facilitatorKeyHash, ctx.keyHash);
}
