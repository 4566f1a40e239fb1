import { useEffect, useState } from 'react';
import { ApiError, fetchBoardInfo, restoreBoard, type BoardInfo } from '../../collab/api.ts';
import { Message } from '../Message.tsx';
import { BoardSessionView } from './BoardSessionView.tsx';

type Loading =
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'missing' }
  | { state: 'trashed'; info: BoardInfo }
  | { state: 'error'; message: string };

/** Checks that the board exists and is not in the trash before connecting to it. */
export function BoardPage({ boardId }: { boardId: string }) {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    fetchBoardInfo(boardId).then(
      (info) => live && setLoading(info.deletedAt ? { state: 'trashed', info } : { state: 'ready' }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setLoading({ state: 'missing' });
        else setLoading({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [boardId]);

  switch (loading.state) {
    case 'loading':
      return <div className="board-loading" aria-busy="true" />;
    case 'missing':
      return <Message title="Board not found" text="No board has this address. Check the link you were given." />;
    case 'error':
      return <Message title="Could not open the board" text={loading.message} />;
    case 'trashed':
      return (
        <Message title="This board is in the trash" text={`“${loading.info.title}” was deleted. Restore it to keep working.`}>
          <button
            className="button button--primary"
            onClick={() => restoreBoard(boardId).then(() => setLoading({ state: 'ready' }), (e: Error) => setLoading({ state: 'error', message: e.message }))}
          >
            Restore board
          </button>
        </Message>
      );
    case 'ready':
      return <BoardSessionView boardId={boardId} />;
  }
}
