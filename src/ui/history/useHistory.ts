import { useCallback, useState } from 'react';
import type { BoardSession } from '../../collab/session.ts';
import type { Board } from '../../model/index.ts';
import { useLookDoc, type LookDoc } from './lookDoc.ts';
import { useLook, type Look, type Looked } from './useLook.ts';
import { useVersions, type VersionList } from './useVersions.ts';

export interface History {
  versions: VersionList;
  reloadVersions(): void;
  look: Look | null;
  setLook(look: Look | null): void;
  looked: Looked | null;
  /** What the board's body draws while the past is looked at, once it is read; else null. */
  shown: (LookDoc & { board: Board }) | null;
}

/**
 * The board's history as the board page holds it: the versions (read while the panel is open or
 * one is looked at), the look, and the read-only board it shows.
 */
export function useHistory(session: BoardSession, live: Board | null, panelOpen: boolean): History {
  const [look, setLookState] = useState<Look | null>(null);
  const [versions, reloadVersions] = useVersions(session.boardId, session.link.token, panelOpen || look !== null);
  const looked = useLook(session, look, live);
  const ready = looked?.state === 'ready' ? looked : null;
  const lookDoc = useLookDoc(ready?.own ?? null, session.doc, ready !== null);
  const setLook = useCallback((next: Look | null) => setLookState(next), []);
  return {
    versions,
    reloadVersions,
    look,
    setLook,
    looked,
    shown: ready && lookDoc ? { ...lookDoc, board: ready.board } : null,
  };
}
