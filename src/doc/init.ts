import type * as Y from 'yjs';
import { createMeta, type BoardMeta } from '../model/index.ts';
import { metaMap } from './layout.ts';

/** Fills the meta of a new board. The server does this once, when the board is created. */
export function initBoardDoc(doc: Y.Doc, meta: Partial<BoardMeta> = {}): void {
  const full = createMeta(meta);
  doc.transact(() => {
    const map = metaMap(doc);
    for (const [key, value] of Object.entries(full)) map.set(key, value);
  });
}
