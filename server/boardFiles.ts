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

/** A new board holding the file's board, made in one step with its first state. */
export function createBoardFromFile(storage: Storage, file: BoardFile, now = Date.now()): string {
  const doc = new Y.Doc();
  try {
    writeBoardToDoc(doc, { ...file.board, meta: { ...file.board.meta, createdAt: now } });
    const meta = readMeta(doc);
    const id = newBoardId();
    storage.createBoard({ id, title: meta.title, createdAt: meta.createdAt }, Y.encodeStateAsUpdate(doc));
    return id;
  } finally {
    doc.destroy();
  }
}
