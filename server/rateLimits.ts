import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientAddress } from './clientAddress.ts';
import type { ErrorCode, Problem } from '../src/i18n/problem.ts';
import { HttpError } from './json.ts';
import { errorMessage, type Log } from './log.ts';

/** At most `points` in a window of `seconds`, per client address; the window starts at the first. */
export interface Rate {
  points: number;
  seconds: number;
}

/** ServerConfig.rateLimits: what one client address may do (README, Configuration). */
export interface RateLimitSettings {
  /** POST /api/boards */
  newBoards: Rate;
  /** POST /api/boards/import, which the template gallery uses too */
  imports: Rate;
  /** POST /api/templates and DELETE /api/templates/<id> */
  templateWrites: Rate;
  /** GET /api/time, which each open board asks a few times on connecting and every few minutes */
  clockReads: Rate;
  /** 404s for a board or template id, and 403s for a token; past them, the address's lookups answer 429 */
  misses: Rate;
  /** /sync/<boardId> upgrades */
  socketOpens: Rate;
  /** Sockets open at once */
  socketsPerAddress: number;
  /** Messages one socket may send (socketBudget.ts); past them, the server pauses reading it */
  socketMessages: Rate;
}

/** Why an upgrade is refused with 429, and when to try again. */
export interface Refusal {
  message: string;
  retryAfterSeconds: number;
  problem: Problem;
}

export interface RateLimits {
  /** Before an /api request is routed: throws a 429 HttpError when it is over a limit, and counts its answer if it is a 404 for an id. */
  admitApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
  /**
   * Before a /sync upgrade is looked at: a refusal, or null once it is counted and holds one of
   * the address's sockets until `socket` closes. Never rejects.
   */
  admitSocket(req: IncomingMessage, socket: Duplex): Promise<Refusal | null>;
  /** The board a /sync upgrade named does not exist. */
  countMiss(req: IncomingMessage): void;
  /** The address a request is counted against, which also holds a closed socket's presence (presence.ts). */
  addressOf(req: IncomingMessage): string;
}

type Counted = 'newBoards' | 'imports' | 'templateWrites' | 'clockReads' | 'socketOpens';

const TOO_MANY: Record<Counted | 'misses', { message: string; code: ErrorCode }> = {
  newBoards: { message: 'Too many new boards from your address', code: 'tooManyNewBoards' },
  imports: { message: 'Too many boards imported from your address', code: 'tooManyImports' },
  templateWrites: { message: 'Too many changes to templates from your address', code: 'tooManyTemplateWrites' },
  clockReads: { message: 'Too many requests for the time from your address', code: 'tooManyClockReads' },
  socketOpens: { message: 'Too many connections opened from your address', code: 'tooManyConnections' },
  misses: { message: 'Too many requests for boards or templates that do not exist from your address', code: 'tooManyMisses' },
};

/** A socket may close at any moment, so a full address is asked to come back soon. */
const FULL_RETRY_SECONDS = 5;

/**
 * Per-address limits, counted in this process's memory, which a restart forgets along with the
 * sockets. rate-limiter-flexible keeps the same interface over Redis, for a server spread over
 * several processes or machines.
 */
