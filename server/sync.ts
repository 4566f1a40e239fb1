import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isBoardId } from '../src/model/ids.ts';
import { FACILITATOR_KEY, facilitatorKeyHash } from '../src/model/facilitator.ts';
import { voterIdOf } from '../src/model/voter.ts';
import { requireRole } from './access.ts';
import { hashToken } from './capabilities.ts';
import { HttpError } from './json.ts';
import { CLOSE_GOING_AWAY } from './closeCodes.ts';
import { serveConnection } from './connection.ts';
import { errorMessage, pathnameOf, type Log } from './log.ts';
import type { Rate, RateLimits } from './rateLimits.ts';
import type { Rooms } from './rooms.ts';
import { createAddressReplies, createSocketBudget } from './socketBudget.ts';
import type { SiteGuard } from './siteGuard.ts';
import type { Storage } from './storage.ts';

export interface SyncOptions {
  storage: Storage;
  rooms: Rooms;
  limits: Pick<RateLimits, 'admitSocket' | 'countMiss' | 'addressOf'>;
  /** Upgrades from other sites, or for another host, are refused (siteGuard.ts). */
  site: SiteGuard;
  /** What one socket may send before the server pauses reading it (socketBudget.ts). */
  socketMessages: Rate;
  maxFrameBytes: number;
  log: Log;
  heartbeatMs?: number;
}

export interface SyncServer {
  /** Closes every socket (1001) and stops the heartbeat. */
  close(): Promise<void>;
}

const SYNC_PATH = /^\/sync\/([^/]+)$/;

/** The query of a request's URL; never throws, whatever the client sent. */
function queryOf(url: string | undefined): URLSearchParams {
  const query = /\?([^#]*)/.exec(url ?? '');
  return new URLSearchParams(query?.[1] ?? '');
}

/**
 * Serves the y-websocket protocol at /sync/<boardId>?token=<a link's token>, so any stock
 * y-websocket client can connect (its `params`). The token's role goes with the socket.
 */
export function attachSync(httpServer: Server, { storage, rooms, limits, site, socketMessages, maxFrameBytes, log, heartbeatMs = 30_000 }: SyncOptions): SyncServer {
  // ws closes a socket whose frame exceeds maxPayload with 1009 before buffering it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  const alive = new WeakMap<WebSocket, boolean>();
  const addressReplies = createAddressReplies();

  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A page on any site may open a WebSocket here: the browser leaves the judging to the server.
    const refused = site.refusal(req, true);
    if (refused !== null) return refuseUpgrade(socket, 403, refused);
    // Counted per client address before anything is looked up for it (rateLimits.ts).
    limits
      .admitSocket(req, socket)
      .then((refused) => {
        if (refused) return refuseUpgrade(socket, 429, refused.message, { 'Retry-After': String(refused.retryAfterSeconds) });
        return upgrade(req, socket, head);
      })
      .catch((error: unknown) => {
        // Out of a promise, an error would end the process: this socket alone goes.
        log(`upgrade failed: ${errorMessage(error)}`);
        socket.destroy();
      });
  });

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const pathname = pathnameOf(req.url);
    const match = SYNC_PATH.exec(pathname);
    if (!match) return refuseUpgrade(socket, 404, 'Not found');
    const boardId = match[1] ?? '';
    if (!isBoardId(boardId)) return refuseUpgrade(socket, 400, 'Invalid board id');
    const query = queryOf(req.url);
    let granted;
    try {
      granted = await requireRole(storage, boardId, query.get('token'), 'view');
    } catch (error) {
      if (!(error instanceof HttpError)) {
        log(`sync: board lookup failed (${errorMessage(error)})`);
        return refuseUpgrade(socket, 500, 'Board could not be loaded');
      }
      // A wrong token counts as a miss: guessing tokens is as slow as guessing boards.
      if (error.status === 404 || error.status === 403) limits.countMiss(req);
      return refuseUpgrade(socket, error.status, error.message);
    }
    const { board, role } = granted;
    if (board.deletedAt !== null) return refuseUpgrade(socket, 410, 'Board is in the trash');
    const keepsCopy = query.get('copy') === '1';
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
      const address = limits.addressOf(req);
      const replies = addressReplies.hold(address);
      ws.once('close', replies.release);
      const tokenHash = hashToken(query.get('token')!);
      const linkStillValid = async () => (await storage.roleOf(boardId, tokenHash)) === role;
      const key = query.get('key');
      const keyHash = facilitatorKeyOf(key);
      const voterId = keyHash === null ? null : voterIdOf(key!);
      serveConnection(ws, boardId, { storage, rooms, log }, { keepsCopy, address, role, keyHash, voterId, linkStillValid, budget: createSocketBudget(socketMessages, replies.bucket) });
    });
  }

  // A peer that vanished without a close frame (laptop lid, dead Wi-Fi) would hold its room and
  // presence forever; a missed pong ends it.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    async close() {
      clearInterval(heartbeat);
      const sockets = [...wss.clients];
      const allClosed = Promise.all(sockets.map((ws) => new Promise((resolve) => ws.once('close', resolve))));
      for (const ws of sockets) ws.close(CLOSE_GOING_AWAY, 'Server shutting down');
      // Give peers a moment to answer the close frame, then cut whoever did not.
      const timeout = new Promise((resolve) => setTimeout(resolve, 1000).unref());
      await Promise.race([allClosed, timeout]);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

/** The hash of the facilitator key a socket connected with (src/model/facilitator.ts), or null for none or a malformed one. */
function facilitatorKeyOf(key: string | null): string | null {
  return key !== null && FACILITATOR_KEY.test(key) ? facilitatorKeyHash(key) : null;
}

function refuseUpgrade(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = `${message}\n`;
  // A peer that resets the connection now would otherwise raise an error no one listens for.
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.once('finish', () => socket.destroy());
}
