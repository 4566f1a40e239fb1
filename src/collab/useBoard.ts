import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { docToBoard } from '../doc/index.ts';
import type { Board } from '../model/index.ts';

/**
 * The board as plain data, re-read after each transaction that changed the document.
 * useSyncExternalStore needs a stable snapshot between changes, hence the cache.
 */
export function useBoard(doc: Y.Doc): Board {
  const cache = useRef<{ doc: Y.Doc; board: Board } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = (tr: Y.Transaction) => {
        if (tr.changed.size === 0) return;
        cache.current = null;
        onChange();
      };
      doc.on('afterTransaction', handler);
      return () => doc.off('afterTransaction', handler);
    },
    [doc],
  );
  const read = useCallback(() => {
    if (cache.current?.doc !== doc) cache.current = { doc, board: docToBoard(doc) };
    return cache.current.board;
  }, [doc]);
  return useSyncExternalStore(subscribe, read);
}
