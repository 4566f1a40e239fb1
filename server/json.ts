import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Problem } from '../src/i18n/problem.ts';

/**
 * An error that already knows the HTTP status, the English sentence, and the problem by which
 * the page words it for a person in their language (errors.<code> in the catalogue).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem: Problem,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** A body already written as JSON text. */
export function sendJsonText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * Every error body has the one shape `{ "error": "…", "code": "…", "values": {…} }`: the
 * English sentence, and the stable code (with the values its message needs) that a page words.
 */
export function sendError(res: ServerResponse, status: number, message: string, { code, values }: Problem): void {
  sendJson(res, status, values ? { error: message, code, values } : { error: message, code });
}

/** Takes `bytes` more of memory for a body being read; throws (an HttpError) when it may not. */
export type ReserveBytes = (bytes: number) => void;

/** The first buffer of a body: a declared length is only a claim, so memory follows what arrives. */
const FIRST_BUFFER_BYTES = 64 * 1024;

/**
 * Reads a body of at most `limit` bytes into one buffer of its own, which can be moved to a
 * worker thread. A body that is too large is refused as soon as its size is known, without
 * buffering the rest. The buffer grows by doubling as bytes arrive, each growth reserved first,
 * so a client that declares 20 MB and sends nothing holds 64 KB.
 */
export async function readBody(req: IncomingMessage, limit: number, reserve: ReserveBytes = () => {}): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const first = Math.min(limit, declared > 0 ? Math.min(declared, FIRST_BUFFER_BYTES) : FIRST_BUFFER_BYTES);
  reserve(first);
  let body = new Uint8Array(first);
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size + chunk.length > limit) throw tooLarge(limit);
    if (size + chunk.length > body.length) {
      // Up to the declared length while the body keeps to it; a chunked body may need the limit.
      const ceiling = declared >= size + chunk.length ? declared : limit;
      const length = Math.min(ceiling, Math.max(2 * body.length, size + chunk.length));
      reserve(length - body.length);
      const grown = new Uint8Array(length);
      grown.set(body.subarray(0, size));
      body = grown;
    }
    body.set(chunk, size);
    size += chunk.length;
  }
  return body.subarray(0, size);
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `Request body is larger than ${limit} bytes`, { code: 'bodyTooLarge', values: { megabytes: Math.round((limit / 2 ** 20) * 10) / 10 } });
}

/** A body's bytes as text; `undefined` when there is none. */
export function bodyText(body: Uint8Array): string | undefined {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return text.trim() === '' ? undefined : text;
}

/** A body's text as JSON; anything else is a 400. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON', { code: 'badRequest' });
  }
}

/** A 405 for a route that answers only the methods in `allow`, which the response names. */
export function methodNotAllowed(res: ServerResponse, allow: string): HttpError {
  res.setHeader('allow', allow);
  return new HttpError(405, 'Method not allowed', { code: 'badRequest' });
}
