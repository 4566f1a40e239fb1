import { useCallback, useEffect, useRef, useState } from 'react';
import { listVersions, type VersionEntry } from '../../collab/versions.ts';

export type VersionList = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; versions: VersionEntry[] };

/** While the list is on screen, versions others save (a workshop ended elsewhere) show within this. */
const READ_AGAIN_MS = 20_000;

/**
 * A board's versions while `wanted` (the panel is open, the export dialog asks): read when it
 * becomes wanted, every 20 s while it is, and on `reload` (after a save or a restore, or to
 * try again).
 */
export function useVersions(boardId: string, token: string, wanted: boolean): [VersionList, () => void] {
  const [list, setList] = useState<VersionList>({ state: 'loading' });
  const asked = useRef(0);
  const reload = useCallback(() => {
    const mine = ++asked.current;
    listVersions(boardId, token).then(
      (versions) => mine === asked.current && setList({ state: 'ready', versions }),
      // A list already read stays through a failed rereading; only a first failure is shown.
      (error: unknown) => mine === asked.current && setList((list) => (list.state === 'ready' ? list : { state: 'failed', error })),
    );
  }, [boardId, token]);
  useEffect(() => {
    if (!wanted) return;
    reload();
    const again = setInterval(reload, READ_AGAIN_MS);
    return () => clearInterval(again);
  }, [wanted, reload]);
  return [list, reload];
}
