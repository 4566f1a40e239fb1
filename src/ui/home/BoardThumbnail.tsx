import { useEffect, useState } from 'react';
import { fetchBoardPreview } from '../../collab/api.ts';
import type { Board } from '../../model/index.ts';
import { TemplatePreview } from './TemplatePreview.tsx';

/** A board's map in miniature, drawn from its preview (`?any=1`: one is drawn for a small board too); a plain panel without one. */
export function BoardThumbnail({ boardId, token }: { boardId: string; token: string }) {
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    let live = true;
    void fetchBoardPreview(boardId, token, true).then((preview) => live && setBoard(preview));
    return () => {
      live = false;
    };
  }, [boardId, token]);
  if (!board) return <div className="board-card__thumb board-card__thumb--empty" aria-hidden="true" />;
  const view = board.stages.length === 0 && board.strategy.length > 0 ? 'strategy' : 'map';
  return (
    <div className="board-card__thumb">
      <TemplatePreview board={board} view={view} />
    </div>
  );
}
