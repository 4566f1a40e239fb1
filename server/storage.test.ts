import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openSqliteStorage, type Storage } from './storage.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('SQLite storage', () => {
  let dataDir: string;
  let storage: Storage;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journeyboard-storage-'));
    storage = openSqliteStorage(dataDir);
    storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1000 }, bytes(1));
  });
  afterEach(() => {
    storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a WAL journal', () => {
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('loads the first state and appended updates in order', () => {
    expect(storage.append('board0001', bytes(2))).toBe(2);
    expect(storage.append('board0001', bytes(3))).toBe(3);
    expect(storage.load('board0001')).toEqual({ updates: [bytes(1), bytes(2), bytes(3)], lastSeq: 3 });
    expect(storage.load('unknown00')).toEqual({ updates: [], lastSeq: 0 });
  });

  it('compacts into a snapshot and keeps numbering after it', () => {
    storage.append('board0001', bytes(2));
    storage.append('board0001', bytes(3));
    storage.compact('board0001', bytes(9, 9), 2);
    expect(storage.load('board0001')).toEqual({ updates: [bytes(9, 9), bytes(3)], lastSeq: 3 });
    storage.compact('board0001', bytes(8, 8), 3);
    expect(storage.load('board0001')).toEqual({ updates: [bytes(8, 8)], lastSeq: 3 });
    // An empty log must not restart at 1: the snapshot already covers 1..3.
    expect(storage.append('board0001', bytes(4))).toBe(4);
    expect(storage.load('board0001')).toEqual({ updates: [bytes(8, 8), bytes(4)], lastSeq: 4 });
  });

  it('compacts in one transaction: a failure half-way leaves the log untouched', () => {
    storage.append('board0001', bytes(2));
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    // The snapshot insert succeeds, then the delete fails: both must roll back together.
    db.exec("CREATE TRIGGER fail_delete BEFORE DELETE ON updates BEGIN SELECT RAISE(ABORT, 'disk fault'); END");
    expect(() => storage.compact('board0001', bytes(9), 2)).toThrow('disk fault');
    expect(storage.load('board0001')).toEqual({ updates: [bytes(1), bytes(2)], lastSeq: 2 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM snapshots').get()).toEqual({ n: 0 });
    db.close();
  });

  it('serves a preview only while no update was stored after it', () => {
    expect(storage.previewSeq('board0001')).toBeUndefined();
    expect(storage.loadFreshPreview('board0001')).toBeUndefined();
    storage.savePreview('board0001', bytes(5), 1);
    expect(storage.previewSeq('board0001')).toBe(1);
    expect(storage.loadFreshPreview('board0001')).toEqual(bytes(5));
    storage.append('board0001', bytes(2));
    expect(storage.loadFreshPreview('board0001')).toBeUndefined();
    // Compaction folds the log but does not make an old preview current.
    storage.compact('board0001', bytes(9), 2);
    expect(storage.loadFreshPreview('board0001')).toBeUndefined();
    storage.savePreview('board0001', bytes(6), 2);
    expect(storage.loadFreshPreview('board0001')).toEqual(bytes(6));
  });

  it('creates a board row and its first state together or not at all', () => {
    expect(() => storage.createBoard({ id: 'board0001', title: 'again', createdAt: 2 }, bytes(7))).toThrow();
    expect(storage.load('board0001').updates).toEqual([bytes(1)]);
    expect(storage.getBoard('board0001')).toEqual({ id: 'board0001', title: 'T', createdAt: 1000, updatedAt: 1000, deletedAt: null });
  });

  it('keeps board metadata', () => {
    storage.updateBoardMeta('board0001', 'Renamed', 5000);
    expect(storage.setDeletedAt('board0001', 6000)).toBe(true);
    expect(storage.getBoard('board0001')).toEqual({ id: 'board0001', title: 'Renamed', createdAt: 1000, updatedAt: 5000, deletedAt: 6000 });
    expect(storage.setDeletedAt('board0001', null)).toBe(true);
    expect(storage.getBoard('board0001')?.deletedAt).toBeNull();
    expect(storage.setDeletedAt('missing00', 1)).toBe(false);
    expect(storage.getBoard('missing00')).toBeUndefined();
  });
});
