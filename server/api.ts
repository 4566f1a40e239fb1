import type { IncomingMessage, ServerResponse } from 'node:http';
import { isBoardId } from '../src/model/ids.ts';
import { createEditContext } from '../src/doc/context.ts';
import { initBoardDoc } from '../src/doc/init.ts';
import { setBoardTitle } from '../src/doc/commands/meta.ts';
import { readMeta } from '../src/doc/read.ts';
import type { Bodies } from './bodies.ts';
import { HttpError, bodyText, methodNotAllowed, parseJson, sendJson } from './json.ts';
import { handleVersions } from './versionsApi.ts';
import { CLOSE_BOARD_DELETED } from './closeCodes.ts';
import type { Rooms } from './rooms.ts';
import { importBoard, storeNewBoard, type StoredBoard } from './boardFiles.ts';
import { handleTemplates } from './templatesApi.ts';
import { bearerToken, requireRole } from './access.ts';
import { linksFor, rotateLink, sendLinks } from './boardLinks.ts';
import type { Role } from './capabilities.ts';
import { sendBoardPdf } from './pdfExport.ts';
import { sendPreview } from './preview.ts';
import type { BoardRecord, Storage } from './storage.ts';
import type { Jobs } from './workers/jobs.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ApiDeps {
  storage: Storage;
  rooms: Rooms;
  /** ServerConfig.publicUrl: the base of the links the server hands out. */
  publicUrl: string | null;
  /** The worker threads that draw reports and read imported files. */
  jobs: Jobs;
  /** Reads request bodies within the memory they may hold (bodies.ts). */
  bodies: Bodies;
}

