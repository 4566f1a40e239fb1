import { useCallback, useEffect, useState } from 'react';
import { ApiError, fetchBoardInfo, type BoardInfo } from '../../collab/api.ts';
import { forgetLink, heldLink, type BoardLink } from '../../collab/links.ts';
import { forgetBoard, loadKnownBoards, type KnownBoard } from './knownBoards.ts';

/** A board this browser holds a link for, with what the server says of it now. */
export interface HeldBoard {
  known: KnownBoard;
  link: BoardLink;
  /** Null until the server answers; 'refused' when the link opens nothing any more. */
  info: BoardInfo | 'refused' | null;
}

/**
 * The boards this browser holds links for, newest first, each asked of the server: its title,
 * whether it is in the trash, and the role the link gives. A board deleted for good is forgotten.
 */
export function useHeldBoards(): { boards: HeldBoard[]; reload(): void; replace(id: string, info: BoardInfo): void } {
  const [boards, setBoards] = useState<HeldBoard[]>(() => heldBoards());
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    for (const board of heldBoards()) {
      fetchBoardInfo(board.known.id, board.link.token).then(
        (info) => live && setBoards((all) => all.map((b) => (b.known.id === info.id ? { ...b, info } : b))),
        (error: unknown) => {
          if (!live || !(error instanceof ApiError)) return;
          if (error.status === 404) {
            forgetBoard(board.known.id);
            forgetLink(board.known.id);
            setBoards((all) => all.filter((b) => b.known.id !== board.known.id));
          } else if (error.status === 401 || error.status === 403) {
            setBoards((all) => all.map((b) => (b.known.id === board.known.id ? { ...b, info: 'refused' } : b)));
          }
        },
      );
    }
    return () => {
      live = false;
    };
  }, [round]);
  return {
    boards,
    reload: useCallback(() => {
      setBoards(heldBoards());
      setRound((r) => r + 1);
    }, []),
    replace: useCallback((id: string, info: BoardInfo) => setBoards((all) => all.map((b) => (b.known.id === id ? { ...b, info } : b))), []),
  };
}

function heldBoards(): HeldBoard[] {
  return loadKnownBoards().flatMap((known) => {
    const link = heldLink(known.id);
    return link ? [{ known, link, info: null }] : [];
  });
}
