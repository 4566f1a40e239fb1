import os from 'node:os';
import path from 'node:path';
import type { Rate, RateLimitSettings } from './rateLimits.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** DATABASE_URL: boards in this PostgreSQL database rather than SQLite under dataDir (postgresStorage.ts). */
  databaseUrl: string | null;
  /** REDIS_URL: instances sharing databaseUrl tell each other what their rooms do through this Redis (redisFanout.ts). */
  redisUrl: string | null;
  staticDir: string;
  maxFrameBytes: number;
  roomIdleMs: number;
  compactEvery: number;
  /** From this stored size on, a board gets a preview and its log is sent ahead of its load (storedState.ts). */
  bigBoardBytes: number;
  /**
   * Where people reach the app (e.g. https://journeys.example.com behind a proxy), for the links
   * in what it hands out, the PDF's cover among them. Null: the request's own Host, over http.
   */
  publicUrl: string | null;
  /** What one client address may do (rateLimits.ts). */
  rateLimits: RateLimitSettings;
  /** How many reverse proxies stand in front, whose X-Forwarded-For entries are believed (clientAddress.ts). */
  trustProxy: number;
  /** Worker threads for PDF reports and imports: jobs that run at once (workers/pool.ts). */
  jobWorkers: number;
  /** Jobs that may wait for a worker; one more is answered 503 at once. */
  jobQueue: number;
  /** How long a job may run before it is stopped, its worker replaced and the request answered 503. */
  jobBudgetMs: number;
  /** The ceiling of each worker's heap, so that one hostile file cannot take the process to gigabytes. */
  jobMemoryMb: number;
  /** Memory all request bodies being read may hold at once (bodies.ts). */
  uploadMemoryMb: number;
}

/** Reads the server's settings from the environment; throws a readable message for a bad value. */
export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  // Renamed when it came to govern more than the preview: an old setting must not go unheeded.
  if (env.PREVIEW_MIN_BYTES?.trim()) throw new Error('PREVIEW_MIN_BYTES is now called BIG_BOARD_BYTES: rename it');
  return {
    port: readInteger(env, 'PORT', 5173, 0),
    // Loopback unless asked: a workshop server on a LAN is a choice, not an accident.
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl: readDatabaseUrl(env),
    redisUrl: readRedisUrl(env),
    staticDir: path.resolve(env.STATIC_DIR?.trim() || './dist'),
    maxFrameBytes: readInteger(env, 'MAX_FRAME_BYTES', 1024 * 1024, 1024),
    roomIdleMs: readInteger(env, 'ROOM_IDLE_MS', 30_000, 0),
    compactEvery: readInteger(env, 'COMPACT_EVERY', 500, 1),
    bigBoardBytes: readInteger(env, 'BIG_BOARD_BYTES', 256 * 1024, 0),
    publicUrl: readPublicUrl(env),
    // Sized for a workshop whose people share one address (README, Configuration): far above
    // what a room of people does at once, far below a script's pace.
    rateLimits: {
      newBoards: readRate(env, 'LIMIT_NEW_BOARDS', { points: 60, seconds: 600 }),
      imports: readRate(env, 'LIMIT_IMPORTS', { points: 100, seconds: 600 }),
      templateWrites: readRate(env, 'LIMIT_TEMPLATE_WRITES', { points: 60, seconds: 600 }),
      clockReads: readRate(env, 'LIMIT_CLOCK_READS', { points: 600, seconds: 60 }),
      misses: readRate(env, 'LIMIT_MISSES', { points: 300, seconds: 300 }),
      socketOpens: readRate(env, 'LIMIT_SOCKET_OPENS', { points: 300, seconds: 60 }),
      socketsPerAddress: readInteger(env, 'MAX_SOCKETS_PER_ADDRESS', 200, 1),
      socketMessages: readRate(env, 'LIMIT_SOCKET_MESSAGES', { points: 100, seconds: 1 }),
    },
    // Off unless asked: without a proxy that writes it, X-Forwarded-For is whatever the client says.
    trustProxy: readInteger(env, 'TRUST_PROXY', 0, 0),
    jobWorkers: readInteger(env, 'JOB_WORKERS', defaultJobWorkers(), 1),
    jobQueue: readInteger(env, 'JOB_QUEUE', 4, 0),
    jobBudgetMs: readInteger(env, 'JOB_BUDGET_MS', 20_000, 1),
    jobMemoryMb: readInteger(env, 'JOB_MEMORY_MB', 512, 64),
    uploadMemoryMb: readInteger(env, 'UPLOAD_MEMORY_MB', 256, 40),
  };
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** A count per window, written `60/10m` (s, m or h). */
function readRate(env: NodeJS.ProcessEnv, name: string, fallback: Rate): Rate {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d+)\s*\/\s*(\d+)\s*([smh])$/.exec(raw);
  const points = Number(match?.[1]);
  const seconds = Number(match?.[2]) * (UNIT_SECONDS[match?.[3] ?? ''] ?? NaN);
  if (!match || !Number.isSafeInteger(points) || points < 1 || !Number.isSafeInteger(seconds) || seconds < 1) {
    throw new Error(`${name} must be a count per span of time, such as 60/10m (s, m or h), got "${raw}"`);
  }
  return { points, seconds };
}

function readDatabaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
    // The value may hold a password: it is not repeated.
    throw new Error('DATABASE_URL must be a postgres:// address (postgres://user:password@host:5432/database)');
  }
  return raw;
}

function readRedisUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
    throw new Error('REDIS_URL must be a redis:// or rediss:// address (redis://:password@host:6379/0)');
  }
  // Instances that each keep boards in their own SQLite file would share edits to boards the
  // others do not have.
  if (!env.DATABASE_URL?.trim()) throw new Error('REDIS_URL needs DATABASE_URL: instances that share edits through Redis must share one PostgreSQL database');
  return raw;
}

function readPublicUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return null;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  // Links are built by appending /b/<id>: a query, a fragment or credentials would break them.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an http or https address with no query, fragment or user name, got "${raw}"`);
  }
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/**
 * One worker per core but one, at most two: the event loop keeps a core for sync and /healthz,
 * and two jobs at once bound the memory to twice JOB_MEMORY_MB. A 2-core machine runs one.
 */
function defaultJobWorkers(): number {
  return Math.max(1, Math.min(2, os.availableParallelism() - 1));
}
