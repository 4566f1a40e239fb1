import { FILE_TYPE, FILE_VERSION } from '../file/format.ts';
import type { Board } from '../model/index.ts';

const LISTS = ['stages', 'lanes', 'cards', 'notes', 'connectors', 'strategy', 'comments', 'rounds', 'votes'] as const;

/**
 * Reads the server's preview of a board (server/preview.ts), or `null` if it is not one this
 * app can paint. The preview is the server's own output (the lenient document read, written as
 * a Journeyboard file), so it is trusted as the document itself is: its version and the shape
 * of its lists are checked, not every field. Validating it as strictly as an imported file
 * took 300 ms on a 10,000-card board, a fifth of the time to its first paint.
 */
export function readPreview(text: string): Board | null {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(file) || file.type !== FILE_TYPE || file.version !== FILE_VERSION) return null;
  const board = file.board;
  if (!isObject(board) || !isObject(board.meta) || !isObject(board.session)) return null;
  return LISTS.every((list) => Array.isArray(board[list])) ? (board as unknown as Board) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
