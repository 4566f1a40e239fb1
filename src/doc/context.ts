import type * as Y from 'yjs';
import { allows, type Role } from '../model/roles.ts';

/**
 * Who is editing which document, and what their link lets them change. Every write to a board
 * goes through `transact` or `typeText` below, so read-only is a property of the context: a
 * command a role may not run throws NotAllowed before it touches the document (the server
 * would refuse the change anyway; the page must not show it as made).
 *
 * Commands run as one transaction under `origin`, so the undo manager (which tracks only this
 * origin) undoes one's own changes and never another person's. Typing runs under
 * `typingOrigin`, so a burst of keystrokes becomes one undo step. The room's state (the timer, a
 * presentation's page, a voting round) changes under `roomOrigin`, which no undo manager tracks:
 * Ctrl+Z after moving a card must not restart the countdown or turn the presentation back.
 */
export interface EditContext {
  doc: Y.Doc;
  origin: object;
  typingOrigin: object;
  roomOrigin: object;
  role: Role;
  /** The hash of this browser's key (src/collab/facilitatorKey.ts): whether it leads the workshop. */
  keyHash: string | null;
}

export function createEditContext(doc: Y.Doc, label = 'local', role: Role = 'owner', keyHash: string | null = null): EditContext {
  return { doc, origin: { label }, typingOrigin: { label: `${label}:typing` }, roomOrigin: { label: `${label}:room` }, role, keyHash };
}

export class NotAllowed extends Error {
  override name = 'NotAllowed';
}

/** Whether the context's role may run what needs `needed`. */
export function may(ctx: EditContext, needed: Role): boolean {
  return allows(ctx.role, needed);
}

function check(ctx: EditContext, needed: Role): void {
  if (!may(ctx, needed)) throw new NotAllowed(`A ${ctx.role} link cannot make this change`);
}

/** Runs `change` as one transaction, which is one undo step. Most changes need the edit role. */
export function transact<T>(ctx: EditContext, change: () => T, needed: Role = 'edit'): T {
  check(ctx, needed);
  let result!: T;
  ctx.doc.transact(() => {
    result = change();
  }, ctx.origin);
  return result;
}

/** Runs a change to the room's state as one transaction that is no undo step (see `roomOrigin`). */
export function transactRoom<T>(ctx: EditContext, change: () => T, needed: Role = 'edit'): T {
  return transact({ ...ctx, origin: ctx.roomOrigin }, change, needed);
}

/** Runs a keystroke's change to a text under the typing origin. */
export function typeText(ctx: EditContext, change: () => void, needed: Role = 'edit'): void {
  check(ctx, needed);
  ctx.doc.transact(change, ctx.typingOrigin);
}
