import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { docToBoard } from '../src/doc/read.ts';
import { asLocale, translatorFor } from '../src/i18n/index.ts';
import type { Board } from '../src/model/index.ts';
import type { ChangesSince } from '../src/pdf/changesPage.ts';
import { HttpError } from './json.ts';
import type { ApiDeps } from './api.ts';
import type { StoredVersion } from './versionStorage.ts';
import type { ReportOptions } from './workers/jobs.ts';

/**
 * GET /api/boards/<id>/export.pdf[?size=a3&orientation=portrait&since=<version>]: the board's
 * report, drawn by the same renderer as the app's export, from the live document. The board is
 * read here, from the room (and the version, if any, from the store); a worker draws it, so a
 * big board's drawing does not hold up the event loop.
 * Its cover links to the board with the view link: forwarding the report hands out reading
 * only. With `since`, the report opens with what changed since that version of the board.
 */
export async function sendBoardPdf(req: IncomingMessage, res: ServerResponse, { rooms, publicUrl, jobs, storage }: Pick<ApiDeps, 'rooms' | 'publicUrl' | 'jobs' | 'storage'>, id: string, viewToken: string): Promise<void> {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const size = query.get('size') ?? 'a4';
  const orientation = query.get('orientation') ?? 'landscape';
  if (size !== 'a4' && size !== 'a3') throw new HttpError(400, 'size must be a4 or a3', { code: 'badRequest' });
  if (orientation !== 'landscape' && orientation !== 'portrait') throw new HttpError(400, 'orientation must be landscape or portrait', { code: 'badRequest' });
  const sinceId = query.get('since');
  jobs.admit(res);
  // Looked up before the board is read: a report of an unknown version is no report.
  const version = sinceId === null ? null : await storage.loadVersion(id, sinceId);
  if (version === undefined) throw new HttpError(404, 'No such version of this board', { code: 'versionNotFound' });
  let board;
  try {
    board = await rooms.read(id, (room) => docToBoard(room.doc));
  } catch {
    throw new HttpError(500, 'Board could not be loaded', { code: 'boardLoadFailed' });
  }
  const base = publicUrl ?? requestOrigin(req);
  const options: ReportOptions = {
    pageSize: size,
    orientation,
    boardUrl: base ? `${base}/b/${id}#t=${viewToken}` : undefined,
    changesSince: version ? changesSince(version, board) : undefined,
  };
  const pdf = await jobs.renderPdf(res, board, options);
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.byteLength,
    'content-disposition': `attachment; filename="journeyboard-${id}.pdf"`,
    'cache-control': 'no-store',
  });
  res.end(pdf);
}

/** The version as the report compares with it: its board, and its name, or for an automatic one its reason, in the board's language. */
function changesSince(version: StoredVersion, board: Board): ChangesSince {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, version.state);
    const t = translatorFor(asLocale(board.meta.locale));
    return { label: version.name ?? t(`report.changes.reason.${version.reason}`), savedAt: new Date(version.createdAt), board: docToBoard(doc) };
  } finally {
    doc.destroy();
  }
}

/**
 * The origin the request was sent to, from its Host header: right on a LAN, where the browser
 * reached this server directly. Anything but a host name or address and a port gives no link.
 */
function requestOrigin(req: IncomingMessage): string | null {
  const host = req.headers.host ?? '';
  return /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host) ? `http://${host}` : null;
}
