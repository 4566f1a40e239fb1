import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { RESTORED_ROOTS, assertRestorable, restoreBoardState } from '../src/doc/commands/restore.ts';
import { createEditContext } from '../src/doc/context.ts';
import { Locked } from '../src/doc/locked.ts';
import { docToBoard } from '../src/doc/read.ts';
import { boardToFile } from '../src/file/index.ts';
import { newId } from '../src/model/ids.ts';
import { LIMITS } from '../src/model/limits.ts';
import type { Board } from '../src/model/index.ts';
import type { Role } from './capabilities.ts';
import { HttpError, methodNotAllowed, sendJson, sendJsonText } from './json.ts';
import { versionFile } from './versionFiles.ts';
import type { Rooms } from './rooms.ts';
import type { BoardRecord, Storage } from './storage.ts';
import type { BoardVersion, VersionReason } from './versionStorage.ts';

/*
 *   GET  /api/boards/<id>/versions        (view) the board's versions, newest first
 *   POST /api/boards/<id>/versions        (edit) saves the board as it is now under {"name": …},
 *                                         or {"reason": "beforeRestore"} as an automatic version
 *   GET  /api/boards/<id>/versions/<v>    (view) that version as a Journeyboard file
 *   POST /api/boards/<id>/versions/<v>/restore
 *                                         (edit) the map and strategy canvas as that version
 *                                         holds them, after an automatic version of the board
 *                                         as it was
 */

/** Named versions a board may keep: people delete none by accident, and a link cannot fill the disk. */
export const MAX_NAMED_VERSIONS = 200;
/**
 * Automatic versions a board keeps of each reason, the newest: older ones go as new ones come.
 * Kept by reason, so hours of editing never push out the end of the last workshop.
 */
export const KEEP_AUTOMATIC_VERSIONS = 50;

export interface VersionsDeps {
  storage: Storage;
  rooms: Rooms;
}

type Need = (role: Role) => Promise<{ board: BoardRecord; role: Role }>;

/** Answers a /versions route of a board; `readBody` reads the request's JSON object. */
export async function handleVersions(req: IncomingMessage, res: ServerResponse, deps: VersionsDeps, boardId: string, rest: string[], need: Need, readBody: () => Promise<Record<string, unknown>>): Promise<void> {
  const method = req.method ?? 'GET';
  if (rest.length === 0) {
    if (method === 'GET') {
      notInTrash((await need('view')).board);
      return sendJson(res, 200, { versions: await deps.storage.listVersions(boardId) });
    }
    if (method !== 'POST') throw methodNotAllowed(res, 'GET, POST');
    notInTrash((await need('edit')).board);
    const body = await readBody();
    // A page about to restore a version itself, so the restore is its person's to undo, asks
    // for the board as it is kept first, as the restore route does.
    if (body.reason === 'beforeRestore') return sendJson(res, 201, await saveVersion(deps, boardId, 'beforeRestore', null));
    const name = versionName(body);
    const named = (await deps.storage.listVersions(boardId)).filter((version) => version.name !== null).length;
    if (named >= MAX_NAMED_VERSIONS) throw new HttpError(409, `The board keeps ${MAX_NAMED_VERSIONS} named versions at most`, { code: 'tooManyVersions', values: { max: MAX_NAMED_VERSIONS } });
    return sendJson(res, 201, await saveVersion(deps, boardId, 'named', name));
  }
  if (rest.length === 1) {
    if (method !== 'GET') throw methodNotAllowed(res, 'GET');
    notInTrash((await need('view')).board);
    const file = await versionFile(boardId, rest[0]!, async () => {
      const version = await deps.storage.loadVersion(boardId, rest[0]!);
      return version && JSON.stringify(boardToFile(boardOfState(version.state)));
    });
    if (file === undefined) throw new HttpError(404, 'No such version of this board', { code: 'versionNotFound' });
    return sendJsonText(res, 200, file);
  }
  if (rest.length === 2 && rest[1] === 'restore') {
    if (method !== 'POST') throw methodNotAllowed(res, 'POST');
    const { board, role } = await need('edit');
    notInTrash(board);
    return sendJson(res, 200, await restoreVersion(deps, boardId, rest[0]!, role));
  }
  throw new HttpError(404, 'No such API route', { code: 'badRequest' });
}

