import { useEffect, useState } from 'react';
import { fetchLinks, type BoardTokens } from '../../collab/api.ts';
import type { BoardLink } from '../../collab/links.ts';

export type LinksState = { state: 'loading' } | { state: 'ready'; tokens: BoardTokens } | { state: 'error'; error: unknown };

/** The links this page's link can hand out (its own and those below it), asked for while `wanted`. */
export function useBoardLinks(boardId: string, link: BoardLink, wanted: boolean): [LinksState, (tokens: BoardTokens) => void] {
  const [links, setLinks] = useState<LinksState>({ state: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // Asked anew each time: a link may have been replaced since.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the answer of an outside request
    setLinks({ state: 'loading' });
    fetchLinks(boardId, link.token).then(
      (tokens) => live && setLinks({ state: 'ready', tokens }),
      (error: unknown) => live && setLinks({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [boardId, link.token, wanted]);
  return [links, (tokens) => setLinks({ state: 'ready', tokens })];
}
