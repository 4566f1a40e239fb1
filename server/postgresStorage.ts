import pg from 'pg';
import { ROLES, type BoardAccess, type Role } from './capabilities.ts';
import { POSTGRES_VERSIONS_SCHEMA, postgresVersionStorage } from './postgresVersions.ts';
import { DatabaseOpenError, type BoardRecord, type Storage } from './storage.ts';
import { toVersion, VERSION_COLUMNS, type VersionRow } from './versionStorage.ts';

/*
 * Boards in PostgreSQL (node-postgres), for several instances sharing one store: the same
 * tables as SQLite's, a board's sequence numbers given out under its row's lock, and each
 * compaction under an advisory lock of its board.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deleted_at BIGINT,
  last_seq BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS updates (
  board_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (board_id, seq)
);
CREATE TABLE IF NOT EXISTS snapshots (board_id TEXT PRIMARY KEY, data BYTEA NOT NULL, upto_seq BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS previews (board_id TEXT PRIMARY KEY, data BYTEA NOT NULL, upto_seq BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS board_tokens (board_id TEXT NOT NULL, role TEXT NOT NULL, token_hash TEXT NOT NULL, PRIMARY KEY (board_id, role));
CREATE TABLE IF NOT EXISTS board_links (board_id TEXT NOT NULL, role TEXT NOT NULL, sealed BYTEA NOT NULL, PRIMARY KEY (board_id, role));
CREATE TABLE IF NOT EXISTS server_tokens (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  stages INTEGER NOT NULL,
  cards INTEGER NOT NULL,
  strategy_items INTEGER NOT NULL,
  file TEXT NOT NULL
);
`;

/**
 * Advisory lock keys: one for creating the tables, one per board (by its id) for compacting it,
 * and one a lone server holds for as long as it runs.
 */
const SCHEMA_LOCK = 7_302_310;
const COMPACT_LOCK = 7_302_311;
const SERVER_LOCK = 7_302_312;

/** Another server holds the database: two would each load a board and never see the other's edits. */
export class DatabaseInUseError extends DatabaseOpenError {
  override name = 'DatabaseInUseError';
}

/** The tables a board's rows are in, the boards row last. */
const BOARD_TABLES = ['updates', 'snapshots', 'previews', 'board_tokens', 'board_links', 'versions'];

/** The address without its password, for messages. */
export function redactedUrl(url: string, variable = 'DATABASE_URL'): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return `a ${variable} that is not a URL`;
  }
}

interface BoardRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/**
 * Opens the pool and makes the tables if they are not there. Rejects with DatabaseOpenError if
 * the server cannot be reached. `server`: the storage of a server, which holds the database
 * from a connection of its own: `alone`, the only one (no fan-out between servers), or
 * `shared` with other instances that share their edits through Redis; neither kind starts
 * while the other holds it. PostgreSQL lets go when that connection ends, however the process
 * ends. Without it (the link tools), nothing is held.
 */
