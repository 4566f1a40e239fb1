import type * as Y from 'yjs';

/**
 * Who is editing which document. Commands run as one transaction under `origin`, so the undo
 * manager (which tracks only this origin) undoes one's own changes and never another person's.
 * Typing runs under `typingOrigin`, so a burst of keystrokes becomes one undo step.
 */
export interface EditContext {
  doc: Y.Doc;
  origin: object;
  typingOrigin: object;
}

export function createEditContext(doc: Y.Doc, label = 'local'): EditContext {
  return { doc, origin: { label }, typingOrigin: { label: `${label}:typing` } };
}

/** Runs `change` as one transaction, which is one undo step. */
export function transact<T>(ctx: EditContext, change: () => T): T {
  let result!: T;
  ctx.doc.transact(() => {
    result = change();
  }, ctx.origin);
  return result;
}
