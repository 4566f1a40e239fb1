import type { IncomingMessage } from 'node:http';
import * as Y from 'yjs';
import { readMeta } from '../src/doc/read.ts';
import { MAX_FILE_BYTES, readBoardFile, writeBoardToDoc, type BoardFile } from '../src/file/index.ts';
import { newBoardId } from '../src/model/ids.ts';
import { HttpError, readTextBody } from './json.ts';
import type { Storage } from './storage.ts';

/** Reads a request body as a Journeyboard file; a bad file is a 400 naming its problem. */
export async function readFileBody(req: IncomingMessage): Promise<{ file: BoardFile; repairs: string[] }> {
  const read = readBoardFile((await readTextBody(req, MAX_FILE_BYTES)) ?? '');
  if (!read.ok) throw new HttpError(400, read.error);
  return read;
}

/**
 * Stores a new board whose document `fill` writes: the row and the first state together, so a
 * board never exists half-made. Returns the new board's id.
 */
export function storeNewBoard(storage: Storage, fill: (doc: Y.Doc) => void): string {
  const doc = new Y.Doc();
  try {
    fill(doc);
    const meta = readMeta(doc);
    const id = newBoardId();
    storage.createBoard({ id, title: meta.title, createdAt: meta.createdAt }, Y.encodeStateAsUpdate(doc));
    return id;
  } finally {
    doc.destroy();
  }
}

/** A new board holding the file's board. */
export function createBoardFromFile(storage: Storage, file: BoardFile, now = Date.now()): string {
  return storeNewBoard(storage, (doc) => writeBoardToDoc(doc, { ...file.board, meta: { ...file.board.meta, createdAt: now } }));
}
