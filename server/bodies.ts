import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readBody } from './json.ts';

/*
 * Request bodies are read into memory whole (a board file is parsed in one piece), and each is
 * read while others wait on the network. Without a bound, clients that send the first bytes of
 * many large uploads, and then nothing, would hold the server's memory between them. The memory
 * bodies hold is counted as it is taken, for everyone and per client address.
 */

export interface BodySettings {
  /** Memory all bodies being read may hold at once. */
  totalBytes: number;
  /** Memory the bodies from one client address may hold at once: two of the largest files. */
  perAddressBytes: number;
}

export interface Bodies {
  /** Reads a body of at most `limit` bytes (readBody), within what bodies may hold; 429 or 503 past it. */
  read(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Uint8Array>;
}

/** Bodies are read in seconds (below): a refused client may try again soon. */
const RETRY_SECONDS = 10;
/** A body that sends nothing for this long is dropped, and what it held let go. */
export const BODY_IDLE_MS = 15_000;
/** A body not read whole by then is dropped: the largest file at 1.4 Mbit/s. */
export const BODY_DEADLINE_MS = 120_000;

export function createBodies(settings: BodySettings, addressOf: (req: IncomingMessage) => string): Bodies {
  let total = 0;
  const perAddress = new Map<string, number>();

  function release(address: string, bytes: number): void {
    total -= bytes;
    const left = (perAddress.get(address) ?? 0) - bytes;
    if (left > 0) perAddress.set(address, left);
    else perAddress.delete(address);
  }

  return {
    async read(req, res, limit) {
      const address = addressOf(req);
      let held = 0;
      const reserve = (bytes: number) => {
        const ofAddress = perAddress.get(address) ?? 0;
        if (ofAddress + bytes > settings.perAddressBytes) throw refuse(res, 429, 'Too many uploads from your address at once; wait for one to finish', 'uploadsBusy');
        if (total + bytes > settings.totalBytes) throw refuse(res, 503, 'The server is receiving too many uploads at once', 'serverReceivingTooMuch');
        perAddress.set(address, ofAddress + bytes);
        total += bytes;
        held += bytes;
      };
      // Without these, an upload that stops sending holds its memory until Node's request
      // timeout (five minutes), and a few such uploads would refuse everyone else's meanwhile.
      const deadline = setTimeout(() => req.destroy(new HttpError(408, 'The upload took too long', { code: 'uploadTooSlow' })), BODY_DEADLINE_MS);
      req.setTimeout(BODY_IDLE_MS, () => req.destroy(new HttpError(408, 'The upload stopped sending', { code: 'uploadStalled' })));
      try {
        return await readBody(req, limit, reserve);
      } finally {
        clearTimeout(deadline);
        // The socket is gone if the request was dropped; else it may serve the next request.
        if (req.socket) req.setTimeout(0);
        // Once read, a body is parsed and let go (or moved to a worker, whose pool is bounded).
        release(address, held);
      }
    },
  };
}

function refuse(res: ServerResponse, status: number, message: string, code: 'uploadsBusy' | 'serverReceivingTooMuch'): HttpError {
  res.setHeader('retry-after', String(RETRY_SECONDS));
  // The rest of the body is not read: the connection ends with the answer.
  res.setHeader('connection', 'close');
  return new HttpError(status, `${message}: try again in ${RETRY_SECONDS} s`, { code, values: { seconds: RETRY_SECONDS } });
}
