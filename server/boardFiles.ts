import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { readMeta } from '../src/doc/read.ts';
import { MAX_FILE_BYTES, readBoardFile, writeBoardToDoc, type Repair } from '../src/file/index.ts';
import { newBoardId } from '../src/model/ids.ts';
import type { Bodies } from './bodies.ts';
import { HttpError, bodyText } from './json.ts';
import { accessOf, newBoardTokens, type BoardTokens } from './capabilities.ts';
import type { Storage } from './storage.ts';
import type { Jobs } from './workers/jobs.ts';

/** A board ready to be stored: its row's fields and its document's first state. */
export interface NewBoard {
  title: string;
  createdAt: number;
  state: Uint8Array;
}

/** A new board's first state: a fresh document holding what `fill` writes. */
export function newBoard(fill: (doc: Y.Doc) => void): NewBoard {
  const doc = new Y.Doc();
  try {
    fill(doc);
    const meta = readMeta(doc);
    return { title: meta.title, createdAt: meta.createdAt, state: Y.encodeStateAsUpdate(doc) };
  } finally {
    doc.destroy();
  }
}

/** A board just stored: its id, and its links' tokens, which the server keeps only as hashes and a seal. */
export interface StoredBoard {
  id: string;
  tokens: BoardTokens;
}

/**
 * Stores a new board: the row, the first state and what is kept of its tokens together, so a
 * board never exists half-made.
 */
export async function storeBoard(storage: Storage, { title, createdAt, state }: NewBoard): Promise<StoredBoard> {
  const id = newBoardId();
  const tokens = newBoardTokens();
  await storage.createBoard({ id, title, createdAt }, state, accessOf(id, tokens));
  return { id, tokens };
}

/** Stores a new board whose document `fill` writes. */
export function storeNewBoard(storage: Storage, fill: (doc: Y.Doc) => void): Promise<StoredBoard> {
  return storeBoard(storage, newBoard(fill));
}

/**
 * A Journeyboard file as a new board, created now, with what was repaired; a bad file is a 400
 * naming its problem. Decoding, parsing, validating and building the document are the slow
 * part of an import, so this runs in a worker (workers/worker.ts).
 */
export function readNewBoard(file: Uint8Array, now: number): { board: NewBoard; repairs: Repair[] } {
  const read = readBoardFile(bodyText(file) ?? '');
  if (!read.ok) throw new HttpError(400, read.error, read.problem);
  const { board } = read.file;
  return { board: newBoard((doc) => writeBoardToDoc(doc, { ...board, meta: { ...board.meta, createdAt: now } })), repairs: read.repairs };
}

/** POST /api/boards/import: the body read here, the file read in a worker, the board stored here. */
export async function importBoard(req: IncomingMessage, res: ServerResponse, { storage, jobs, bodies }: { storage: Storage; jobs: Jobs; bodies: Bodies }): Promise<StoredBoard & { repairs: Repair[] }> {
  jobs.admit(res);
  const { board, repairs } = await jobs.readImport(res, await bodies.read(req, res, MAX_FILE_BYTES), Date.now());
  return { ...(await storeBoard(storage, board)), repairs };
}