export async function openPostgresStorage(url: string, { server }: { server?: 'alone' | 'shared' } = {}): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client whose server went away emits an error the pool would otherwise throw.
  pool.on('error', () => {});
  let held: pg.Client | null = null;
  try {
    await inTransaction(pool, async (client) => {
      // Instances that start together would race to create the same tables.
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA + POSTGRES_VERSIONS_SCHEMA);
    });
    if (server) held = await holdServerLock(url, server);
  } catch (error) {
    await pool.end();
    if (error instanceof DatabaseInUseError) throw error;
    throw new DatabaseOpenError(`Journeyboard cannot open its database ${redactedUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const query = async <Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await pool.query<Row>(text, values)).rows;

  async function setAccessIn(client: pg.PoolClient | pg.Pool, boardId: string, { hashes, seals }: BoardAccess): Promise<void> {
    for (const role of ROLES) {
      await client.query('INSERT INTO board_tokens (board_id, role, token_hash) VALUES ($1, $2, $3) ON CONFLICT (board_id, role) DO UPDATE SET token_hash = excluded.token_hash', [boardId, role, hashes[role]]);
      const sealed = seals[role];
      if (sealed) await client.query('INSERT INTO board_links (board_id, role, sealed) VALUES ($1, $2, $3) ON CONFLICT (board_id, role) DO UPDATE SET sealed = excluded.sealed', [boardId, role, Buffer.from(sealed)]);
    }
  }

  return {
    ...postgresVersionStorage(pool),
    async load(boardId) {
      // One statement, so one view of the rows: a compaction committing meanwhile cannot make
      // the load read the old snapshot and miss the updates it folded.
      const rows = await query<{ snapshot: boolean; seq: string; data: Buffer }>(
        `SELECT true AS snapshot, upto_seq AS seq, data FROM snapshots WHERE board_id = $1
         UNION ALL
         SELECT false, seq, data FROM updates
           WHERE board_id = $1 AND seq > COALESCE((SELECT upto_seq FROM snapshots WHERE board_id = $1), 0)
         ORDER BY snapshot DESC, seq`,
        [boardId],
      );
      return { updates: rows.map((row) => toBytes(row.data)), lastSeq: rows.length === 0 ? 0 : Number(rows.at(-1)!.seq) };
    },
    async loadSince(boardId, afterSeq) {
      // One statement, as a load is: the snapshot only if it covers more than the room holds.
      const rows = await query<{ snapshot: boolean; seq: string; data: Buffer }>(
        `SELECT true AS snapshot, upto_seq AS seq, data FROM snapshots WHERE board_id = $1 AND upto_seq > $2
         UNION ALL
         SELECT false, seq, data FROM updates
           WHERE board_id = $1 AND seq > GREATEST($2, COALESCE((SELECT upto_seq FROM snapshots WHERE board_id = $1), 0))
         ORDER BY snapshot DESC, seq`,
        [boardId, afterSeq],
      );
      const snapshot = rows[0]?.snapshot ? rows[0] : undefined;
      return {
        snapshot: snapshot ? { data: toBytes(snapshot.data), uptoSeq: Number(snapshot.seq) } : null,
        updates: rows.filter((row) => !row.snapshot).map((row) => ({ seq: Number(row.seq), data: toBytes(row.data) })),
      };
    },
    async append(boardId, update) {
      // The board's row is locked from the UPDATE to the end of the statement: appends from
      // every instance take the numbers one after another, none twice.
      const rows = await query<{ seq: string }>(
        `WITH next AS (UPDATE boards SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq)
         INSERT INTO updates (board_id, seq, data) SELECT $1, last_seq, $2 FROM next RETURNING seq`,
        [boardId, Buffer.from(update)],
      );
      if (rows.length === 0) throw new Error(`no board ${boardId} to append to`);
      return Number(rows[0]!.seq);
    },
    async appendAfter(boardId, afterSeq, update) {
      // As append, but the row is only taken while its last seq is still `afterSeq`.
      const rows = await query<{ seq: string }>(
        `WITH next AS (UPDATE boards SET last_seq = last_seq + 1 WHERE id = $1 AND last_seq = $2 RETURNING last_seq)
         INSERT INTO updates (board_id, seq, data) SELECT $1, last_seq, $3 FROM next RETURNING seq`,
        [boardId, afterSeq, Buffer.from(update)],
      );
      if (rows.length > 0) return Number(rows[0]!.seq);
      if ((await query('SELECT 1 FROM boards WHERE id = $1', [boardId])).length === 0) throw new Error(`no board ${boardId} to append to`);
      return null;
    },
    async compact(boardId, mergedState, uptoSeq) {
      await inTransaction(pool, async (client) => {
        // One compaction of a board at a time across instances; another one now has the lease,
        // and this one's state is folded by the next.
        const lease = await client.query<{ held: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS held', [COMPACT_LOCK, boardId]);
        if (!lease.rows[0]?.held) return;
        await client.query(
          `INSERT INTO snapshots (board_id, data, upto_seq) VALUES ($1, $2, $3)
           ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq
           WHERE excluded.upto_seq > snapshots.upto_seq`,
          [boardId, Buffer.from(mergedState), uptoSeq],
        );
        await client.query('DELETE FROM updates WHERE board_id = $1 AND seq <= $2', [boardId, uptoSeq]);
      });
    },
    async savePreview(boardId, preview, uptoSeq) {
      await pool.query('INSERT INTO previews (board_id, data, upto_seq) VALUES ($1, $2, $3) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq', [boardId, Buffer.from(preview), uptoSeq]);
    },
    async previewSeq(boardId) {
      const rows = await query<{ upto_seq: string }>('SELECT upto_seq FROM previews WHERE board_id = $1', [boardId]);
      return rows[0] && Number(rows[0].upto_seq);
    },
    async loadFreshPreview(boardId) {
      const rows = await query<{ data: Buffer }>('SELECT p.data FROM previews p JOIN boards b ON b.id = p.board_id WHERE p.board_id = $1 AND p.upto_seq = b.last_seq', [boardId]);
      return rows[0] && toBytes(rows[0].data);
    },
    async createBoard(board, firstState, access) {
      await inTransaction(pool, async (client) => {
        await client.query('INSERT INTO boards (id, title, created_at, updated_at, deleted_at, last_seq) VALUES ($1, $2, $3, $3, NULL, 1)', [board.id, board.title, board.createdAt]);
        await client.query('INSERT INTO updates (board_id, seq, data) VALUES ($1, 1, $2)', [board.id, Buffer.from(firstState)]);
        if (access) await setAccessIn(client, board.id, access);
      });
    },
    async deleteBoard(boardId) {
      return inTransaction(pool, async (client) => {
        for (const table of BOARD_TABLES) await client.query(`DELETE FROM ${table} WHERE board_id = $1`, [boardId]);
        return ((await client.query('DELETE FROM boards WHERE id = $1', [boardId])).rowCount ?? 0) > 0;
      });
    },
    async getBoard(boardId) {
      const [row] = await query<BoardRow>('SELECT id, title, created_at, updated_at, deleted_at FROM boards WHERE id = $1', [boardId]);
      return row && toRecord(row);
    },
    async updateBoardMeta(boardId, title, updatedAt) {
      await pool.query('UPDATE boards SET title = $1, updated_at = $2 WHERE id = $3', [title, updatedAt, boardId]);
    },
    async setDeletedAt(boardId, deletedAt) {
      return ((await pool.query('UPDATE boards SET deleted_at = $1 WHERE id = $2', [deletedAt, boardId])).rowCount ?? 0) > 0;
    },
    async countBoards() {
      return Number((await query<{ n: string }>('SELECT COUNT(*) AS n FROM boards'))[0]!.n);
    },
    async boardIds() {
      return (await query<{ id: string }>('SELECT id FROM boards ORDER BY id')).map((row) => row.id);
    },
    async dumpBoard(boardId) {
      // One snapshot of the database for all the reads: a dump taken while instances write is one moment's rows.
      return inTransaction(pool, async (client) => {
        const rows = async <Row extends pg.QueryResultRow>(text: string) => (await client.query<Row>(text, [boardId])).rows;
        const [board] = await rows<BoardRow>('SELECT id, title, created_at, updated_at, deleted_at FROM boards WHERE id = $1');
        if (!board) return undefined;
        const [snapshot] = await rows<{ data: Buffer; upto_seq: string }>('SELECT data, upto_seq FROM snapshots WHERE board_id = $1');
        const [preview] = await rows<{ data: Buffer; upto_seq: string }>('SELECT data, upto_seq FROM previews WHERE board_id = $1');
        const updates = await rows<{ seq: string; data: Buffer }>('SELECT seq, data FROM updates WHERE board_id = $1 AND seq > COALESCE((SELECT upto_seq FROM snapshots WHERE board_id = $1), 0) ORDER BY seq');
        const tokens = await rows<{ role: Role; token_hash: string }>('SELECT role, token_hash FROM board_tokens WHERE board_id = $1 ORDER BY role');
        const links = await rows<{ role: Role; sealed: Buffer }>('SELECT role, sealed FROM board_links WHERE board_id = $1 ORDER BY role');
        return {
          board: toRecord(board),
          snapshot: snapshot ? { data: toBytes(snapshot.data), uptoSeq: Number(snapshot.upto_seq) } : null,
          updates: updates.map((update) => ({ seq: Number(update.seq), data: toBytes(update.data) })),
          tokens: tokens.map((token) => ({ role: token.role, tokenHash: token.token_hash })),
          links: links.map((link) => ({ role: link.role, sealed: toBytes(link.sealed) })),
          preview: preview ? { data: toBytes(preview.data), uptoSeq: Number(preview.upto_seq) } : null,
          versions: (await rows<VersionRow & { state: Buffer }>(`SELECT ${VERSION_COLUMNS}, state FROM versions WHERE board_id = $1 ORDER BY created_at, id`)).map((row) => ({ ...toVersion(row), state: toBytes(row.state) })),
        };
      }, 'REPEATABLE READ');
    },
    async restoreBoard({ board, snapshot, updates, tokens, links, preview, versions }) {
      // The next append continues after the last seq the dump holds, in its log or its snapshot.
      const lastSeq = Math.max(snapshot?.uptoSeq ?? 0, ...updates.map((update) => update.seq));
      await inTransaction(pool, async (client) => {
        await client.query('INSERT INTO boards (id, title, created_at, updated_at, deleted_at, last_seq) VALUES ($1, $2, $3, $4, $5, $6)', [board.id, board.title, board.createdAt, board.updatedAt, board.deletedAt, lastSeq]);
        if (snapshot) await client.query('INSERT INTO snapshots (board_id, data, upto_seq) VALUES ($1, $2, $3)', [board.id, Buffer.from(snapshot.data), snapshot.uptoSeq]);
        for (const update of updates) await client.query('INSERT INTO updates (board_id, seq, data) VALUES ($1, $2, $3)', [board.id, update.seq, Buffer.from(update.data)]);
        for (const token of tokens) await client.query('INSERT INTO board_tokens (board_id, role, token_hash) VALUES ($1, $2, $3)', [board.id, token.role, token.tokenHash]);
        for (const link of links) await client.query('INSERT INTO board_links (board_id, role, sealed) VALUES ($1, $2, $3)', [board.id, link.role, Buffer.from(link.sealed)]);
        if (preview) await client.query('INSERT INTO previews (board_id, data, upto_seq) VALUES ($1, $2, $3)', [board.id, Buffer.from(preview.data), preview.uptoSeq]);
        for (const v of versions) {
          await client.query('INSERT INTO versions (board_id, id, name, reason, created_at, authors, seq, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [board.id, v.id, v.name, v.reason, v.createdAt, JSON.stringify(v.authors), v.seq, Buffer.from(v.state)]);
        }
      });
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await held?.end();
      await pool.end();
    },

    async roleOf(boardId, tokenHash) {
      return (await query<{ role: Role }>('SELECT role FROM board_tokens WHERE board_id = $1 AND token_hash = $2', [boardId, tokenHash]))[0]?.role;
    },
    async setAccess(boardId, access) {
      await inTransaction(pool, (client) => setAccessIn(client, boardId, access));
    },
    async sealedLinks(boardId, role) {
      const [row] = await query<{ sealed: Buffer }>('SELECT sealed FROM board_links WHERE board_id = $1 AND role = $2', [boardId, role]);
      return row && toBytes(row.sealed);
    },
    async boardsWithoutAccess() {
      return (await query<{ id: string }>('SELECT id FROM boards WHERE id NOT IN (SELECT board_id FROM board_links) ORDER BY id')).map((row) => row.id);
    },
    async serverTokenHash(name) {
      return (await query<{ token_hash: string }>('SELECT token_hash FROM server_tokens WHERE name = $1', [name]))[0]?.token_hash;
    },
    async setServerTokenHash(name, hash) {
      await pool.query('INSERT INTO server_tokens (name, token_hash) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash', [name, hash]);
    },

    async listTemplates() {
      const rows = await query<{ id: string; name: string; created_at: string; stages: number; cards: number; strategy_items: number }>('SELECT id, name, created_at, stages, cards, strategy_items FROM templates ORDER BY created_at DESC, id');
      return rows.map((row) => ({ id: row.id, name: row.name, createdAt: Number(row.created_at), stages: row.stages, cards: row.cards, strategyItems: row.strategy_items }));
    },
    async getTemplateFile(id) {
      return (await query<{ file: string }>('SELECT file FROM templates WHERE id = $1', [id]))[0]?.file;
    },
    async createTemplate(t, file) {
      await pool.query('INSERT INTO templates (id, name, created_at, stages, cards, strategy_items, file) VALUES ($1, $2, $3, $4, $5, $6, $7)', [t.id, t.name, t.createdAt, t.stages, t.cards, t.strategyItems, file]);
    },
    async deleteTemplate(id) {
      return ((await pool.query('DELETE FROM templates WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
  };
}

async function holdServerLock(url: string, kind: 'alone' | 'shared'): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  // Instances sharing their edits hold the lock together; a server alone holds it by itself.
  const take = kind === 'alone' ? 'pg_try_advisory_lock' : 'pg_try_advisory_lock_shared';
  const { rows } = await client.query<{ held: boolean }>(`SELECT ${take}($1) AS held`, [SERVER_LOCK]);
  if (rows[0]?.held) return client;
  await client.end();
  if (kind === 'shared') throw new DatabaseInUseError(`A Journeyboard server without REDIS_URL is using the database ${redactedUrl(url)}: it shares no edits, so no instance with REDIS_URL starts beside it`);
  throw new DatabaseInUseError(`Another Journeyboard server is using the database ${redactedUrl(url)}: one server per database, or two would each hold a board and lose sight of the other's edits`);
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, isolation: 'READ COMMITTED' | 'REPEATABLE READ' = 'READ COMMITTED'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function toRecord(row: BoardRow): BoardRecord {
  return {
    id: row.id,
    title: row.title,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    deletedAt: row.deleted_at === null ? null : Number(row.deleted_at),
  };
}

/** A plain Uint8Array: Yjs and lib0 should not see Node's Buffer subclass. */
function toBytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
