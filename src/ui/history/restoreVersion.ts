import * as Y from 'yjs';
import type { BoardSession } from '../../collab/session.ts';
import { restoreOnServer, saveBeforeRestore } from '../../collab/versions.ts';
import { assertRestorable, restoreBoardState } from '../../doc/commands/restore.ts';
import { createEditContext } from '../../doc/index.ts';
import type { Board } from '../../model/index.ts';

/**
 * A restore this page sends as one change stays well under the server's default frame limit
 * (1 MiB, MAX_FRAME_BYTES); a bigger one is made by the server, which has no such limit.
 */
const RESTORE_IN_PAGE_BYTES = 512 * 1024;

/**
 * Makes a version the board's current state. From this page when it can, so the restore is one
 * step of this person's undo: the server first saves the board as it is kept (an automatic
 * version), then the map and the strategy canvas are reconciled with the version record by
 * record, in one transaction that everyone connected receives, and the server checks, as any
 * edit. A change too big to send as one is asked of the server instead (its restore route,
 * which saves the same version first); that one is undone by restoring the version it saved.
 * Throws Locked, saving nothing, when the version differs in what this person may not change.
 */
export async function restoreVersion(session: BoardSession, versionId: string, version: Board): Promise<'undoable' | 'byServer'> {
  assertRestorable(session.ctx, version);
  if (changeBytes(session, version) > RESTORE_IN_PAGE_BYTES) {
    await restoreOnServer(session.boardId, session.link.token, versionId);
    return 'byServer';
  }
  await saveBeforeRestore(session.boardId, session.link.token);
  restoreBoardState(session.ctx, version);
  return 'undoable';
}

/** How big the restore's change would be, made on a copy of the board. */
function changeBytes(session: BoardSession, version: Board): number {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(session.doc));
    const before = Y.encodeStateVector(copy);
    restoreBoardState(createEditContext(copy, 'measure', session.link.role, session.ctx.keyHash), version);
    return Y.encodeStateAsUpdate(copy, before).byteLength;
  } finally {
    copy.destroy();
  }
}
