import * as Y from 'yjs';
import { createEditContext, type EditContext } from '../context.ts';

/** A fresh document with an edit context, for tests. */
export function freshContext(label = 'test'): EditContext {
  return createEditContext(new Y.Doc(), label);
}

/** Brings two documents to the same state, as a sync round trip would. */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}
