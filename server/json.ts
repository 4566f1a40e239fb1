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
 * Reads a body of at most `limit` bytes into one buffer of its own, which can be moved to a
 * worker thread. A body that is too large is refused as soon as its size is known, without
 * buffering the rest. Each chunk is copied in as it arrives, into a buffer of the declared
 * size, so a big body never costs the event loop one long copy at the end.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
  let body = new Uint8Array(declared > 0 ? declared : 64 * 1024);
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size + chunk.length > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
    if (size + chunk.length > body.length) {
      const grown = new Uint8Array(Math.min(limit, Math.max(2 * body.length, size + chunk.length)));
      grown.set(body.subarray(0, size));
      body = grown;
    }
    body.set(chunk, size);
    size += chunk.length;
  }
  return body.subarray(0, size);
}

/** A body's bytes as text; `undefined` when there is none. */
export function bodyText(body: Uint8Array): string | undefined {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return text.trim() === '' ? undefined : text;
}

/** Reads a text body of at most `limit` bytes; `undefined` when there is none. */
export async function readTextBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return bodyText(await readBody(req, limit));
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
