import type * as Y from 'yjs';
import { META, createMeta, type BoardMeta } from '../model/index.ts';
import { metaMap } from './layout.ts';
import { fillRecord } from './records.ts';

/** Fills the meta of a new board. The server does this once, when the board is created. */
export function initBoardDoc(doc: Y.Doc, meta: Partial<BoardMeta> = {}): void {
  const full = createMeta(meta);
  doc.transact(() => fillRecord(metaMap(doc), META, full));
}
