import * as Y from 'yjs';
import { may, type EditContext } from './context.ts';
import { undoableRoots } from './layout.ts';
import { stepTouchesLocked } from './locked.ts';

/**
 * Undo and redo of one's own changes only: the manager tracks this person's origins, so a remote
 * edit (whose origin is the provider) is never undone by me.
 *
 * One command is one undo step: a command's transaction never merges with its neighbours. Typing
 * (the typing origin) merges keystrokes that come within `typingMergeMs` into one step.
 *
 * A link that may not edit records no steps: undoing a comment or a vote would delete a record,
 * which the server refuses from a comment link. A step that would change what the facilitator
 * locked since is dropped instead of undone, for the server would refuse it too; listeners
 * given to `whenLockedStepDropped` hear of it.
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
  keepClearOfLocks(ctx, manager);
  const destroy = manager.destroy.bind(manager);
  manager.destroy = () => {
    ctx.doc.off('beforeTransaction', separate);
    ctx.doc.off('afterTransaction', separate);
    destroy();
  };
  return manager;
}

const droppedListeners = new WeakMap<Y.UndoManager, Set<() => void>>();

/** Calls `listener` whenever undo or redo drops a step that would change a locked record. */
export function whenLockedStepDropped(manager: Y.UndoManager, listener: () => void): () => void {
  const listeners = droppedListeners.get(manager) ?? new Set();
  droppedListeners.set(manager, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function keepClearOfLocks(ctx: EditContext, manager: Y.UndoManager): void {
  for (const [type, stack] of [['undo', 'undoStack'], ['redo', 'redoStack']] as const) {
    const run = manager[type].bind(manager);
    manager[type] = () => {
      const step = manager[stack].at(-1);
      if (step === undefined || !stepTouchesLocked(ctx, step)) return run();
      manager[stack].pop();
      manager.emit('stack-item-popped', [{ stackItem: step, type, changedParentTypes: new Map(), origin: manager }, manager]);
      for (const listener of droppedListeners.get(manager) ?? []) listener();
      return null;
    };
  }
}
