import { useCallback, useEffect, useRef, useState } from 'react';
import { listVersions, type VersionEntry } from '../../collab/versions.ts';

export type VersionList = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; versions: VersionEntry[] };

/**
 * A board's versions while `wanted` (the panel is open, the export dialog asks): read when it
 * becomes wanted, and again on `reload` (after a save or a restore, or to try again).
 */
export function useVersions(boardId: string, token: string, wanted: boolean): [VersionList, () => void] {
  const [list, setList] = useState<VersionList>({ state: 'loading' });
  const asked = useRef(0);
  const reload = useCallback(() => {
    const mine = ++asked.current;
    listVersions(boardId, token).then(
      (versions) => mine === asked.current && setList({ state: 'ready', versions }),
      (error: unknown) => mine === asked.current && setList({ state: 'failed', error }),
    );
  }, [boardId, token]);
  useEffect(() => {
    if (wanted) reload();
  }, [wanted, reload]);
  return [list, reload];
}
