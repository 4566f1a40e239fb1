import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_FILE_BYTES, readBoardFile, serializeBoardFile } from '../src/file/index.ts';
import { isBoardId, newBoardId } from '../src/model/ids.ts';
import { HttpError, readJsonBody, sendJson } from './json.ts';
import type { Storage } from './storage.ts';

const MAX_NAME_LENGTH = 80;

/**
 * /api/templates: the templates a team saved from its own boards, kept on the server.
 *   GET    /api/templates       the list, newest first
 *   POST   /api/templates       { "name": "...", "file": <a Journeyboard file> }
 *   GET    /api/templates/<id>  the template's Journeyboard file
 *   DELETE /api/templates/<id>
 */
export async function handleTemplates(req: IncomingMessage, res: ServerResponse, parts: string[], storage: Storage): Promise<void> {
  const method = req.method ?? 'GET';
  if (parts.length === 1) {
    if (method === 'GET') return sendJson(res, 200, { templates: storage.listTemplates() });
    if (method === 'POST') return sendJson(res, 201, saveTemplate(storage, await readJsonBody(req, MAX_FILE_BYTES)));
    res.setHeader('allow', 'GET, POST');
    throw new HttpError(405, 'Method not allowed');
  }
  const id = parts[1] ?? '';
  if (parts.length !== 2 || !isBoardId(id)) throw new HttpError(404, 'No such template');
  if (method === 'GET') {
    const file = storage.getTemplateFile(id);
    if (file === undefined) throw new HttpError(404, 'No such template');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(file);
  }
  if (method === 'DELETE') {
    if (!storage.deleteTemplate(id)) throw new HttpError(404, 'No such template');
    return sendJson(res, 200, { deleted: id });
  }
  res.setHeader('allow', 'GET, DELETE');
  throw new HttpError(405, 'Method not allowed');
}

function saveTemplate(storage: Storage, body: unknown) {
  const { name, file } = (typeof body === 'object' && body !== null ? body : {}) as { name?: unknown; file?: unknown };
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    throw new HttpError(400, `A template needs a name of 1 to ${MAX_NAME_LENGTH} characters`);
  }
  const read = readBoardFile(JSON.stringify(file ?? null));
  if (!read.ok) throw new HttpError(400, read.error);
  const { board } = read.file;
  const record = {
    id: newBoardId(),
    name: name.trim(),
    createdAt: Date.now(),
    stages: board.stages.length,
    cards: board.cards.length,
    strategyItems: board.strategy.length,
  };
  storage.createTemplate(record, serializeBoardFile(read.file));
  return record;
}
