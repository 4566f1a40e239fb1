import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessOf, hashToken, newBoardTokens, withNewToken } from './capabilities.ts';
import type { Storage } from './storage.ts';
import type { StoredVersion, VersionReason } from './versionStorage.ts';

/*
 * What every Storage does, whatever engine is behind it: each engine's test file runs these
 * against a fresh, empty store of its own (sqliteStorage.test.ts, postgresStorage.test.ts).
 */

const bytes = (...values: number[]) => new Uint8Array(values);

function version(id: string, name: string | null, createdAt: number, state: Uint8Array, reason: VersionReason = name === null ? 'activity' : 'named'): StoredVersion {
  return { id, name, reason, createdAt, authors: ['Ada', '王芳'], seq: 1, state };
}

export interface StoreUnderTest {
  storage: Storage;
  /** Removes what the store left behind (its files, its database). */
  dispose(): Promise<void>;
}

export function describeStorageContract(engine: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${engine} storage`, () => {
    let store: StoreUnderTest;
    let storage: Storage;
    beforeEach(async () => {
      store = await open();
      storage = store.storage;
      await storage.createBoard({ id: 'board0001', title: 'T', createdAt: 1000 }, bytes(1));
    });
    afterEach(async () => {
      await storage.close();
      await store.dispose();
    });

    it('loads the first state and appended updates in order', async () => {
      expect(await storage.append('board0001', bytes(2))).toBe(2);
      expect(await storage.append('board0001', bytes(3))).toBe(3);
      expect(await storage.load('board0001')).toEqual({ updates: [bytes(1), bytes(2), bytes(3)], lastSeq: 3 });
      expect(await storage.load('unknown00')).toEqual({ updates: [], lastSeq: 0 });
    });

    it('numbers appends made at once one after another, none twice', async () => {
      const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => storage.append('board0001', bytes(10 + i))));
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      const { updates, lastSeq } = await storage.load('board0001');
      expect(lastSeq).toBe(21);
      // Each update is stored under the seq its append was given.
      for (let i = 0; i < 20; i++) expect(updates[seqs[i]! - 1]).toEqual(bytes(10 + i));
    });

    it('appends after a seq only while nothing else was stored after it', async () => {
      expect(await storage.appendAfter('board0001', 1, bytes(2))).toBe(2);
      // Another instance's room, still at 1, stores nothing over what came after.
      expect(await storage.appendAfter('board0001', 1, bytes(7))).toBeNull();
      expect(await storage.appendAfter('board0001', 2, bytes(3))).toBe(3);
      await storage.compact('board0001', bytes(9, 3), 3);
      // After a compaction emptied the log, the snapshot's seq is the last one.
      expect(await storage.appendAfter('board0001', 2, bytes(7))).toBeNull();
      expect(await storage.appendAfter('board0001', 3, bytes(4))).toBe(4);
      expect(await storage.load('board0001')).toEqual({ updates: [bytes(9, 3), bytes(4)], lastSeq: 4 });
      await expect(storage.appendAfter('missing00', 0, bytes(1))).rejects.toThrow();
    });

    it('lets one of several appends after the same seq in, and only one', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => storage.appendAfter('board0001', 1, bytes(20 + i))));
      expect(results.filter((seq) => seq !== null)).toEqual([2]);
      expect((await storage.load('board0001')).lastSeq).toBe(2);
    });

    it('gives what was stored after a seq, from the snapshot when one covers more', async () => {
      for (const value of [2, 3, 4]) await storage.append('board0001', bytes(value));
      expect(await storage.loadSince('board0001', 2)).toEqual({ snapshot: null, updates: [{ seq: 3, data: bytes(3) }, { seq: 4, data: bytes(4) }] });
      expect(await storage.loadSince('board0001', 4)).toEqual({ snapshot: null, updates: [] });
      await storage.compact('board0001', bytes(9, 3), 3);
      // The log up to 3 is folded: a room at 2 needs the snapshot; a room at 3 or later does not.
      expect(await storage.loadSince('board0001', 2)).toEqual({ snapshot: { data: bytes(9, 3), uptoSeq: 3 }, updates: [{ seq: 4, data: bytes(4) }] });
      expect(await storage.loadSince('board0001', 3)).toEqual({ snapshot: null, updates: [{ seq: 4, data: bytes(4) }] });
    });

    it('compacts into a snapshot and keeps numbering after it', async () => {
      await storage.append('board0001', bytes(2));
      await storage.append('board0001', bytes(3));
      await storage.compact('board0001', bytes(9, 9), 2);
      expect(await storage.load('board0001')).toEqual({ updates: [bytes(9, 9), bytes(3)], lastSeq: 3 });
      await storage.compact('board0001', bytes(8, 8), 3);
      expect(await storage.load('board0001')).toEqual({ updates: [bytes(8, 8)], lastSeq: 3 });
      // An empty log must not restart at 1: the snapshot already covers 1..3.
      expect(await storage.append('board0001', bytes(4))).toBe(4);
      expect(await storage.load('board0001')).toEqual({ updates: [bytes(8, 8), bytes(4)], lastSeq: 4 });
    });

    it('never puts an older snapshot over a newer one', async () => {
      await storage.append('board0001', bytes(2));
      await storage.append('board0001', bytes(3));
      await storage.compact('board0001', bytes(9, 3), 3);
      // A compaction that took its state earlier, and stores it late, changes nothing.
      await storage.compact('board0001', bytes(9, 2), 2);
      expect(await storage.load('board0001')).toEqual({ updates: [bytes(9, 3)], lastSeq: 3 });
    });

    it('serves a preview only while no update was stored after it', async () => {
      expect(await storage.previewSeq('board0001')).toBeUndefined();
      expect(await storage.loadFreshPreview('board0001')).toBeUndefined();
      await storage.savePreview('board0001', bytes(5), 1);
      expect(await storage.previewSeq('board0001')).toBe(1);
      expect(await storage.loadFreshPreview('board0001')).toEqual(bytes(5));
      await storage.append('board0001', bytes(2));
      expect(await storage.loadFreshPreview('board0001')).toBeUndefined();
      // Compaction folds the log but does not make an old preview current.
      await storage.compact('board0001', bytes(9), 2);
      expect(await storage.loadFreshPreview('board0001')).toBeUndefined();
      await storage.savePreview('board0001', bytes(6), 2);
      expect(await storage.loadFreshPreview('board0001')).toEqual(bytes(6));
    });

    it('creates a board row and its first state together or not at all', async () => {
      await expect(storage.createBoard({ id: 'board0001', title: 'again', createdAt: 2 }, bytes(7))).rejects.toThrow();
      expect((await storage.load('board0001')).updates).toEqual([bytes(1)]);
      expect(await storage.getBoard('board0001')).toEqual({ id: 'board0001', title: 'T', createdAt: 1000, updatedAt: 1000, deletedAt: null });
      expect(await storage.countBoards()).toBe(1);
    });

    it('keeps board metadata', async () => {
      await storage.updateBoardMeta('board0001', 'Renamed', 5000);
      expect(await storage.setDeletedAt('board0001', 6000)).toBe(true);
      expect(await storage.getBoard('board0001')).toEqual({ id: 'board0001', title: 'Renamed', createdAt: 1000, updatedAt: 5000, deletedAt: 6000 });
      expect(await storage.setDeletedAt('board0001', null)).toBe(true);
      expect((await storage.getBoard('board0001'))?.deletedAt).toBeNull();
      expect(await storage.setDeletedAt('missing00', 1)).toBe(false);
      expect(await storage.getBoard('missing00')).toBeUndefined();
    });

    it('finds the role a token gives on its board only, and forgets a replaced token', async () => {
      const first = newBoardTokens();
      const second = newBoardTokens();
      await storage.createBoard({ id: 'board0002', title: 'A', createdAt: 1 }, bytes(0, 0), accessOf('board0002', first));
      await storage.createBoard({ id: 'board0003', title: 'B', createdAt: 1 }, bytes(0, 0), accessOf('board0003', second));
      expect(await storage.roleOf('board0002', hashToken(first.comment))).toBe('comment');
      expect(await storage.roleOf('board0002', hashToken(first.owner))).toBe('owner');
      // Another board's token, a token itself instead of its hash, and nothing at all give nothing.
      expect(await storage.roleOf('board0002', hashToken(second.owner))).toBeUndefined();
      expect(await storage.roleOf('board0002', first.owner)).toBeUndefined();
      expect(await storage.roleOf('board0002', hashToken(''))).toBeUndefined();

      const rotated = withNewToken(first, 'view');
      const access = accessOf('board0002', rotated);
      await storage.setAccess('board0002', access);
      expect(await storage.roleOf('board0002', hashToken(first.view))).toBeUndefined();
      expect(await storage.roleOf('board0002', hashToken(rotated.view))).toBe('view');
      expect(await storage.roleOf('board0002', hashToken(first.edit))).toBe('edit');
      expect(await storage.sealedLinks('board0002', 'owner')).toEqual(access.seals.owner);
      expect(await storage.sealedLinks('board0002', 'view')).toBeUndefined();
    });

    it('lists boards without links and deletes a board with everything kept of it', async () => {
      await storage.createBoard({ id: 'board0002', title: 'B', createdAt: 1 }, bytes(0, 0), accessOf('board0002', newBoardTokens()));
      await storage.append('board0002', bytes(2));
      await storage.compact('board0002', bytes(9), 2);
      await storage.savePreview('board0002', bytes(5), 2);
      expect(await storage.boardsWithoutAccess()).toEqual(['board0001']);
      expect(await storage.deleteBoard('board0002')).toBe(true);
      expect(await storage.getBoard('board0002')).toBeUndefined();
      expect(await storage.sealedLinks('board0002', 'owner')).toBeUndefined();
      expect(await storage.load('board0002')).toEqual({ updates: [], lastSeq: 0 });
      expect(await storage.loadFreshPreview('board0002')).toBeUndefined();
      expect(await storage.deleteBoard('board0002')).toBe(false);
      expect(await storage.countBoards()).toBe(1);
    });

    it('keeps the hash of a server token, replaced by the next', async () => {
      expect(await storage.serverTokenHash('admin')).toBeUndefined();
      await storage.setServerTokenHash('admin', 'hash-one');
      await storage.setServerTokenHash('admin', 'hash-two');
      expect(await storage.serverTokenHash('admin')).toBe('hash-two');
    });

    it('keeps saved templates, newest first, with their files', async () => {
      const template = (id: string, createdAt: number) => ({ id, name: `Template ${id}`, createdAt, stages: 2, cards: 5, strategyItems: 1 });
      await storage.createTemplate(template('tpl1', 10), '{"one":1}');
      await storage.createTemplate(template('tpl2', 20), '{"two":2}');
      expect(await storage.listTemplates()).toEqual([template('tpl2', 20), template('tpl1', 10)]);
      expect(await storage.getTemplateFile('tpl1')).toBe('{"one":1}');
      expect(await storage.deleteTemplate('tpl1')).toBe(true);
      expect(await storage.deleteTemplate('tpl1')).toBe(false);
      expect(await storage.getTemplateFile('tpl1')).toBeUndefined();
      expect(await storage.listTemplates()).toEqual([template('tpl2', 20)]);
    });

    it('dumps a board row by row, and restores it as it was, where it is not yet', async () => {
      await storage.createBoard({ id: 'board0002', title: 'B', createdAt: 5 }, bytes(0, 1), accessOf('board0002', newBoardTokens()));
      await storage.append('board0002', bytes(2));
      await storage.compact('board0002', bytes(9, 2), 2);
      await storage.append('board0002', bytes(3));
      await storage.savePreview('board0002', bytes(5), 3);
      await storage.setDeletedAt('board0002', 77);
      await storage.saveVersion('board0002', version('v1', 'Before workshop 2', 10, bytes(7, 7)));
      expect(await storage.boardIds()).toEqual(['board0001', 'board0002']);
      const dump = (await storage.dumpBoard('board0002'))!;
      expect(dump).toMatchObject({ board: { id: 'board0002', title: 'B', createdAt: 5, deletedAt: 77 }, snapshot: { data: bytes(9, 2), uptoSeq: 2 }, updates: [{ seq: 3, data: bytes(3) }], preview: { data: bytes(5), uptoSeq: 3 } });
      expect(dump.tokens.map((token) => token.role)).toEqual(['comment', 'edit', 'owner', 'view']);
      expect(dump.links.map((link) => link.role)).toEqual(['comment', 'edit', 'owner']);
      expect(dump.versions).toEqual([version('v1', 'Before workshop 2', 10, bytes(7, 7))]);
      const loaded = await storage.load('board0002');

      await expect(storage.restoreBoard(dump)).rejects.toThrow();
      expect(await storage.dumpBoard('board0002')).toEqual(dump);
      await storage.deleteBoard('board0002');
      await storage.restoreBoard(dump);
      expect(await storage.dumpBoard('board0002')).toEqual(dump);
      expect(await storage.load('board0002')).toEqual(loaded);
      expect(await storage.loadFreshPreview('board0002')).toEqual(bytes(5));
      expect(await storage.roleOf('board0002', dump.tokens[2]!.tokenHash)).toBe('owner');
      // Numbering goes on after the restored log.
      expect(await storage.append('board0002', bytes(4))).toBe(4);
      expect(await storage.dumpBoard('unknown00')).toBeUndefined();
    });

    it('keeps versions, newest first, named ones through any pruning, and forgets them with their board', async () => {
      await storage.saveVersion('board0001', version('named1', 'Before workshop 2', 100, bytes(1, 1)));
      await storage.saveVersion('board0001', version('ended', null, 150, bytes(1, 2), 'sessionEnded'));
      for (let i = 0; i < 4; i++) await storage.saveVersion('board0001', version(`auto${i}`, null, 200 + i, bytes(2, i)));
      const listed = await storage.listVersions('board0001');
      expect(listed.map((v) => v.id)).toEqual(['auto3', 'auto2', 'auto1', 'auto0', 'ended', 'named1']);
      expect(listed[5]).toEqual({ id: 'named1', name: 'Before workshop 2', reason: 'named', createdAt: 100, authors: ['Ada', '王芳'], seq: 1 });
      expect(listed[5]).not.toHaveProperty('state');
      expect(await storage.loadVersion('board0001', 'auto1')).toEqual(version('auto1', null, 201, bytes(2, 1)));
      expect(await storage.loadVersion('board0001', 'nothing')).toBeUndefined();
      expect(await storage.loadVersion('board0002', 'auto1')).toBeUndefined();
      // The newest two of a reason are kept, every other reason's, and every named one.
      expect(await storage.pruneVersions('board0001', 'activity', 2)).toBe(2);
      expect((await storage.listVersions('board0001')).map((v) => v.id)).toEqual(['auto3', 'auto2', 'ended', 'named1']);
      await storage.deleteBoard('board0001');
      expect(await storage.listVersions('board0001')).toEqual([]);
      // One saved as its board is deleted for good is not kept.
      await storage.saveVersion('board0001', version('late', null, 300, bytes(3)));
      expect(await storage.listVersions('board0001')).toEqual([]);
    });

    it('answers a ping while open', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });
  });
}
