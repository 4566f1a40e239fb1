import { errorMessage, type Log } from './log.ts';
import { saveVersion, type VersionsDeps } from './versionsApi.ts';

/*
 * While people edit a board, a version of it is saved at most once an hour (reason
 * `activity`), so the history holds how the map looked along the way even if nobody names a
 * version; and one each time a facilitator ends a workshop's session (`sessionEnded`), which is
 * what a team compares the next workshop with. The newest version's time is read from the
 * store, which every instance shares; an hour after it (or after the board was made, for a
 * board with none) the next stored edit saves one.
 */

export const ACTIVITY_VERSION_EVERY_MS = 60 * 60 * 1000;

export interface AutoVersions {
  /** A room stored an update of the board. */
  edited(boardId: string): void;
  /** A room stored the update that ended the board's workshop session. */
  sessionEnded(boardId: string): void;
}

export function createAutoVersions(deps: VersionsDeps, log: Log, { everyMs = ACTIVITY_VERSION_EVERY_MS, now = Date.now } = {}): AutoVersions {
  /** When each board may next get one: not before this, without asking the store. */
  const dueAt = new Map<string, number>();
  const busy = new Set<string>();

  async function consider(boardId: string): Promise<void> {
    busy.add(boardId);
    try {
      const [newest] = await deps.storage.listVersions(boardId);
      // A board's first hour is its making: a version of its first edits would hold next to nothing.
      const since = newest?.createdAt ?? (await deps.storage.getBoard(boardId))?.createdAt ?? now();
      const due = since + everyMs;
      if (now() >= due) {
        await saveVersion(deps, boardId, 'activity', null, now());
        dueAt.set(boardId, now() + everyMs);
      } else {
        dueAt.set(boardId, due);
      }
    } catch (error) {
      // A version missed is not an edit lost: the next edit after a minute tries again.
      dueAt.set(boardId, now() + 60_000);
      log(`board ${boardId}: could not save an automatic version (${errorMessage(error)})`);
    } finally {
      busy.delete(boardId);
    }
  }

  return {
    edited(boardId) {
      if (busy.has(boardId) || now() < (dueAt.get(boardId) ?? 0)) return;
      // Boards edited once and never again would stay here: forget those long past due.
      if (dueAt.size > 10_000) for (const [id, at] of dueAt) if (at < now() - everyMs) dueAt.delete(id);
      void consider(boardId);
    },
    sessionEnded(boardId) {
      saveVersion(deps, boardId, 'sessionEnded', null, now()).then(
        () => dueAt.set(boardId, now() + everyMs),
        (error: unknown) => log(`board ${boardId}: could not save the version of its ended workshop (${errorMessage(error)})`),
      );
    },
  };
}
