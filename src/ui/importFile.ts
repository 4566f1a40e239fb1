import { importBoard } from '../collab/api.ts';
import { MAX_FILE_BYTES, readBoardFile } from '../file/index.ts';
import type { BoardViewName } from './router.ts';

export type ImportOutcome = { ok: true; boardId: string; view: BoardViewName; repairs: string[] } | { ok: false; error: string };

/**
 * Opens a person's file as a new board: read here first, so a bad file is explained at once
 * without a round trip, then sent to the server, which checks it again and creates the board.
 * Never throws; never touches a board that is open.
 */
export async function importFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: `“${file.name}” is ${Math.round(file.size / 2 ** 20)} MB; a Journeyboard file can be up to 20 MB.` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `“${file.name}” could not be read.` };
  }
  const read = readBoardFile(text);
  if (!read.ok) return { ok: false, error: `“${file.name}”: ${read.error}` };
  const { board } = read.file;
  try {
    const { id, repairs } = await importBoard(text);
    return { ok: true, boardId: id, view: board.stages.length === 0 && board.strategy.length > 0 ? 'strategy' : 'map', repairs };
  } catch (e) {
    return { ok: false, error: `“${file.name}” could not be imported: ${e instanceof Error ? e.message : String(e)}` };
  }
}
