import { useEffect } from 'react';
import { rememberBoard, updateKnownTitle } from '../home/knownBoards.ts';

/**
 * Once the board shows, the home page lists it, under its title as it changes, and the tab is
 * named after it; on the canvas and on the phone's screen alike.
 */
export function useKnownBoard(boardId: string, title: string, shown: boolean): void {
  useEffect(() => {
    if (shown) rememberBoard(boardId, title);
  }, [boardId, shown]); // eslint-disable-line react-hooks/exhaustive-deps -- remembered once; the title follows below
  useEffect(() => {
    if (!shown) return;
    updateKnownTitle(boardId, title);
    document.title = `${title} · Journeyboard`;
  }, [boardId, title, shown]);
}
