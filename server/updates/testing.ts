import * as Y from 'yjs';
import { createEditContext, type EditContext } from '../../src/doc/index.ts';
import type { Role } from '../capabilities.ts';
import { checkUpdate, decodeUpdate, RoleRefused, type SessionWriter } from './check.ts';

/* For the rules' tests: a person's change as the server receives it, and what the server says to it. */

/** What `change`, made on a copy of the room's document through a `role` link, sends to the server. */
export function sentBy(server: Y.Doc, change: (ctx: EditContext) => void, role: Role = 'edit'): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(copy);
  change(createEditContext(copy, 'person', role));
  return Y.encodeStateAsUpdate(copy, before);
}

/**
 * 'allowed', or the refusal's code. An allowed update is applied to the room's document, as the
 * room would, unless `apply` is false (to judge several changes against one state).
 */
export function judged(server: Y.Doc, update: Uint8Array, role: Role, writer: SessionWriter, apply = true): string {
  try {
    checkUpdate(server, decodeUpdate(update), role, writer);
  } catch (error) {
    if (error instanceof RoleRefused) return error.problem.code;
    throw error;
  }
  if (apply) Y.applyUpdate(server, update);
  return 'allowed';
}