/** Answers every /api/* request; throws HttpError for anything a client did wrong. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, deps: ApiDeps): Promise<void> {
  const parts = pathname.split('/').slice(2); // '', 'api', ...
  const method = req.method ?? 'GET';
  if (parts[0] === 'templates') return handleTemplates(req, res, parts, deps);
  if (parts[0] === 'time' && parts.length === 1) {
    if (method !== 'GET') throw methodNotAllowed(res, 'GET');
    // The reference clock of the shared timer (src/collab/serverClock.ts): open to anyone, and
    // answered before anything else is looked at, so the round trip is the network's.
    return sendJson(res, 200, { now: Date.now() });
  }
  if (parts[0] !== 'boards') throw new HttpError(404, 'No such API route', { code: 'badRequest' });

  if (parts.length === 1) {
    if (method !== 'POST') throw methodNotAllowed(res, 'POST');
    return sendJson(res, 201, await createBoard(deps, await readObjectBody(req, res, deps)));
  }
  if (parts.length === 2 && parts[1] === 'import') {
    if (method !== 'POST') throw methodNotAllowed(res, 'POST');
    return sendJson(res, 201, await importBoard(req, res, deps));
  }

  const id = parts[1] ?? '';
  if (!isBoardId(id)) throw new HttpError(400, 'Invalid board id', { code: 'boardNotFound' });
  const token = bearerToken(req);
  const route = parts.slice(2).join('/');
  const need = (role: Role) => requireRole(deps.storage, id, token, role);

  if (route === 'export.pdf' || route === 'preview') {
    if (method !== 'GET') throw methodNotAllowed(res, 'GET');
    const { board, role } = await need('view');
    if (board.deletedAt !== null) throw new HttpError(410, 'Board is in the trash', { code: 'boardInTrash' });
    if (route === 'preview') return sendPreview(req, res, deps.rooms, deps.storage, id);
    // The report's cover links to the board for reading only, whoever printed it.
    return sendBoardPdf(req, res, deps, id, (await linksFor(deps.storage, id, role, token!)).view!);
  }
  if (route === 'links') {
    if (method !== 'GET') throw methodNotAllowed(res, 'GET');
    return sendLinks(res, deps.storage, id, (await need('view')).role, token!);
  }
  const rotation = /^links\/([^/]+)\/rotate$/.exec(route);
  if (rotation) {
    if (method !== 'POST') throw methodNotAllowed(res, 'POST');
    await need('owner');
    return rotateLink(res, deps, id, token!, rotation[1]!);
  }
  if (parts[2] === 'versions') return handleVersions(req, res, deps, id, parts.slice(3), need, () => readObjectBody(req, res, deps));
  if (route === 'restore') {
    if (method !== 'POST') throw methodNotAllowed(res, 'POST');
    await need('owner');
    await deps.storage.setDeletedAt(id, null);
    return sendJson(res, 200, await boardInfo(deps, id, 'owner'));
  }
  if (route === 'forever') {
    if (method !== 'DELETE') throw methodNotAllowed(res, 'DELETE');
    // Only from the trash: a board on show is moved there first, where it can still be restored.
    if ((await need('owner')).board.deletedAt === null) throw new HttpError(409, 'Move the board to the trash before deleting it for good', { code: 'trashFirst' });
    deps.rooms.closeConnections(id, CLOSE_BOARD_DELETED, 'Board deleted');
    // A room still in memory would store its snapshot and preview again when it unloads.
    await deps.rooms.discard(id);
    await deps.storage.deleteBoard(id);
    return sendJson(res, 200, { deleted: id });
  }
  if (route !== '') throw new HttpError(404, 'No such API route', { code: 'badRequest' });

  switch (method) {
    case 'GET':
      return sendJson(res, 200, await boardInfo(deps, id, (await need('view')).role));
    case 'PATCH': {
      await need('owner');
      return sendJson(res, 200, await renameBoard(deps, id, await readObjectBody(req, res, deps)));
    }
    case 'DELETE': {
      const { board } = await need('owner');
      if (board.deletedAt === null) await deps.storage.setDeletedAt(id, Date.now());
      deps.rooms.closeConnections(id, CLOSE_BOARD_DELETED, 'Board deleted');
      return sendJson(res, 200, await boardInfo(deps, id, 'owner'));
    }
    default:
      throw methodNotAllowed(res, 'GET, PATCH, DELETE');
  }
}

function createBoard({ storage }: ApiDeps, body: Record<string, unknown>): Promise<StoredBoard> {
  const title = optionalTitle(body);
  return storeNewBoard(storage, (doc) => {
    initBoardDoc(doc);
    // Through the same command clients use, so a title is cleaned the same way wherever it is set.
    if (title !== undefined && title.trim() !== '') setBoardTitle(createEditContext(doc, 'api'), title);
  });
}

async function renameBoard(deps: ApiDeps, id: string, body: Record<string, unknown>): Promise<BoardInfo> {
  const title = optionalTitle(body);
  if (title === undefined || title.trim() === '') throw new HttpError(400, 'Body must be {"title": "a non-empty string"}', { code: 'titleRequired' });
  if ((await deps.storage.getBoard(id))?.deletedAt !== null) throw new HttpError(410, 'Board is in the trash', { code: 'boardInTrash' });
  let clean: string;
  try {
    // The title lives in the doc, so the rename goes through the room: persisted, relayed live.
    clean = await deps.rooms.change(id, (doc) => {
      setBoardTitle(createEditContext(doc, 'api'), title);
      return readMeta(doc).title;
    });
  } catch {
    throw new HttpError(500, 'Board could not be loaded', { code: 'boardLoadFailed' });
  }
  await deps.storage.updateBoardMeta(id, clean, Date.now());
  return boardInfo(deps, id, 'owner');
}

/** A board's row, with the role the request's link gives on it. */
type BoardInfo = BoardRecord & { role: Role };

async function boardInfo({ storage, rooms }: ApiDeps, id: string, role: Role): Promise<BoardInfo> {
  // A title typed a moment ago is in the live document before the row: a listing asked right
  // after (the home page, on leaving the board) must not show the old one.
  await rooms.flushMeta(id);
  const board = await storage.getBoard(id);
  if (!board) throw new HttpError(404, 'Board not found', { code: 'boardNotFound' });
  return { ...board, role };
}

async function readObjectBody(req: IncomingMessage, res: ServerResponse, { bodies }: ApiDeps): Promise<Record<string, unknown>> {
  const text = bodyText(await bodies.read(req, res, MAX_BODY_BYTES));
  if (text === undefined) return {};
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'Body must be a JSON object', { code: 'badRequest' });
  return body as Record<string, unknown>;
}

function optionalTitle(body: Record<string, unknown>): string | undefined {
  const title = body.title;
  if (title === undefined) return undefined;
  if (typeof title !== 'string') throw new HttpError(400, 'title must be a string', { code: 'titleRequired' });
  return title;
}
