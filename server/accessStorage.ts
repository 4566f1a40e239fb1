import type Database from 'better-sqlite3';
import { ROLES, type BoardAccess, type Role } from './capabilities.ts';

/** What the server keeps of boards' links and of its own admin link: hashes and seals, never a token. */
export interface AccessStorage {
  /** The role a token's hash gives on the board, if any (capabilities.ts). */
  roleOf(boardId: string, tokenHash: string): Promise<Role | undefined>;
  /** Replaces every token of the board at once: tokens not in `access` give nothing from now on. */
  setAccess(boardId: string, access: BoardAccess): Promise<void>;
  /** The tokens of the roles below `role`, sealed with that role's token (capabilities.ts). */
  sealedLinks(boardId: string, role: Role): Promise<Uint8Array | undefined>;
  /** Boards stored before links existed, or before their links were sealed: they need new ones. */
  boardsWithoutAccess(): Promise<string[]>;
  /** The hash of a server-level token by its name ('admin'), if one was made. */
  serverTokenHash(name: string): Promise<string | undefined>;
  setServerTokenHash(name: string, hash: string): Promise<void>;
}

export const ACCESS_SCHEMA = `
CREATE TABLE IF NOT EXISTS board_tokens (
  board_id TEXT NOT NULL,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (board_id, role)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS board_links (
  board_id TEXT NOT NULL,
  role TEXT NOT NULL,
  sealed BLOB NOT NULL,
  PRIMARY KEY (board_id, role)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS server_tokens (
  name TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL
);
`;

/**
 * The SQLite rows of access, and `setAccess` as a plain function too: a board's creation calls
 * it inside its own transaction (storage.ts).
 */
export function sqliteAccessStorage(db: Database.Database): { storage: AccessStorage; setAccess(boardId: string, access: BoardAccess): void } {
  db.exec(ACCESS_SCHEMA);
  const upsertToken = db.prepare<[string, string, string]>('INSERT OR REPLACE INTO board_tokens (board_id, role, token_hash) VALUES (?, ?, ?)');
  const upsertLinks = db.prepare<[string, string, Uint8Array]>('INSERT OR REPLACE INTO board_links (board_id, role, sealed) VALUES (?, ?, ?)');
  const selectRole = db.prepare<[string, string], { role: Role }>('SELECT role FROM board_tokens WHERE board_id = ? AND token_hash = ?');
  const selectLinks = db.prepare<[string, string], { sealed: Buffer }>('SELECT sealed FROM board_links WHERE board_id = ? AND role = ?');
  const selectUnopened = db.prepare<[], { id: string }>('SELECT id FROM boards WHERE id NOT IN (SELECT board_id FROM board_links) ORDER BY id');
  const selectServerToken = db.prepare<[string], { token_hash: string }>('SELECT token_hash FROM server_tokens WHERE name = ?');
  const upsertServerToken = db.prepare<[string, string]>('INSERT OR REPLACE INTO server_tokens (name, token_hash) VALUES (?, ?)');

  const setAccess = db.transaction((boardId: string, { hashes, seals }: BoardAccess) => {
    for (const role of ROLES) {
      upsertToken.run(boardId, role, hashes[role]);
      const sealed = seals[role];
      if (sealed) upsertLinks.run(boardId, role, sealed);
    }
  });

  return {
    setAccess: (boardId, access) => setAccess(boardId, access),
    storage: {
      roleOf: async (boardId, tokenHash) => selectRole.get(boardId, tokenHash)?.role,
      setAccess: async (boardId, access) => setAccess(boardId, access),
      async sealedLinks(boardId, role) {
        const row = selectLinks.get(boardId, role);
        return row && new Uint8Array(row.sealed);
      },
      boardsWithoutAccess: async () => selectUnopened.all().map((row) => row.id),
      serverTokenHash: async (name) => selectServerToken.get(name)?.token_hash,
      async setServerTokenHash(name, hash) {
        upsertServerToken.run(name, hash);
      },
    },
  };
}
