import { useEffect, useRef } from 'react';
import { CardEditor } from '../../canvas/editor/CardEditor.tsx';
import { closeCardEditor, openCardEditor, useCardEditorHash } from '../../canvas/editor/cardHash.ts';
import { JourneyCanvas } from '../../canvas/JourneyCanvas.tsx';
import type { MapExporter } from '../../canvas/useMapExport.ts';
import type { Identity } from '../../collab/identity.ts';
import type { BoardSession } from '../../collab/session.ts';
import { useBoard } from '../../collab/useBoard.ts';
import { StrategyView } from '../../strategy/StrategyView.tsx';
import { rememberBoard, updateKnownTitle } from '../home/knownBoards.ts';
import { useBoardViewName } from '../router.ts';
import { BoardHeader } from './BoardHeader.tsx';
import { Notice, useNotice } from './Notice.tsx';
import { captureView, type BoardPictures } from './boardPictures.ts';
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
  const [notice, notify] = useNotice();
  const editingCardId = useCardEditorHash();
  const view = useBoardViewName();
  const body = useRef<HTMLElement>(null);
  const mapExporter = useRef<MapExporter>(null);
  const pictures: BoardPictures = {
    view: () => captureView(body.current),
    wholeMap: view === 'map' ? () => mapExporter.current!.wholeMap() : undefined,
  };

  return (
    <div className="board">
      <BoardHeader session={session} title={title} identity={identity} view={view} pictures={pictures} onRename={onRename} />
      <main className="board__body" ref={body}>
        {view === 'strategy' ? (
          <StrategyView board={board} ctx={session.ctx} undo={session.undo} />
        ) : (
          <JourneyCanvas board={board} ctx={session.ctx} undo={session.undo} awareness={session.provider.awareness} onOpenCard={openCardEditor} onNotice={notify} exporter={mapExporter} />
        )}
        <Notice message={notice} />
        <CardEditor ctx={session.ctx} board={board} cardId={editingCardId} onClose={closeCardEditor} />
      </main>
    </div>
  );
}
