import { ApiError, importBoard } from '../collab/api.ts';
import { MAX_FILE_BYTES, readBoardFile, type Repair } from '../file/index.ts';
import type { Problem } from '../i18n/problem.ts';
import type { BoardViewName } from './router.ts';

/** Why a file did not open, as data: the dialog words it in the interface's language. */
export type ImportFailure =
  | { kind: 'tooLarge'; name: string; megabytes: number }
  | { kind: 'unreadable'; name: string }
  | { kind: 'problem'; name: string; problem: Problem }
  | { kind: 'notImported'; name: string; error: unknown };

export type ImportOutcome = { ok: true; boardId: string; view: BoardViewName; repairs: Repair[] } | { ok: false; failure: ImportFailure };

/**
 * Opens a person's file as a new board: read here first, so a bad file is explained at once
 * without a round trip, then sent to the server, which checks it again and creates the board.
 * Never throws; never touches a board that is open.
 */
export async function importFile(file: File): Promise<ImportOutcome> {
  const { name } = file;
  if (file.size > MAX_FILE_BYTES) return { ok: false, failure: { kind: 'tooLarge', name, megabytes: Math.round(file.size / 2 ** 20) } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, failure: { kind: 'unreadable', name } };
  }
  const read = readBoardFile(text);
  if (!read.ok) return { ok: false, failure: { kind: 'problem', name, problem: read.problem } };
  const { board } = read.file;
  try {
    const { id, repairs } = await importBoard(text);
    return { ok: true, boardId: id, view: board.stages.length === 0 && board.strategy.length > 0 ? 'strategy' : 'map', repairs };
  } catch (e) {
    // The server read the file as this page did, so a problem it names is the file's own.
    if (e instanceof ApiError && e.status === 400) return { ok: false, failure: { kind: 'problem', name, problem: e.problem } };
    return { ok: false, failure: { kind: 'notImported', name, error: e } };
  }
}
