import type { IncomingMessage, ServerResponse } from 'node:http';
import { docToBoard } from '../src/doc/read.ts';
import type { ReportFonts } from '../src/pdf/fonts.ts';
import { loadNodeFonts } from '../src/pdf/nodeFonts.ts';
import { renderBoardPdf, type PdfOptions } from '../src/pdf/render.ts';
import { HttpError } from './json.ts';
import type { Rooms } from './rooms.ts';

let fonts: ReportFonts | null = null;

/**
 * GET /api/boards/<id>/export.pdf[?size=a3&orientation=portrait]: the board's report, drawn
 * by the same renderer as the app's export, from the live document.
 */
export async function sendBoardPdf(req: IncomingMessage, res: ServerResponse, rooms: Rooms, id: string): Promise<void> {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const size = query.get('size') ?? 'a4';
  const orientation = query.get('orientation') ?? 'landscape';
  if (size !== 'a4' && size !== 'a3') throw new HttpError(400, 'size must be a4 or a3');
  if (orientation !== 'landscape' && orientation !== 'portrait') throw new HttpError(400, 'orientation must be landscape or portrait');
  let board;
  try {
    board = await rooms.edit(id, (room) => docToBoard(room.doc));
  } catch {
    throw new HttpError(500, 'Board could not be loaded');
  }
  fonts ??= loadNodeFonts();
  const options: PdfOptions = { pageSize: size, orientation, boardUrl: req.headers.host ? `http://${req.headers.host}/b/${id}` : undefined };
  const pdf = await renderBoardPdf(board, fonts, options);
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.byteLength,
    'content-disposition': `attachment; filename="journeyboard-${id}.pdf"`,
    'cache-control': 'no-store',
  });
  res.end(pdf);
}
