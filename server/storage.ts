import type { AccessStorage } from './accessStorage.ts';
import type { BoardAccess, Role } from './capabilities.ts';
import type { TemplateStorage } from './templateStorage.ts';
import type { StoredVersion, VersionStorage } from './versionStorage.ts';

/*
 * What the server keeps, whatever keeps it: SQLite (sqliteStorage.ts, the default) or
 * PostgreSQL (postgresStorage.ts). openStorage.ts picks one.
 */

/** A board's metadata row. Times are milliseconds since the epoch. */
export interface BoardRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

/** Everything stored of one board, row by row: what a copy to another store carries (scripts/migrate-storage.ts). */
export interface BoardDump {
  board: BoardRecord;
  snapshot: { data: Uint8Array; uptoSeq: number } | null;
  /** The log after the snapshot, by seq. */
  updates: { seq: number; data: Uint8Array }[];
  /** Its links' hashes, by role (capabilities.ts). */
  tokens: { role: Role; tokenHash: string }[];
  /** Its links' seals, by role. */
  links: { role: Role; sealed: Uint8Array }[];
  preview: { data: Uint8Array; uptoSeq: number } | null;
  /** Its saved versions, oldest first. */
  versions: StoredVersion[];
}

/** What Storage.loadSince answers. */
export interface StoredSince {
  snapshot: { data: Uint8Array; uptoSeq: number } | null;
  updates: { seq: number; data: Uint8Array }[];
}

/** What a room loads: the snapshot (if any) then every later update, in order. */
export interface StoredLog {
  updates: Uint8Array[];
  /** The seq the log ends at, so a compaction of the loaded state knows what it covers. */
  lastSeq: number;
}

/**
 * Where boards live, shaped by the room lifecycle: a room loads the log once, appends every
 * update before anyone else sees it, and now and then folds the log into one snapshot.
 *
 * Every method is asynchronous, as a networked engine's are: a room awaits `append` before it
 * applies an update and relays it (room.ts), so nothing anyone sees is unstored.
 */
export interface Storage extends TemplateStorage, AccessStorage, VersionStorage {
  /** Rejects if the rows cannot be read. */
  load(boardId: string): Promise<StoredLog>;
  /**
   * What was stored after `afterSeq`, for a room that holds the log up to it and finds, on its
   * next append, that another server stored more meanwhile: the snapshot, if one covers more
   * than that (the log it folded is gone), then each later update with its seq.
   */
  loadSince(boardId: string, afterSeq: number): Promise<StoredSince>;
  /** Durably appends one update and resolves to its sequence number. */
  append(boardId: string, update: Uint8Array): Promise<number>;
  /**
   * Appends the update as number `afterSeq + 1` only if that is the next: resolves to null,
   * storing nothing, if something was stored after `afterSeq` (by another instance sharing the
   * store). A room checks each update against the whole stored board before it this way.
   */
  appendAfter(boardId: string, afterSeq: number, update: Uint8Array): Promise<number | null>;
  /** Replaces the log up to `uptoSeq` by `mergedState`, atomically. */
  compact(boardId: string, mergedState: Uint8Array, uptoSeq: number): Promise<void>;
  /** Stores the board's preview (see preview.ts) as of update `uptoSeq`, replacing any older one. */
  savePreview(boardId: string, preview: Uint8Array, uptoSeq: number): Promise<void>;
  /** The seq the stored preview was made at, if there is one. */
  previewSeq(boardId: string): Promise<number | undefined>;
  /** The stored preview, only if no update was stored after it: a stale preview is never shown. */
  loadFreshPreview(boardId: string): Promise<Uint8Array | undefined>;

  /**
   * Inserts the row, the document's first state and what is kept of its links' tokens
   * together, so a board never exists half-made.
   */
  createBoard(board: Pick<BoardRecord, 'id' | 'title' | 'createdAt'>, firstState: Uint8Array, access?: BoardAccess): Promise<void>;
  /** Removes the board and everything stored of it, for good. Resolves to false for an unknown board. */
  deleteBoard(boardId: string): Promise<boolean>;
  getBoard(boardId: string): Promise<BoardRecord | undefined>;
  /** Copies the doc's title and last edit time into the row (the doc stays the source of truth). */
  updateBoardMeta(boardId: string, title: string, updatedAt: number): Promise<void>;
  /** Sets or clears deleted_at. Resolves to false for an unknown board. */
  setDeletedAt(boardId: string, deletedAt: number | null): Promise<boolean>;

  /** Every board stored, those in the trash too. */
  countBoards(): Promise<number>;
  /** The ids of every board stored, in order. */
  boardIds(): Promise<string[]>;
  /** Everything stored of the board, as it is stored; undefined for an unknown board. */
  dumpBoard(boardId: string): Promise<BoardDump | undefined>;
  /** Stores a dump as it is, all of it or, if the board exists already, nothing. */
  restoreBoard(dump: BoardDump): Promise<void>;
  /** Rejects unless the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store cannot be opened (a file that is not a database, a server that does not answer): the message names it and why. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}
