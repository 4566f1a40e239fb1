import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { boardReaderFor } from '../doc/index.ts';
import type { Board } from '../model/index.ts';

/** The board as plain data, re-read (only where it changed) after each transaction that changed the document. */
export function useBoard(doc: Y.Doc): Board {
  const reader = boardReaderFor(doc);
  return useSyncExternalStore(reader.subscribe, reader.read);
}
