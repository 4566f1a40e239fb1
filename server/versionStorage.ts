import type Database from 'better-sqlite3';

/*
 * Saved states of a board, for its version history: named ones people save, and automatic
 * ones (a workshop ended, before an import or a restore, after a spell of editing). Each is
 * the whole document as one Yjs update, so compaction of the board's log takes nothing from
 * the past it keeps.
 */

export const VERSION_REASONS = ['named', 'sessionEnded', 'beforeImport', 'beforeRestore', 'activity'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** A version as a list shows it. */
export interface BoardVersion {
  id: string;
  /** What people called it; null for an automatic one, which its reason names. */
  name: string | null;
  reason: VersionReason;
  createdAt: number;
  /** Who was on the board, by the names they gave. */
  authors: string[];
  /** The seq of the board's log the state was taken at. */
  seq: number;
}

export interface StoredVersion extends BoardVersion {
  /** The whole document, as Y.encodeStateAsUpdate made it. */
  state: Uint8Array;
}

export interface VersionStorage {
  /** Stores nothing for a board that is not (or no longer) stored: a version never outlives its board. */
  saveVersion(boardId: string, version: StoredVersion): Promise<void>;
  /** Newest first, without their states. */
  listVersions(boardId: string): Promise<BoardVersion[]>;
  loadVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined>;
  /**
   * Deletes the oldest automatic versions saved for `reason` past its newest `keep`; named ones,
   * and those of other reasons, all stay. Resolves to how many went.
   */
  pruneVersions(boardId: string, reason: VersionReason, keep: number): Promise<number>;
}

export const VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT,
  reason TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  authors TEXT NOT NULL,
  seq INTEGER NOT NULL,
  state BLOB NOT NULL,
  PRIMARY KEY (board_id, id)
);
`;

/** A versions row as either engine gives it back (PostgreSQL's BIGINTs come as strings). */
export interface VersionRow {
  id: string;
  name: string | null;
  reason: string;
  created_at: number | string;
  authors: string;
  seq: number | string;
}

export function toVersion(row: VersionRow): BoardVersion {
  const reason = (VERSION_REASONS as readonly string[]).includes(row.reason) ? (row.reason as VersionReason) : 'activity';
  return { id: row.id, name: row.name, reason, createdAt: Number(row.created_at), authors: readAuthors(row.authors), seq: Number(row.seq) };
}

function readAuthors(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

const toBytes = (data: Uint8Array) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export const VERSION_COLUMNS = 'id, name, reason, created_at, authors, seq';

export function sqliteVersionStorage(db: Database.Database): VersionStorage {
  db.exec(VERSIONS_SCHEMA);
  const insert = db.prepare<[string, string, string | null, string, number, string, number, Uint8Array, string]>(
    'INSERT INTO versions (board_id, id, name, reason, created_at, authors, seq, state) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM boards WHERE id = ?)',
  );
  const list = db.prepare<[string], VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions WHERE board_id = ? ORDER BY created_at DESC, id DESC`);
  const select = db.prepare<[string, string], VersionRow & { state: Buffer }>(`SELECT ${VERSION_COLUMNS}, state FROM versions WHERE board_id = ? AND id = ?`);
  const prune = db.prepare<[string, string, string, string, number]>(`
    DELETE FROM versions WHERE board_id = ? AND name IS NULL AND reason = ? AND id NOT IN (
      SELECT id FROM versions WHERE board_id = ? AND name IS NULL AND reason = ? ORDER BY created_at DESC, id DESC LIMIT ?)`);
  return {
    async saveVersion(boardId, v) {
      insert.run(boardId, v.id, v.name, v.reason, v.createdAt, JSON.stringify(v.authors), v.seq, v.state, boardId);
    },
    listVersions: async (boardId) => list.all(boardId).map(toVersion),
    async loadVersion(boardId, versionId) {
      const row = select.get(boardId, versionId);
      return row && { ...toVersion(row), state: toBytes(row.state) };
    },
    pruneVersions: async (boardId, reason, keep) => prune.run(boardId, reason, boardId, reason, keep).changes,
  };
}
