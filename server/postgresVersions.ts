import type pg from 'pg';
import { toVersion, VERSION_COLUMNS, type VersionRow, type VersionStorage } from './versionStorage.ts';

/* A board's saved versions in PostgreSQL (versionStorage.ts): the same table as SQLite's. */

export const POSTGRES_VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT,
  reason TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  authors TEXT NOT NULL,
  seq BIGINT NOT NULL,
  state BYTEA NOT NULL,
  PRIMARY KEY (board_id, id)
);
`;

const toBytes = (data: Buffer) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export function postgresVersionStorage(pool: pg.Pool): VersionStorage {
  return {
    async saveVersion(boardId, v) {
      await pool.query('INSERT INTO versions (board_id, id, name, reason, created_at, authors, seq, state) SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE EXISTS (SELECT 1 FROM boards WHERE id = $1)', [boardId, v.id, v.name, v.reason, v.createdAt, JSON.stringify(v.authors), v.seq, Buffer.from(v.state)]);
    },
    async listVersions(boardId) {
      const { rows } = await pool.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions WHERE board_id = $1 ORDER BY created_at DESC, id DESC`, [boardId]);
      return rows.map(toVersion);
    },
    async loadVersion(boardId, versionId) {
      const { rows } = await pool.query<VersionRow & { state: Buffer }>(`SELECT ${VERSION_COLUMNS}, state FROM versions WHERE board_id = $1 AND id = $2`, [boardId, versionId]);
      const row = rows[0];
      return row && { ...toVersion(row), state: toBytes(row.state) };
    },
    async pruneVersions(boardId, reason, keep) {
      const { rowCount } = await pool.query(
        `DELETE FROM versions WHERE board_id = $1 AND name IS NULL AND reason = $2 AND id NOT IN (
           SELECT id FROM versions WHERE board_id = $1 AND name IS NULL AND reason = $2 ORDER BY created_at DESC, id DESC LIMIT $3)`,
        [boardId, reason, keep],
      );
      return rowCount ?? 0;
    },
  };
}
