import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api.ts';
import { createBodies } from './bodies.ts';
import type { ServerConfig } from './config.ts';
import { GzippedFiles } from './gzippedFiles.ts';
import { serveStatic } from './http.ts';
import { HttpError, sendError, sendJson } from './json.ts';
import { errorMessage, pathnameOf, type Log } from './log.ts';
import { createRateLimits } from './rateLimits.ts';
import { createRooms } from './rooms.ts';
import { createAutoVersions } from './autoVersions.ts';
import { singleInstance, type Fanout } from './fanout.ts';
import { openRedisFanout } from './redisFanout.ts';
import { redactedUrl } from './postgresStorage.ts';
import { openStorage } from './openStorage.ts';
import { READ_METHODS, createSiteGuard } from './siteGuard.ts';
import { attachSync } from './sync.ts';
import { createJobs } from './workers/jobs.ts';
import { giveLinksToOldBoards, printFirstAdminLink } from './firstStart.ts';
import { MAX_FILE_BYTES } from '../src/file/index.ts';

export interface ServerOptions extends ServerConfig {
  log?: Log;
}

export interface JourneyboardServer {
  httpServer: http.Server;
  /** Where a browser reaches it, e.g. http://localhost:5173 (the real port when PORT=0). */
  url: string;
  /** Stops accepting, closes every socket, compacts and unloads every room, closes the database. */
  close(): Promise<void>;
}

/** How long an idle HTTP connection stays open: longer than a load balancer's usual 60 s. */
export const KEEP_ALIVE_MS = 65_000;

/** One process, one port: the built app, /api, /sync/<boardId>, /healthz and /metrics. */
export async function createServer(options: ServerOptions): Promise<JourneyboardServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { storage, name } = await openStorage(options, { asServer: true });
  // Which database, and whether it is the one with the boards: the first thing to check after a move.
  const boards = await storage.countBoards();
  log(`Database ${name}: ${boards} ${boards === 1 ? 'board' : 'boards'}`);
  await giveLinksToOldBoards(storage, log);
  let fanout: Fanout = singleInstance;
  if (options.redisUrl !== null) {
    try {
      fanout = await openRedisFanout(options.redisUrl, log);
    } catch (error) {
      await storage.close();
      throw error;
    }
    log(`Fan-out through Redis ${redactedUrl(options.redisUrl, 'REDIS_URL')}: boards are shared with every instance on this database`);
  }
  // Called only on edits, once both exist: a version is a capture of a room.
  const rooms = createRooms({ storage, fanout, onStored: (boardId) => autoVersions.edited(boardId), onSessionEnded: (boardId) => autoVersions.sessionEnded(boardId), compactEvery: options.compactEvery, idleMs: options.roomIdleMs, bigBoardBytes: options.bigBoardBytes, log });
  const autoVersions = createAutoVersions({ storage, rooms }, log);
  const limits = createRateLimits(options.rateLimits, options.trustProxy, log);
  const jobs = createJobs(options, log);
  const bodies = createBodies({ totalBytes: options.uploadMemoryMb * 2 ** 20, perAddressBytes: 2 * MAX_FILE_BYTES }, limits.addressOf);

  const gzipped = new GzippedFiles();
  const site = createSiteGuard(options, () => (httpServer.address() as AddressInfo).port);

  const httpServer = http.createServer((req, res) => {
    const pathname = pathnameOf(req.url);
    // A health check is made by a supervisor, under whatever name it knows the machine by.
    const refused = pathname === '/healthz' ? null : site.refusal(req, !READ_METHODS.has(req.method ?? 'GET'));
    if (refused !== null) return sendError(res, 403, refused, { code: 'otherSite' });
    route(req, res, pathname).catch((error: unknown) => {
      if (error instanceof HttpError) {
        // A dropped upload (bodies.ts) has no one left to answer.
        if (!res.socket || res.socket.destroyed) return;
        // Do not read on through a body we refused for its size.
        if (error.status === 413) res.setHeader('connection', 'close');
        if (!res.headersSent) return sendError(res, error.status, error.message, error.problem);
      } else {
        log(`${req.method ?? 'GET'} ${pathname}: ${errorMessage(error)}`);
        if (!res.headersSent) return sendError(res, 500, 'Internal server error', { code: 'internal' });
      }
      res.destroy();
    });
  });

  // A load balancer keeps idle connections to an instance open (60 s is the usual default) and
  // sends later requests on them; a server that closed one sooner (Node's default: 5 s) could
  // close it just as a request is sent on it, which then fails. So an idle connection stays longer.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1000;

  async function route(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/healthz') {
      await storage.ping();
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end('ok');
    }
    if (pathname === '/metrics') return sendJson(res, 200, rooms.stats());
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      await limits.admitApi(req, res, pathname);
      return handleApi(req, res, pathname, { storage, rooms, publicUrl: options.publicUrl, jobs, bodies });
    }
    if (pathname === '/sync' || pathname.startsWith('/sync/')) {
      throw new HttpError(426, 'This path speaks the y-websocket protocol: connect with a WebSocket', { code: 'badRequest' });
    }
    return serveStatic(req, res, pathname, options.staticDir, gzipped);
  }

  const sync = attachSync(httpServer, { storage, rooms, limits, site, socketMessages: options.rateLimits.socketMessages, maxFrameBytes: options.maxFrameBytes, log });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${displayHost(options.host)}:${port}`;
  await printFirstAdminLink(storage, options.publicUrl ?? url, log);

  let closing: Promise<void> | null = null;
  async function shutdown(): Promise<void> {
    const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    // Before the database closes: a job that finishes now has nowhere to be stored.
    await jobs.close();
    await sync.close();
    await rooms.unloadAll();
    await fanout.close();
    await storage.close();
    httpServer.closeAllConnections();
    await stopped;
  }

  return {
    httpServer,
    url,
    close: () => (closing ??= shutdown()),
  };
}

function displayHost(host: string): string {
  if (host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
