import * as Y from 'yjs';
import { transactRoom, type EditContext } from '../context.ts';
import { recordsMap } from '../layout.ts';

/**
 * Locks or unlocks stages, lanes and cards, as one change. Only the facilitator and the owner
 * may (the server refuses anyone else), so the page offers it to them alone. A lock is the
 * room's state, not an undo step: Ctrl+Z after moving a card must not unlock the structure.
 */
export function setLocked(ctx: EditContext, targetIds: readonly string[], locked: boolean): void {
  transactRoom(ctx, () => {
    const locks = recordsMap(ctx.doc, 'locks');
    for (const id of targetIds) {
      if (!locked) {
        if (locks.has(id)) locks.delete(id);
      } else if (!locks.has(id)) {
        const lock = new Y.Map<unknown>();
        lock.set('targetId', id);
        locks.set(id, lock);
      }
    }
  });
}
