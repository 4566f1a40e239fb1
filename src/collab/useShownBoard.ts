import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Board } from '../model/index.ts';
import { fetchBoardPreview } from './api.ts';
import type { BoardSession } from './session.ts';
import { useBoard } from './useBoard.ts';

export type ShownBoard = { board: Board; live: boolean } | { board: null; live: false };

/**
 * The board to show. The live document, once it holds anything (from the server, or from the
 * offline copy); until then the server's preview, which is shown read-only because the document
 * it would edit is still empty; and `null` while there is neither. On a board with a long
 * history, Yjs takes seconds to load the document, and the preview paints in a fraction of that.
 */
export function useShownBoard(session: BoardSession): ShownBoard {
  const liveBoard = useBoard(session.doc);
  const loaded = useDocumentLoaded(session);
  const [preview, setPreview] = useState<Board | null>(null);
  useEffect(() => {
    if (loaded) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- frees the preview (megabytes on a big board) once it is no longer shown
      setPreview(null);
      return;
    }
    let wanted = true;
    void fetchBoardPreview(session.boardId, session.link.token).then((board) => wanted && setPreview(board));
    return () => {
      wanted = false;
    };
  }, [session.boardId, session.link.token, loaded]);
  if (loaded) return { board: liveBoard, live: true };
  return preview ? { board: preview, live: false } : { board: null, live: false };
}

/** True once the document holds any update, or the server said it has nothing more to send. */
function useDocumentLoaded({ doc, provider }: BoardSession): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on('update', onChange);
      provider.on('sync', onChange);
      return () => {
        doc.off('update', onChange);
        provider.off('sync', onChange);
      };
    },
    [doc, provider],
  );
  return useSyncExternalStore(subscribe, () => doc.store.clients.size > 0 || provider.synced);
}
