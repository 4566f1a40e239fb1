import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
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
    staticDir: path.resolve(env.STATIC_DIR?.trim() || './dist'),
    maxFrameBytes: readInteger(env, 'MAX_FRAME_BYTES', 1024 * 1024, 1024),
    roomIdleMs: readInteger(env, 'ROOM_IDLE_MS', 30_000, 0),
    compactEvery: readInteger(env, 'COMPACT_EVERY', 500, 1),
    bigBoardBytes: readInteger(env, 'BIG_BOARD_BYTES', 256 * 1024, 0),
    publicUrl: readPublicUrl(env),
  };
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
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
