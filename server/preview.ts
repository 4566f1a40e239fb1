import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { acceptsGzip } from './acceptEncoding.ts';
import type * as Y from 'yjs';
import { docToBoard } from '../src/doc/read.ts';
import { boardToFile } from '../src/file/format.ts';
import { HttpError } from './json.ts';
import type { Rooms } from './rooms.ts';
import type { Storage } from './storage.ts';

/*
 * A board's preview: the board as a Journeyboard file, gzipped. A browser paints it, read-only,
 * while the live document loads: on a board with a long history, Yjs takes seconds to apply
 * that history on the server and again in the browser, and the preview needs neither.
 */

/** Fast gzip: a 10,000-card preview shrinks from 1.9 MB to 0.2 MB in about 10 ms. */
export function encodePreview(doc: Y.Doc): Buffer {
  return gzipSync(JSON.stringify(boardToFile(docToBoard(doc))), { level: 1 });
}

/**
 * GET /api/boards/<id>/preview. From the live room when the board is loaded, otherwise the
 * stored preview if nothing was stored after it. A board with neither answers 204, not an
 * error (a board opened only since the last crash, or never), and the browser simply waits for
 * the live document. With `?any=1` (a thumbnail on the home page), a board with neither, such as
 * one small enough never to keep a preview, is loaded and drawn as it stands.
 */
export async function sendPreview(req: IncomingMessage, res: ServerResponse, rooms: Rooms, storage: Storage, id: string): Promise<void> {
  let preview = rooms.preview(id) ?? (await storage.loadFreshPreview(id));
  if (!preview && new URL(req.url ?? '/', 'http://localhost').searchParams.get('any') === '1') {
    try {
      preview = await rooms.read(id, (room) => encodePreview(room.doc));
    } catch {
      throw new HttpError(500, 'Board could not be loaded', { code: 'boardLoadFailed' });
    }
  }
  if (!preview) return void res.writeHead(204, { 'cache-control': 'no-store' }).end();
  const gzipped = acceptsGzip(req.headers['accept-encoding']);
  const body = gzipped ? preview : gunzipSync(preview);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.byteLength,
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(body);
}
