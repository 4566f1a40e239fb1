import { useEffect, useState } from 'react';
import type { Identity } from './identity.ts';
import type { BoardLink } from './links.ts';
import { openBoardSession, type BoardSession } from './session.ts';

/**
 * Opens a board's live session for as long as the component is mounted. The session holds a
 * socket, so it is created in an effect (never during render, where StrictMode's double render
 * would open two sockets) and closed by the effect's cleanup.
 */
export function useBoardSession(boardId: string, identity: Identity, link: BoardLink): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const opened = openBoardSession(boardId, identity, link);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session is an external resource
    setSession(opened);
    return () => opened.destroy();
  }, [boardId, link.token]); // eslint-disable-line react-hooks/exhaustive-deps -- a new name updates presence, not the socket
  return session;
}
