import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteAccessStorage } from './accessStorage.ts';
import type { BoardAccess, Role } from './capabilities.ts';
import { DatabaseOpenError, type BoardDump, type BoardRecord, type Storage, type StoredSince } from './storage.ts';
import { sqliteTemplateStorage } from './templateStorage.ts';
import { sqliteVersionStorage, toVersion, VERSION_COLUMNS, type VersionRow } from './versionStorage.ts';

/* Boards in one SQLite file under DATA_DIR (better-sqlite3, WAL): the default store. */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
);
CREATE TABLE IF NOT EXISTS updates (
  board_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS previews (
  board_id TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
`;

interface BoardRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

export const DATABASE_FILE = 'journeyboard.db';


/** Throws DatabaseOpenError for a file that cannot be opened, is not SQLite, or is damaged where it is first read. */
function openDatabaseFile(dataDir: string): Database.Database {
  const file = path.resolve(dataDir, DATABASE_FILE);
  let db: Database.Database | undefined;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    db = new Database(file);
    // The first read of the file: one that is not SQLite, or whose first pages are damaged, fails
    // here, before anything is written to it.
    db.pragma('journal_mode = WAL');
    // In WAL mode, NORMAL makes every commit a write() into the WAL file before it returns, so a
    // process crash (kill -9, OOM) loses nothing that was committed; only a power loss or kernel
    // crash can drop the last commits. FULL (an fsync per commit) would survive those too, at a
    // large cost per keystroke.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    // The server's first line counts the boards: a damaged boards table is found here too.
    db.prepare('SELECT COUNT(*) FROM boards').get();
    return db;
  } catch (error) {
    db?.close();
    throw new DatabaseOpenError(`Journeyboard cannot open its database ${file}: ${openFailure(file, error)}`);
  }
}

/** SQLite says only "unable to open database file" where the file system can say why. */
function openFailure(file: string, error: unknown): string {
  if ((error as { code?: unknown }).code === 'SQLITE_CANTOPEN' && fs.existsSync(file)) {
    if (fs.statSync(file).isDirectory()) return 'it is a directory';
    try {
      fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    } catch {
      return 'permission denied';
    }
  }
  return error instanceof Error ? error.message : String(error);
}

export function openSqliteStorage(dataDir: string): Storage {
  const db = openDatabaseFile(dataDir);

  const selectSnapshot = db.prepare<[string], { data: Buffer; upto_seq: number }>(
    'SELECT data, upto_seq FROM snapshots WHERE board_id = ?',
  );
  const selectUpdates = db.prepare<[string, number], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM updates WHERE board_id = ? AND seq > ? ORDER BY seq',
  );
  // The next seq continues after the snapshot too: after a compaction empties the log, a new
  // update must not reuse a number the snapshot already covers.
  const insertUpdate = db.prepare<{ id: string; data: Uint8Array }, { seq: number }>(`
    INSERT INTO updates (board_id, seq, data) VALUES (@id, COALESCE(
      (SELECT MAX(seq) FROM updates WHERE board_id = @id),
      (SELECT upto_seq FROM snapshots WHERE board_id = @id),
      0) + 1, @data)
    RETURNING seq`);
  // A snapshot only ever moves forward: a compaction that took its state before another one
  // stored a later snapshot (and deleted the log up to it) must not put the older one back.
  const upsertSnapshot = db.prepare<[string, Uint8Array, number]>(`
    INSERT INTO snapshots (board_id, data, upto_seq) VALUES (?, ?, ?)
    ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq
    WHERE excluded.upto_seq > snapshots.upto_seq`);
  const upsertPreview = db.prepare<[string, Uint8Array, number]>(
    'INSERT OR REPLACE INTO previews (board_id, data, upto_seq) VALUES (?, ?, ?)',
  );
  const selectPreviewSeq = db.prepare<[string], { upto_seq: number }>('SELECT upto_seq FROM previews WHERE board_id = ?');
  const selectFreshPreview = db.prepare<{ id: string }, { data: Buffer }>(`
    SELECT data FROM previews WHERE board_id = @id AND upto_seq = COALESCE(
      (SELECT MAX(seq) FROM updates WHERE board_id = @id),
      (SELECT upto_seq FROM snapshots WHERE board_id = @id),
      0)`);
  // As insertUpdate, in one statement, but only while the last seq is still @after.
  const insertUpdateAfter = db.prepare<{ id: string; after: number; data: Uint8Array }, { seq: number }>(`
    INSERT INTO updates (board_id, seq, data) SELECT @id, @after + 1, @data
    WHERE EXISTS (SELECT 1 FROM boards WHERE id = @id) AND COALESCE(
      (SELECT MAX(seq) FROM updates WHERE board_id = @id),
      (SELECT upto_seq FROM snapshots WHERE board_id = @id),
      0) = @after
    RETURNING seq`);
  const deleteUpdatesUpTo = db.prepare<[string, number]>('DELETE FROM updates WHERE board_id = ? AND seq <= ?');
  const insertBoard = db.prepare<[string, string, number, number]>(
    'INSERT INTO boards (id, title, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, NULL)',
  );
  const selectBoard = db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?');
  const updateMeta = db.prepare<[string, number, string]>('UPDATE boards SET title = ?, updated_at = ? WHERE id = ?');
  const updateDeletedAt = db.prepare<[number | null, string]>('UPDATE boards SET deleted_at = ? WHERE id = ?');
  const { storage: accessStorage, setAccess: setBoardAccess } = sqliteAccessStorage(db);
  const versions = sqliteVersionStorage(db);
  const deleteRows = ['updates', 'snapshots', 'previews', 'board_tokens', 'board_links', 'versions'].map((table) => db.prepare<[string]>(`DELETE FROM ${table} WHERE board_id = ?`));
  const deleteBoardRow = db.prepare<[string]>('DELETE FROM boards WHERE id = ?');

  const append = (boardId: string, update: Uint8Array): number => {
    const row = insertUpdate.get({ id: boardId, data: update });
    if (!row) throw new Error('append returned no sequence number');
    return row.seq;
  };

  const appendAfter = (boardId: string, afterSeq: number, update: Uint8Array): number | null => {
    const row = insertUpdateAfter.get({ id: boardId, after: afterSeq, data: update });
    if (row) return row.seq;
    // Only when nothing was stored: the rare case costs the second look.
    if (!selectBoard.get(boardId)) throw new Error(`no board ${boardId} to append to`);
    return null;
  };

  // One transaction: a crash before COMMIT leaves the old snapshot and the whole log; after it,
  // the new snapshot already holds every deleted update. Nothing in between is ever visible.
  const compact = db.transaction((boardId: string, mergedState: Uint8Array, uptoSeq: number) => {
    upsertSnapshot.run(boardId, mergedState, uptoSeq);
    deleteUpdatesUpTo.run(boardId, uptoSeq);
  });

  const createBoard = db.transaction(
    (board: Pick<BoardRecord, 'id' | 'title' | 'createdAt'>, firstState: Uint8Array, access?: BoardAccess) => {
      insertBoard.run(board.id, board.title, board.createdAt, board.createdAt);
      append(board.id, firstState);
      if (access) setBoardAccess(board.id, access);
    },
  );

  const deleteBoard = db.transaction((boardId: string) => {
    for (const statement of deleteRows) statement.run(boardId);
    return deleteBoardRow.run(boardId).changes > 0;
  });

  const loadSince = db.transaction((boardId: string, afterSeq: number): StoredSince => {
    const stored = selectSnapshot.get(boardId);
    const snapshot = stored && stored.upto_seq > afterSeq ? { data: toBytes(stored.data), uptoSeq: stored.upto_seq } : null;
    const updates = selectUpdates.all(boardId, snapshot?.uptoSeq ?? afterSeq).map((row) => ({ seq: row.seq, data: toBytes(row.data) }));
    return { snapshot, updates };
  });

  const rowsOf = <Row>(sql: string, boardId: string) => db.prepare<[string], Row>(sql).all(boardId);
  // One transaction: a dump taken while the server writes is one moment's rows.
  const dumpBoard = db.transaction((boardId: string): BoardDump | undefined => {
    const row = selectBoard.get(boardId);
    if (!row) return undefined;
    const snapshot = selectSnapshot.get(boardId);
    const preview = rowsOf<{ data: Buffer; upto_seq: number }>('SELECT data, upto_seq FROM previews WHERE board_id = ?', boardId)[0];
    return {
      board: toRecord(row),
      snapshot: snapshot ? { data: toBytes(snapshot.data), uptoSeq: snapshot.upto_seq } : null,
      updates: selectUpdates.all(boardId, snapshot?.upto_seq ?? 0).map((update) => ({ seq: update.seq, data: toBytes(update.data) })),
      tokens: rowsOf<{ role: Role; token_hash: string }>('SELECT role, token_hash FROM board_tokens WHERE board_id = ? ORDER BY role', boardId).map((token) => ({ role: token.role, tokenHash: token.token_hash })),
      links: rowsOf<{ role: Role; sealed: Buffer }>('SELECT role, sealed FROM board_links WHERE board_id = ? ORDER BY role', boardId).map((link) => ({ role: link.role, sealed: toBytes(link.sealed) })),
      preview: preview ? { data: toBytes(preview.data), uptoSeq: preview.upto_seq } : null,
      versions: rowsOf<VersionRow & { state: Buffer }>(`SELECT ${VERSION_COLUMNS}, state FROM versions WHERE board_id = ? ORDER BY created_at, id`, boardId).map((row) => ({ ...toVersion(row), state: toBytes(row.state) })),
    };
  });
  const restoreBoard = db.transaction(({ board, snapshot, updates, tokens, links, preview, versions: saved }: BoardDump) => {
    db.prepare('INSERT INTO boards (id, title, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)').run(board.id, board.title, board.createdAt, board.updatedAt, board.deletedAt);
    if (snapshot) db.prepare('INSERT INTO snapshots (board_id, data, upto_seq) VALUES (?, ?, ?)').run(board.id, snapshot.data, snapshot.uptoSeq);
    const insert = db.prepare<[string, number, Uint8Array]>('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)');
    for (const update of updates) insert.run(board.id, update.seq, update.data);
    for (const token of tokens) db.prepare('INSERT INTO board_tokens (board_id, role, token_hash) VALUES (?, ?, ?)').run(board.id, token.role, token.tokenHash);
    for (const link of links) db.prepare('INSERT INTO board_links (board_id, role, sealed) VALUES (?, ?, ?)').run(board.id, link.role, link.sealed);
    if (preview) upsertPreview.run(board.id, preview.data, preview.uptoSeq);
    const insertVersion = db.prepare('INSERT INTO versions (board_id, id, name, reason, created_at, authors, seq, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const v of saved) insertVersion.run(board.id, v.id, v.name, v.reason, v.createdAt, JSON.stringify(v.authors), v.seq, v.state);
  });

  // better-sqlite3 answers at once; the promises are the interface's, for engines that do not.
  return {
    ...sqliteTemplateStorage(db),
    ...accessStorage,
    ...versions,
    async load(boardId) {
      const snapshot = selectSnapshot.get(boardId);
      const rows = selectUpdates.all(boardId, snapshot?.upto_seq ?? 0);
      const updates = rows.map((row) => toBytes(row.data));
      const lastSeq = rows.at(-1)?.seq ?? snapshot?.upto_seq ?? 0;
      return { updates: snapshot ? [toBytes(snapshot.data), ...updates] : updates, lastSeq };
    },
    loadSince: async (boardId, afterSeq) => loadSince(boardId, afterSeq),
    append: async (boardId, update) => append(boardId, update),
    appendAfter: async (boardId, afterSeq, update) => appendAfter(boardId, afterSeq, update),
    compact: async (boardId, mergedState, uptoSeq) => compact(boardId, mergedState, uptoSeq),
    createBoard: async (board, firstState, access) => createBoard(board, firstState, access),
    deleteBoard: async (boardId) => deleteBoard(boardId),
    async savePreview(boardId, preview, uptoSeq) {
      upsertPreview.run(boardId, preview, uptoSeq);
    },
    previewSeq: async (boardId) => selectPreviewSeq.get(boardId)?.upto_seq,
    async loadFreshPreview(boardId) {
      const row = selectFreshPreview.get({ id: boardId });
      return row && toBytes(row.data);
    },
    async getBoard(boardId) {
      const row = selectBoard.get(boardId);
      return row && toRecord(row);
    },
    async updateBoardMeta(boardId, title, updatedAt) {
      updateMeta.run(title, updatedAt, boardId);
    },
    setDeletedAt: async (boardId, deletedAt) => updateDeletedAt.run(deletedAt, boardId).changes > 0,
    countBoards: async () => db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM boards').get()?.n ?? 0,
    boardIds: async () => db.prepare<[], { id: string }>('SELECT id FROM boards ORDER BY id').all().map((row) => row.id),
    dumpBoard: async (boardId) => dumpBoard(boardId),
    restoreBoard: async (dump) => restoreBoard(dump),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}

function toRecord(row: BoardRow): BoardRecord {
  return { id: row.id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at };
}

/** A plain Uint8Array: Yjs and lib0 should not see Node's Buffer subclass. */
function toBytes(data: unknown): Uint8Array {
  if (!(data instanceof Uint8Array)) throw new Error('stored row is not a blob');
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