/**
 * Makes a version the board's current state as one change, made as the server makes a rename:
 * stored, then relayed to everyone connected, who see the map change in place. The board as it
 * was is saved first, so the restore can itself be undone by restoring that.
 */
async function restoreVersion(deps: VersionsDeps, boardId: string, versionId: string, role: Role): Promise<{ restored: BoardVersion; before: BoardVersion }> {
  const version = await deps.storage.loadVersion(boardId, versionId);
  if (!version) throw new HttpError(404, 'No such version of this board', { code: 'versionNotFound' });
  const state = boardOfState(version.state);
  try {
    // As the requester's link: a link that does not lead the workshop changes nothing locked.
    // Asked first, so a refused restore leaves no version behind.
    await deps.rooms.read(boardId, (room) => assertRestorable(createEditContext(room.doc, 'restore', role), state));
    const before = await saveVersion(deps, boardId, 'beforeRestore', null);
    await deps.rooms.change(boardId, (live) => restoreBoardState(createEditContext(live, 'restore', role), state));
    const { state: _state, ...restored } = version;
    return { restored, before };
  } catch (error) {
    if (error instanceof Locked) throw new HttpError(409, 'The version differs in what the facilitator locked: only the facilitator or the owner can restore it', { code: 'lockedStructure' });
    throw error;
  }
}

/**
 * Saves the board as it is now: `name` for one people named, null for an automatic one, whose
 * reason says what it came before or after. Automatic ones past the newest few are pruned.
 */
export function saveVersion(deps: VersionsDeps, boardId: string, reason: VersionReason, name: string | null, createdAt = Date.now()): Promise<BoardVersion> {
  if (name !== null) return save(deps, boardId, reason, name, createdAt);
  // One automatic save of a board at a time, each judged against the one before it.
  const run = (automaticSaves.get(boardId) ?? Promise.resolve()).then(() => save(deps, boardId, reason, null, createdAt));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  automaticSaves.set(boardId, settled);
  void settled.then(() => automaticSaves.get(boardId) === settled && automaticSaves.delete(boardId));
  return run;
}

const automaticSaves = new Map<string, Promise<void>>();

async function save({ storage, rooms }: VersionsDeps, boardId: string, reason: VersionReason, name: string | null, createdAt: number): Promise<BoardVersion> {
  const { state, seq, people } = await rooms.capture(boardId);
  if (name === null) {
    // A board that holds what its newest automatic version holds needs no other: so no link
    // can fill the history (and push out its past) by asking again and again.
    const same = await sameAsNewestAutomatic(storage, boardId, state);
    if (same) return same;
  }
  const version = { id: newId(12), name, reason, createdAt, authors: people, seq };
  await storage.saveVersion(boardId, { ...version, state });
  if (name === null) await storage.pruneVersions(boardId, reason, KEEP_AUTOMATIC_VERSIONS);
  return version;
}

/**
 * The newest version, if it is an automatic one and its map and strategy canvas are exactly the
 * board's (everything a restore would change). After a named one, one automatic version still
 * comes: a workshop's end is news in the list even when it changed nothing.
 */
async function sameAsNewestAutomatic(storage: Storage, boardId: string, state: Uint8Array): Promise<BoardVersion | null> {
  const [newest] = await storage.listVersions(boardId);
  if (!newest || newest.name !== null) return null;
  const stored = await storage.loadVersion(boardId, newest.id);
  if (!stored) return null;
  const restored = (board: Board) => JSON.stringify(RESTORED_ROOTS.map((root) => board[root]));
  return restored(boardOfState(stored.state)) === restored(boardOfState(state)) ? newest : null;
}

/** A stored state read as a board. */
function boardOfState(state: Uint8Array): Board {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return docToBoard(doc);
  } finally {
    doc.destroy();
  }
}

/** A board in the trash shows nothing of itself, as its preview and report do not. */
function notInTrash(board: BoardRecord): void {
  if (board.deletedAt !== null) throw new HttpError(410, 'Board is in the trash', { code: 'boardInTrash' });
}

function versionName(body: Record<string, unknown>): string {
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name === '' || name.length > LIMITS.title) {
    throw new HttpError(400, `Body must be {"name": "a name of 1 to ${LIMITS.title} characters"}`, { code: 'versionNameRequired', values: { max: LIMITS.title } });
  }
  return name;
}
