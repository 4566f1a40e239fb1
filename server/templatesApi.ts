import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_FILE_BYTES, readBoardFile, serializeBoardFile } from '../src/file/index.ts';
import { isBoardId, newBoardId } from '../src/model/ids.ts';
import type { Bodies } from './bodies.ts';
import { HttpError, bodyText, parseJson, sendJson } from './json.ts';
import type { Storage } from './storage.ts';
import { bearerToken, holdsServerToken } from './access.ts';
import { ADMIN_TOKEN } from './firstStart.ts';
import type { Jobs } from './workers/jobs.ts';

const MAX_NAME_LENGTH = 80;

/**
 * /api/templates: the templates a team saved from its own boards, kept on the server; every
 * route needs `Authorization: Bearer <the admin link's token>`.
 *   GET    /api/templates       the list, newest first
 *   POST   /api/templates       { "name": "...", "file": <a Journeyboard file> }
 *   GET    /api/templates/<id>  the template's Journeyboard file
 *   DELETE /api/templates/<id>
 */
export async function handleTemplates(req: IncomingMessage, res: ServerResponse, parts: string[], { storage, jobs, bodies }: { storage: Storage; jobs: Jobs; bodies: Bodies }): Promise<void> {
  const method = req.method ?? 'GET';
  // The team's templates are managed with the server's admin link (firstStart.ts).
  const token = bearerToken(req);
  if (token === null) throw new HttpError(401, 'Templates are managed with the server’s admin link, which this request does not carry', { code: 'adminLinkMissing' });
  if (!(await holdsServerToken(storage, ADMIN_TOKEN, token))) throw new HttpError(403, 'This is not the server’s admin link: it may have been replaced', { code: 'adminLinkNotValid' });
  if (parts.length === 1) {
    if (method === 'GET') return sendJson(res, 200, { templates: await storage.listTemplates() });
    if (method === 'POST') return sendJson(res, 201, await saveTemplate(req, res, { storage, jobs, bodies }));
    res.setHeader('allow', 'GET, POST');
    throw new HttpError(405, 'Method not allowed', { code: 'badRequest' });
  }
  const id = parts[1] ?? '';
  if (parts.length !== 2 || !isBoardId(id)) throw new HttpError(404, 'No such template', { code: 'templateNotFound' });
  if (method === 'GET') {
    const file = await storage.getTemplateFile(id);
    if (file === undefined) throw new HttpError(404, 'No such template', { code: 'templateNotFound' });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(file);
  }
  if (method === 'DELETE') {
    if (!(await storage.deleteTemplate(id))) throw new HttpError(404, 'No such template', { code: 'templateNotFound' });
    return sendJson(res, 200, { deleted: id });
  }
  res.setHeader('allow', 'GET, DELETE');
  throw new HttpError(405, 'Method not allowed', { code: 'badRequest' });
}

/** The body is read here, checked in a worker (it parses and validates a whole file), and stored here. */
async function saveTemplate(req: IncomingMessage, res: ServerResponse, { storage, jobs, bodies }: { storage: Storage; jobs: Jobs; bodies: Bodies }) {
  jobs.admit(res);
  const { name, stages, cards, strategyItems, file } = await jobs.checkTemplate(res, await bodies.read(req, res, MAX_FILE_BYTES));
  const record = { id: newBoardId(), name, createdAt: Date.now(), stages, cards, strategyItems };
  await storage.createTemplate(record, file);
  return record;
}

/** A template's name and file, checked as an import is; the file comes back serialized for storing. */
export interface CheckedTemplate {
  name: string;
  stages: number;
  cards: number;
  strategyItems: number;
  file: string;
}

/** Checks the body of POST /api/templates (in a worker); anything wrong is a 400 naming it. */
export function checkTemplate(bytes: Uint8Array): CheckedTemplate {
  const text = bodyText(bytes);
  const body = text === undefined ? undefined : parseJson(text);
  const { name, file } = (typeof body === 'object' && body !== null ? body : {}) as { name?: unknown; file?: unknown };
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    throw new HttpError(400, `A template needs a name of 1 to ${MAX_NAME_LENGTH} characters`, { code: 'templateNameInvalid', values: { max: MAX_NAME_LENGTH } });
  }
  const read = readBoardFile(JSON.stringify(file ?? null));
  if (!read.ok) throw new HttpError(400, read.error, read.problem);
  const { board } = read.file;
  return {
    name: name.trim(),
    stages: board.stages.length,
    cards: board.cards.length,
    strategyItems: board.strategy.length,
    file: serializeBoardFile(read.file),
  };
}
