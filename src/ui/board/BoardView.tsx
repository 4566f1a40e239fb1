import { useEffect } from 'react';
import { JourneyGrid } from '../../canvas/JourneyGrid.tsx';
import type { Identity } from '../../collab/identity.ts';
import type { BoardSession } from '../../collab/session.ts';
import { useBoard } from '../../collab/useBoard.ts';
import { rememberBoard, updateKnownTitle } from '../home/knownBoards.ts';
import { BoardHeader } from './BoardHeader.tsx';
import { useUndoShortcuts } from './useUndoShortcuts.ts';
import '../styles/board.css';

interface Props {
  session: BoardSession;
  identity: Identity;
  onRename(): void;
}

export function BoardView({ session, identity, onRename }: Props) {
  const board = useBoard(session.doc);
  const title = board.meta.title;

  useEffect(() => rememberBoard(session.boardId, title), [session.boardId]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    updateKnownTitle(session.boardId, title);
    document.title = `${title} · Journeyboard`;
  }, [session.boardId, title]);
  useUndoShortcuts(session.undo);

  return (
    <div className="board">
      <BoardHeader session={session} title={title} identity={identity} onRename={onRename} />
      <main className="board__body">
        <JourneyGrid board={board} ctx={session.ctx} />
      </main>
    </div>
  );
}
