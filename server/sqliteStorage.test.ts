import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqliteStorage } from './sqliteStorage.ts';
import type { Storage } from './storage.ts';
import { describeStorageContract } from './storageContract.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-storage-'));

describeStorageContract('SQLite', async () => {
  const dataDir = tempDir();
  return { storage: openSqliteStorage(dataDir), dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
});

describe('SQLite storage, its file', () => {
  let dataDir: string;
  let storage: Storage;
  beforeEach(async () => {
    dataDir = tempDir();
    storage = openSqliteStorage(dataDir);
    await storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1000 }, bytes(1));
  });
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a WAL journal', () => {
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('compacts in one transaction: a failure half-way leaves the log untouched', async () => {
    await storage.append('board0001', bytes(2));
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    // The snapshot insert succeeds, then the delete fails: both must roll back together.
    db.exec("CREATE TRIGGER fail_delete BEFORE DELETE ON updates BEGIN SELECT RAISE(ABORT, 'disk fault'); END");
    await expect(storage.compact('board0001', bytes(9), 2)).rejects.toThrow('disk fault');
    expect(await storage.load('board0001')).toEqual({ updates: [bytes(1), bytes(2)], lastSeq: 2 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM snapshots').get()).toEqual({ n: 0 });
    db.close();
  });
});
