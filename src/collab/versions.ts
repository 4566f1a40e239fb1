import { readBoardFile } from '../file/index.ts';
import type { Board } from '../model/index.ts';
import { ApiError, boardRoute, request } from './api.ts';

/*
 * A board's saved versions through the server's API (docs/API.md): the list, saving one by
 * name, reading one back as a board. A version never changes once saved, so a board read back
 * is kept for the page's life and a preview or a comparison asks for it once.
 */

/** Why the server saved a version by itself; `named` for one people named. */
export type VersionReason = 'named' | 'sessionEnded' | 'beforeImport' | 'beforeRestore' | 'activity';

export interface VersionEntry {
  id: string;
  /** What people called it; null for an automatic one. */
  name: string | null;
  reason: VersionReason;
  createdAt: number;
  /** The names of the people on the board when it was saved. */
  authors: string[];
}

const versionsRoute = (boardId: string, rest = '') => boardRoute(boardId, `/versions${rest}`);

export async function listVersions(boardId: string, token: string): Promise<VersionEntry[]> {
  return (await request<{ versions: VersionEntry[] }>(versionsRoute(boardId), undefined, token)).versions;
}

export function saveNamedVersion(boardId: string, token: string, name: string): Promise<VersionEntry> {
  return request(versionsRoute(boardId), { method: 'POST', body: JSON.stringify({ name }) }, token);
}

/** The board as it is kept now, saved before this page restores a version into it. */
export function saveBeforeRestore(boardId: string, token: string): Promise<VersionEntry> {
  return request(versionsRoute(boardId), { method: 'POST', body: JSON.stringify({ reason: 'beforeRestore' }) }, token);
}

/** Has the server restore a version: for a change too big for this page to send as one. */
export function restoreOnServer(boardId: string, token: string, versionId: string): Promise<unknown> {
  return request(versionsRoute(boardId, `/${encodeURIComponent(versionId)}/restore`), { method: 'POST' }, token);
}

const boards = new Map<string, Promise<Board>>();
/** Boards kept read back: a history's previews of big boards must not fill the tab's memory. */
const KEPT_BOARDS = 40;

/** A version's board, read as any Journeyboard file is; asked for once a page. */
export function loadVersionBoard(boardId: string, token: string, versionId: string): Promise<Board> {
  const key = `${boardId}/${versionId}`;
  let board = boards.get(key);
  if (!board) {
    board = request<unknown>(versionsRoute(boardId, `/${encodeURIComponent(versionId)}`), undefined, token).then((file) => {
      const read = readBoardFile(JSON.stringify(file));
      if (!read.ok) throw new ApiError(read.problem, 200);
      return read.file.board;
    });
    // A failure is not kept: the next look asks again.
    board.catch(() => boards.delete(key));
    boards.set(key, board);
    // A Map iterates in insertion order: the first key is the one asked for longest ago.
    if (boards.size > KEPT_BOARDS) boards.delete(boards.keys().next().value!);
  }
  return board;
}
