import { useEffect, useMemo, useState } from 'react';
import type { BoardSession } from '../../collab/session.ts';
import { loadVersionBoard, type VersionEntry } from '../../collab/versions.ts';
import { compareBoards, type ComparedBoards } from '../../model/compareBoards.ts';
import type { Board } from '../../model/index.ts';

/** Looking back: one version read-only, or what changed from a version to a later one or to now. */
export type Look = { mode: 'version'; from: VersionEntry } | { mode: 'compare'; from: VersionEntry; to: VersionEntry | null };

export type Looked =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | {
      state: 'ready';
      /** What the map and the canvas draw: the version, or the comparison's drawing. */
      board: Board;
      /** The version's own board, or the later version's; null when that is the board now. */
      own: Board | null;
      /** The earlier version's board, for a comparison. */
      since: Board | null;
      compared: ComparedBoards | null;
    };

/**
 * The versions a look needs, read from the server (once each a page: versions never change),
 * and, for a comparison with now, compared again as the live board changes.
 */
export function useLook(session: BoardSession, look: Look | null, live: Board | null): Looked | null {
  const fromId = look?.from.id ?? null;
  const toId = look?.mode === 'compare' ? (look.to?.id ?? null) : null;
  const [boards, setBoards] = useState<{ key: string; from: Board; to: Board | null } | { key: string; error: unknown } | null>(null);
  const key = `${fromId}>${toId}`;
  useEffect(() => {
    if (fromId === null) return;
    let current = true;
    const read = (id: string) => loadVersionBoard(session.boardId, session.link.token, id);
    Promise.all([read(fromId), toId === null ? null : read(toId)]).then(
      ([from, to]) => current && setBoards({ key, from, to }),
      (error: unknown) => current && setBoards({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [session, fromId, toId, key]);

  const loaded = boards?.key === key ? boards : null;
  const compareWith = look?.mode === 'compare' && loaded && 'from' in loaded ? (loaded.to ?? live) : null;
  const compared = useMemo(() => (compareWith && loaded && 'from' in loaded ? compareBoards(loaded.from, compareWith) : null), [loaded, compareWith]);

  if (!look) return null;
  if (!loaded) return { state: 'loading' };
  if ('error' in loaded) return { state: 'failed', error: loaded.error };
  if (look.mode === 'version') return { state: 'ready', board: loaded.from, own: loaded.from, since: null, compared: null };
  if (!compared) return { state: 'loading' };
  return { state: 'ready', board: compared.board, own: loaded.to, since: loaded.from, compared };
}
