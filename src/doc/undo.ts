import * as Y from 'yjs';
import { may, type EditContext } from './context.ts';
import { undoableRoots } from './layout.ts';

/**
 * Undo and redo of one's own changes only: the manager tracks this person's origins, so a remote
 * edit (whose origin is the provider) is never undone by me.
 *
 * One command is one undo step: a command's transaction never merges with its neighbours. Typing
 * (the typing origin) merges keystrokes that come within `typingMergeMs` into one step.
 *
 * A link that may not edit records no steps: undoing a comment or a vote would delete a record,
 * which the server refuses from a comment link.
 */
export function createUndoManager(ctx: EditContext, typingMergeMs = 600): Y.UndoManager {
  const manager = new Y.UndoManager(undoableRoots(ctx.doc), {
    trackedOrigins: new Set(may(ctx, 'edit') ? [ctx.origin, ctx.typingOrigin] : []),
    captureTimeout: typingMergeMs,
  });
  const separate = (tr: Y.Transaction) => {
    if (tr.origin === ctx.origin) manager.stopCapturing();
  };
  ctx.doc.on('beforeTransaction', separate);
  ctx.doc.on('afterTransaction', separate);
  const destroy = manager.destroy.bind(manager);
  manager.destroy = () => {
    ctx.doc.off('beforeTransaction', separate);
    ctx.doc.off('afterTransaction', separate);
    destroy();
  };
  return manager;
}
