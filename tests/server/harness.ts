import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { isDeepStrictEqual } from 'node:util';
import { hashToken, ROLES, type BoardTokens, type Role } from '../../server/capabilities.ts';
import { openSqliteStorage } from '../../server/sqliteStorage.ts';
import type { BoardDump, Storage } from '../../server/storage.ts';
import { bearer, defaultToken, ownerToken, rememberAdminLink, rememberLinks } from './links.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  /** http://127.0.0.1:<port>: tests dial the address, not a name that may resolve to ::1 first. */
  url: string;
  pid: number;
  output(): string;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

const tempDirs: string[] = [];
// Registered at import, so it runs after each test file's own afterAll (which stops its server).
afterAll(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh DATA_DIR, removed after the test file. */
export function tempDataDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `journeyboard-${label}-`));
  tempDirs.push(dir);
  return dir;
}

function spawnServer(dataDir: string, env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'no-dist'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the server where it is expected to stop by itself (a setting or a file it refuses), with all it printed. */
export function runServerToExit(dataDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = spawnServer(dataDir, env);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

/** Spawns `node --import tsx server/main.ts` on a free port and waits for its "running at" line. */
export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawnServer(dataDir, env);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let started = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${output}`)), 20_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => {
      if (!started) fail(new Error(`server exited with ${code} before starting:\n${output}`));
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (!match || started) return;
      started = true;
      clearTimeout(timer);
      const url = `http://127.0.0.1:${match[1]}`;
      rememberAdminLink(dataDir, url, output);
      resolve(handle(child, url, () => output, exited));
    });
  });
}

function handle(child: ChildProcess, url: string, output: () => string, exited: Promise<number | null>): ServerProcess {
  return {
    url,
    pid: child.pid ?? -1,
    output,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/**
 * A stock y-websocket client, as the browser app uses it, over the `ws` package; from another
 * loopback address (`from`, e.g. 127.0.0.2) when a test needs a second client address.
 */
export function connectClient(serverUrl: string, boardId: string, doc = new Y.Doc(), from?: string, token = ownerToken(boardId)): Client {
  const Socket = from === undefined ? WebSocket : fromAddress(from);
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    params: token === undefined ? {} : { token },
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, two clients in one test process would sync
    // with each other directly and the server would never be tested.
    disableBc: true,
    maxBackoffTime: 500,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

function fromAddress(localAddress: string): unknown {
  return class FromAddress extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { localAddress });
    }
  };
}

export function whenSynced(client: Client, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, timeoutMs, 'client to sync');
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * A JSON request, carrying the owner's token of the board the route names (or the admin's, for
 * templates) unless `token` says otherwise (null: none). The links of boards it makes are kept.
 */
export async function api(serverUrl: string, method: string, route: string, body?: unknown, token: string | null = defaultToken(serverUrl, route) ?? null): Promise<{ status: number; json: unknown }> {
  const response = await fetch(serverUrl + route, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...bearer(token ?? undefined) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const made = json as { id?: unknown; tokens?: BoardTokens } | null;
  if (response.status === 201 && typeof made?.id === 'string' && made.tokens) rememberLinks(made.id, made.tokens);
  return { status: response.status, json };
}

export async function createBoard(serverUrl: string, title?: string): Promise<string> {
  const { status, json } = await api(serverUrl, 'POST', '/api/boards', title === undefined ? undefined : { title });
  if (status !== 201) throw new Error(`create board failed: ${status} ${JSON.stringify(json)}`);
  return (json as { id: string }).id;
}

export interface RawSocket {
  ws: WebSocket;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** The address of a board's sync socket, with `token` (by default the owner's) when there is one. */
export function syncUrl(serverUrl: string, boardId: string, token = ownerToken(boardId)): string {
  return `${serverUrl.replace(/^http/, 'ws')}/sync/${boardId}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
}

/** A bare `ws` socket to /sync/<boardId>, for speaking the protocol wrongly on purpose. */
export function rawSocket(serverUrl: string, boardId: string, token = ownerToken(boardId), query: Record<string, string> = {}): RawSocket {
  const more = Object.entries(query).map(([name, value]) => `&${name}=${encodeURIComponent(value)}`).join('');
  const ws = new WebSocket(syncUrl(serverUrl, boardId, token) + more);
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, opened, closed };
}

/** The HTTP status a WebSocket upgrade to `route` is refused with, or 101 if it is accepted. */
export function upgradeStatus(serverUrl: string, route: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(serverUrl.replace(/^http/, 'ws') + route);
    ws.on('error', () => {});
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => {
      resolve(101);
      ws.close();
    });
  });
}

/** Opens the server's database file itself, as an operator (or a disk fault) would: for what only the file can tell. */
export function openDatabase(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, 'journeyboard.db'));
}

/** Runs `work` on the server's store, read and written as the server does, through Storage. */
export async function withStorage<T>(dataDir: string, work: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = openSqliteStorage(dataDir);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

/** Everything stored of the board (Storage.dumpBoard), or undefined. */
export function storedBoard(dataDir: string, boardId: string): Promise<BoardDump | undefined> {
  return withStorage(dataDir, (storage) => storage.dumpBoard(boardId));
}

/** How many updates the board's log holds after its snapshot, and whether it has one (1) or not (0). */
export async function storedCounts(dataDir: string, boardId: string): Promise<{ updates: number; snapshots: number }> {
  const stored = (await storedBoard(dataDir, boardId))!;
  return { updates: stored.updates.length, snapshots: stored.snapshot ? 1 : 0 };
}

/**
 * Whether nothing at all is stored of the board, asked of every kind of row it could have:
 * its row, log and snapshot, preview, links' seals and, for `tokens`, their hashes.
 */
export function nothingStoredOf(dataDir: string, boardId: string, tokens: Partial<Record<Role, string>> = {}): Promise<boolean> {
  return withStorage(dataDir, async (storage) => {
    const gone = [
      (await storage.getBoard(boardId)) === undefined,
      isDeepStrictEqual(await storage.load(boardId), { updates: [], lastSeq: 0 }),
      (await storage.previewSeq(boardId)) === undefined,
    ];
    for (const role of ROLES) gone.push((await storage.sealedLinks(boardId, role)) === undefined);
    for (const token of Object.values(tokens)) gone.push((await storage.roleOf(boardId, hashToken(token))) === undefined);
    return gone.every(Boolean);
  });
}

/** Adds one note record, the way the app's layout stores them (a Y.Map per record). */
export function addNote(doc: Y.Doc, id: string, text: string): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set('text', text);
    doc.getMap('notes').set(id, note);
  });
}

export function noteText(doc: Y.Doc, id: string): string | undefined {
  const note = doc.getMap('notes').get(id);
  return note instanceof Y.Map ? (note.get('text') as string | undefined) : undefined;
}