export function createRateLimits(settings: RateLimitSettings, trustProxy: number, log: Log): RateLimits {
  const limiter = ({ points, seconds }: Rate) => new RateLimiterMemory({ points, duration: seconds });
  const counted: Record<Counted, RateLimiterAbstract> = {
    newBoards: limiter(settings.newBoards),
    imports: limiter(settings.imports),
    templateWrites: limiter(settings.templateWrites),
    clockReads: limiter(settings.clockReads),
    socketOpens: limiter(settings.socketOpens),
  };
  const misses = limiter(settings.misses);
  /** Sockets open (or being opened) per address. */
  const open = new Map<string, number>();

  /** Counts one; the seconds until the window ends when that was one too many, else null. */
  async function take(kind: Counted, address: string): Promise<number | null> {
    try {
      await counted[kind].consume(address);
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes) return retryAfter(error);
      // A store that cannot answer must not take the server down with it: let the request by.
      log(`rate limit ${kind}: ${errorMessage(error)}`);
      return null;
    }
  }

  /** The seconds until an address that used up its misses may look ids up again, else null. */
  async function missesUsedUp(address: string): Promise<number | null> {
    try {
      const used = await misses.get(address);
      return used && used.consumedPoints >= settings.misses.points ? retryAfter(used) : null;
    } catch (error) {
      log(`rate limit misses: ${errorMessage(error)}`);
      return null;
    }
  }

  function countMissAt(address: string): void {
    misses.penalty(address).catch((error: unknown) => log(`rate limit misses: ${errorMessage(error)}`));
  }

  /** Holds one of the address's sockets until `socket` closes, or until the returned release. */
  function hold(address: string, socket: Duplex): () => void {
    open.set(address, (open.get(address) ?? 0) + 1);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      socket.off('close', release);
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    };
    socket.once('close', release);
    return release;
  }

  async function admitSocket(req: IncomingMessage, socket: Duplex): Promise<Refusal | null> {
    const address = clientAddress(req, trustProxy);
    const lockedOut = await missesUsedUp(address);
    if (lockedOut !== null) return refusal('misses', lockedOut);
    // Gone while the counts were read: there is nothing left to admit or to hold.
    if (socket.destroyed) return { message: 'Connection closed', retryAfterSeconds: 1, problem: { code: 'unreachable' } };
    if ((open.get(address) ?? 0) >= settings.socketsPerAddress) {
      // Not counted as an open: a page refused here retries every few seconds, and those
      // retries must not use up what the address has left for when a socket frees.
      return {
        message: 'Too many connections open from your address: close a board and try again',
        retryAfterSeconds: FULL_RETRY_SECONDS,
        problem: { code: 'tooManyConnections', values: waitOf(FULL_RETRY_SECONDS) },
      };
    }
    // Held before the count is awaited, so a burst of upgrades cannot all pass the check above.
    const release = hold(address, socket);
    const tooMany = await take('socketOpens', address);
    if (tooMany === null) return null;
    release();
    return refusal('socketOpens', tooMany);
  }

  return {
    async admitApi(req, res, pathname) {
      const { counts, lookup } = apiLimits(req.method ?? 'GET', pathname);
      if (!counts && !lookup) return;
      const address = clientAddress(req, trustProxy);
      if (lookup) {
        const lockedOut = await missesUsedUp(address);
        if (lockedOut !== null) throw tooManyRequests(res, refusal('misses', lockedOut));
        res.once('finish', () => {
          // A token that opens nothing (403) is a guess as a missing id is: guessing links is
          // held to the same pace as guessing boards.
          if (res.statusCode === 404 || res.statusCode === 403) countMissAt(address);
        });
      }
      if (counts) {
        const tooMany = await take(counts, address);
        if (tooMany !== null) throw tooManyRequests(res, refusal(counts, tooMany));
      }
    },
    async admitSocket(req, socket) {
      // Node took its own error listener off an upgrading socket; while the counts are read,
      // a connection reset must end this socket, not the process.
      const ended = () => socket.destroy();
      socket.on('error', ended);
      try {
        return await admitSocket(req, socket);
      } finally {
        socket.off('error', ended);
      }
    },
    countMiss(req) {
      countMissAt(clientAddress(req, trustProxy));
    },
    addressOf(req) {
      return clientAddress(req, trustProxy);
    },
  };
}

/**
 * Which limits an /api request falls under, from its method and path (the routes of api.ts and
 * templatesApi.ts): `counts` names the one it is counted against, and `lookup` says it names a
 * board or template id, so that a 404 counts as a miss.
 */
export function apiLimits(method: string, pathname: string): { counts?: Counted; lookup: boolean } {
  const parts = pathname.split('/').slice(2); // '', 'api', ...
  if (parts[0] === 'boards') {
    if (parts.length === 1) return { counts: method === 'POST' ? 'newBoards' : undefined, lookup: false };
    if (parts.length === 2 && parts[1] === 'import') return { counts: method === 'POST' ? 'imports' : undefined, lookup: false };
    return { lookup: true };
  }
  if (parts[0] === 'templates') {
    if (parts.length === 1) return { counts: method === 'POST' ? 'templateWrites' : undefined, lookup: false };
    return { counts: method === 'DELETE' ? 'templateWrites' : undefined, lookup: true };
  }
  if (parts[0] === 'time') return { counts: 'clockReads', lookup: false };
  return { lookup: false };
}

function refusal(kind: Counted | 'misses', retryAfterSeconds: number): Refusal {
  const { message, code } = TOO_MANY[kind];
  return { message: `${message}: try again in ${inWords(retryAfterSeconds)}`, retryAfterSeconds, problem: { code, values: waitOf(retryAfterSeconds) } };
}

function tooManyRequests(res: ServerResponse, { message, retryAfterSeconds, problem }: Refusal): HttpError {
  res.setHeader('retry-after', String(retryAfterSeconds));
  // A refused upload is not read on: the connection ends with the answer.
  res.setHeader('connection', 'close');
  return new HttpError(429, message, problem);
}

function retryAfter(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

function inWords(seconds: number): string {
  if (seconds === 1) return '1 second';
  return seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/** The wait as the catalogue's messages take it, in the unit `inWords` picks. */
function waitOf(seconds: number): { count: number; unit: 'second' | 'minute' } {
  return seconds < 120 ? { count: seconds, unit: 'second' } : { count: Math.ceil(seconds / 60), unit: 'minute' };
}
