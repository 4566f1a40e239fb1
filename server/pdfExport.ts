import type { IncomingMessage, ServerResponse } from 'node:http';
import { docToBoard } from '../src/doc/read.ts';
import { HttpError } from './json.ts';
import type { ApiDeps } from './api.ts';
import type { ReportOptions } from './workers/jobs.ts';

/**
 * GET /api/boards/<id>/export.pdf[?size=a3&orientation=portrait]: the board's report, drawn
 * by the same renderer as the app's export, from the live document. The board is read here,
 * from the room; a worker draws it, so a big board does not hold up the event loop. Its cover
 * links to the board with the view link: forwarding the report hands out reading only.
 */
export async function sendBoardPdf(req: IncomingMessage, res: ServerResponse, { rooms, publicUrl, jobs }: Pick<ApiDeps, 'rooms' | 'publicUrl' | 'jobs'>, id: string, viewToken: string): Promise<void> {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const size = query.get('size') ?? 'a4';
  const orientation = query.get('orientation') ?? 'landscape';
  if (size !== 'a4' && size !== 'a3') throw new HttpError(400, 'size must be a4 or a3', { code: 'badRequest' });
  if (orientation !== 'landscape' && orientation !== 'portrait') throw new HttpError(400, 'orientation must be landscape or portrait', { code: 'badRequest' });
  jobs.admit(res);
  let board;
  try {
    board = await rooms.read(id, (room) => docToBoard(room.doc));
  } catch {
    throw new HttpError(500, 'Board could not be loaded', { code: 'boardLoadFailed' });
  }
  const base = publicUrl ?? requestOrigin(req);
  const options: ReportOptions = { pageSize: size, orientation, boardUrl: base ? `${base}/b/${id}#t=${viewToken}` : undefined };
  const pdf = await jobs.renderPdf(res, board, options);
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.byteLength,
    'content-disposition': `attachment; filename="journeyboard-${id}.pdf"`,
    'cache-control': 'no-store',
  });
  res.end(pdf);
}

/**
 * The origin the request was sent to, from its Host header: right on a LAN, where the browser
 * reached this server directly. Anything but a host name or address and a port gives no link.
 */
function requestOrigin(req: IncomingMessage): string | null {
  const host = req.headers.host ?? '';
  return /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host) ? `http://${host}` : null;
}
