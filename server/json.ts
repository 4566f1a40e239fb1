import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error that already knows the HTTP status and the message a person can read. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Every error body has the one shape `{ "error": "..." }`. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/**
 * Reads a text body of at most `limit` bytes; `undefined` when there is none. A body that is too
 * large is refused as soon as its size is known, without buffering the rest.
 */
export async function readTextBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? undefined : text;
}

/** Reads a JSON body of at most `limit` bytes; `undefined` when there is none. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readTextBody(req, limit);
  return text === undefined ? undefined : parseJson(text);
}

/** A body's text as JSON; anything else is a 400. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}
