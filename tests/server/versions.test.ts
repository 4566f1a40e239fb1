import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addStage, setStageText } from '../../src/doc/commands/stages.ts';
import { setLocked } from '../../src/doc/commands/locks.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { readBoardFile } from '../../src/file/index.ts';
import { clusterForSuite, postgresMissing } from '../services/postgres.ts';
import { addNote, api, connectClient, createBoard, noteText, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';
import { linksOf } from './links.ts';

/*
 * Versions of a board through the API, against a real server: saved as the board was, kept
 * through compaction and a restart, read back as a Journeyboard file, each route behind the
 * role it needs. On SQLite, and on PostgreSQL where it can be had.
 */

const postgres = postgresMissing();
if (postgres) console.log(postgres);

describe('versions of a board', () => {
  const cluster = postgres === null ? clusterForSuite() : null;
  const stores: { name: string; env: () => Promise<Record<string, string>> }[] = [
    { name: 'SQLite', env: async () => ({}) },
    ...(cluster ? [{ name: 'PostgreSQL', env: async () => ({ DATABASE_URL: await cluster().newDatabase() }) }] : []),
  ];

  describe.each(stores)('on $name', ({ env }) => {
    let server: ServerProcess | undefined;
    afterAll(async () => {
      await server?.kill('SIGKILL');
    });

    it('keeps a named version through compaction and a restart, with who was there, and gives it back as a file', { timeout: 60_000 }, async () => {
      const dataDir = tempDataDir('versions');
      const settings = { ...(await env()), COMPACT_EVERY: '5' };
      server = await startServer(dataDir, settings);
      const boardId = await createBoard(server.url);
      const ada = connectClient(server.url, boardId);
      await whenSynced(ada);
      ada.provider.awareness.setLocalStateField('user', { name: 'Ada' });
      for (let i = 0; i < 3; i++) addNote(ada.doc, `before${i}`, `value ${i}`);
      // Stored once another client has them: the server relays only what it stored.
      const first = connectClient(server.url, boardId);
      await waitFor(() => noteText(first.doc, 'before2') === 'value 2', 10_000, 'the first notes to be stored');
      first.destroy();

      const saved = await api(server.url, 'POST', `/api/boards/${boardId}/versions`, { name: '  Before workshop 2 ' });
      expect(saved.status).toBe(201);
      expect(saved.json).toMatchObject({ name: 'Before workshop 2', reason: 'named', authors: ['Ada'] });
      const versionId = (saved.json as { id: string }).id;
      // Twelve more edits: the log is compacted twice over, and the version keeps the past.
      for (let i = 0; i < 12; i++) addNote(ada.doc, `after${i}`, `later ${i}`);
      const watcher = connectClient(server.url, boardId);
      await whenSynced(watcher);
      await waitFor(() => noteText(watcher.doc, 'after11') === 'later 11', 10_000, 'the later notes to be stored');
      ada.destroy();
      watcher.destroy();
      await server.kill('SIGTERM');
      server = await startServer(dataDir, settings);

      const listed = await api(server.url, 'GET', `/api/boards/${boardId}/versions`, undefined, linksOf(boardId).view);
      expect(listed.status).toBe(200);
      // The named one alone: in a board's first hour its edits save none by themselves.
      const entries = (listed.json as { versions: { id: string; name: string | null; reason: string }[] }).versions;
      expect(entries.map((v) => [v.name, v.reason])).toEqual([['Before workshop 2', 'named']]);
      expect(entries[0]!.id).toBe(versionId);
      const file = await api(server.url, 'GET', `/api/boards/${boardId}/versions/${versionId}`, undefined, linksOf(boardId).view);
      expect(file.status).toBe(200);
      const read = readBoardFile(JSON.stringify(file.json));
      if (!read.ok) throw new Error(read.error);
      expect(read.file.board.notes.map((note) => note.text).sort()).toEqual(['value 0', 'value 1', 'value 2']);
    });

    it('restores a version as one change that everyone connected sees in place, after saving the board as it was', { timeout: 60_000 }, async () => {
      server ??= await startServer(tempDataDir('versions-restore'), await env());
      const boardId = await createBoard(server.url);
      const { edit, comment } = linksOf(boardId);
      const ada = connectClient(server.url, boardId);
      const bob = connectClient(server.url, boardId);
      try {
        await Promise.all([whenSynced(ada), whenSynced(bob)]);
        addNote(ada.doc, 'kept', 'As in the workshop');
        await waitFor(() => noteText(bob.doc, 'kept') === 'As in the workshop', 10_000, 'the first note');
        const saved = await api(server.url, 'POST', `/api/boards/${boardId}/versions`, { name: 'After workshop 1' }, edit);
        const versionId = (saved.json as { id: string }).id;
        addNote(ada.doc, 'later', 'Added after the workshop');
        ada.doc.transact(() => (ada.doc.getMap('notes').get('kept') as Y.Map<unknown>).set('text', 'Changed afterwards'));
        await waitFor(() => noteText(bob.doc, 'kept') === 'Changed afterwards', 10_000, 'the later edits');
        const notesOfBob = bob.doc.getMap<Y.Map<unknown>>('notes');
        const keptRecord = notesOfBob.get('kept');

        expect((await api(server.url, 'POST', `/api/boards/${boardId}/versions/${versionId}/restore`, undefined, comment)).status).toBe(403);
        expect((await api(server.url, 'POST', `/api/boards/${boardId}/versions/nosuchversion/restore`, undefined, edit)).status).toBe(404);
        const restored = await api(server.url, 'POST', `/api/boards/${boardId}/versions/${versionId}/restore`, undefined, edit);
        expect(restored.status).toBe(200);
        expect(restored.json).toMatchObject({ restored: { id: versionId, name: 'After workshop 1' }, before: { reason: 'beforeRestore' } });
        // Bob, connected all along, sees the board change in place: the same note record, its text back, the later one gone.
        // The restore writes the note's text as the app keeps it, a Y.Text, read here as its string.
        const keptText = () => String(notesOfBob.get('kept')?.get('text'));
        await waitFor(() => keptText() === 'As in the workshop' && !notesOfBob.has('later'), 10_000, 'the restore to reach Bob');
        expect(notesOfBob.get('kept')).toBe(keptRecord);
        // The board as it was before the restore is a version of its own.
        const beforeId = (restored.json as { before: { id: string } }).before.id;
        const file = await api(server.url, 'GET', `/api/boards/${boardId}/versions/${beforeId}`, undefined, edit);
        const read = readBoardFile(JSON.stringify(file.json));
        if (!read.ok) throw new Error(read.error);
        expect(read.file.board.notes.map((note) => note.text).sort()).toEqual(['Added after the workshop', 'Changed afterwards']);
      } finally {
        ada.destroy();
        bob.destroy();
      }
    });

    it('refuses an edit link a restore that would change what the facilitator locked, leaving no version behind, and lets the owner', { timeout: 60_000 }, async () => {
      server ??= await startServer(tempDataDir('versions-locked'), await env());
      const boardId = await createBoard(server.url);
      const { edit, owner } = linksOf(boardId);
      const ada = connectClient(server.url, boardId);
      try {
        await whenSynced(ada);
        const ctx = createEditContext(ada.doc, 'ada', 'owner');
        const stage = addStage(ctx, { title: 'Awareness' });
        setLocked(ctx, [stage], true);
        // What the server holds, seen through a second client: the stage and its lock, then the rename.
        const watcher = connectClient(server.url, boardId);
        const titleSeen = () => watcher.doc.getMap<Y.Map<unknown>>('stages').get(stage)?.get('title')?.toString();
        await waitFor(() => titleSeen() === 'Awareness' && watcher.doc.getMap('locks').has(stage), 10_000, 'the locked stage to be stored');
        const saved = await api(server.url, 'POST', `/api/boards/${boardId}/versions`, { name: 'Locked stage' }, edit);
        setStageText(ctx, stage, 'title', 'Renamed by the facilitator');
        await waitFor(() => titleSeen() === 'Renamed by the facilitator', 10_000, 'the rename to be stored');
        watcher.destroy();
        const count = async () => ((await api(server!.url, 'GET', `/api/boards/${boardId}/versions`, undefined, edit)).json as { versions: unknown[] }).versions.length;
        const before = await count();
        const restore = `/api/boards/${boardId}/versions/${(saved.json as { id: string }).id}/restore`;
        const refused = await api(server.url, 'POST', restore, undefined, edit);
        expect(refused.status).toBe(409);
        expect(refused.json).toMatchObject({ code: 'lockedStructure' });
        expect(await count()).toBe(before);
        expect((await api(server.url, 'POST', restore, undefined, owner)).status).toBe(200);
        await waitFor(() => ada.doc.getMap<Y.Map<unknown>>('stages').get(stage)?.get('title')?.toString() === 'Awareness', 10_000, 'the owner’s restore');
      } finally {
        ada.destroy();
      }
    });

    it('lets an edit link save, any link read, and tells what is wrong with a request', { timeout: 60_000 }, async () => {
      server ??= await startServer(tempDataDir('versions-roles'), await env());
      const boardId = await createBoard(server.url);
      const { view, comment, edit } = linksOf(boardId);
      const versions = `/api/boards/${boardId}/versions`;
      expect((await api(server.url, 'POST', versions, { name: 'Mine' }, view)).status).toBe(403);
      expect((await api(server.url, 'POST', versions, { name: 'Mine' }, comment)).status).toBe(403);
      expect((await api(server.url, 'POST', versions, { name: 'Sprint review' }, edit)).status).toBe(201);
      for (const name of ['', '   ', 'x'.repeat(201), 42]) {
        const refused = await api(server.url, 'POST', versions, { name }, edit);
        expect(refused.status, String(name)).toBe(400);
        expect(refused.json).toMatchObject({ code: 'versionNameRequired', values: { max: 200 } });
      }
      // An automatic version before a restore the page makes itself; no other reason can be asked for.
      expect((await api(server.url, 'POST', versions, { reason: 'beforeRestore' }, view)).status).toBe(403);
      const before = await api(server.url, 'POST', versions, { reason: 'beforeRestore' }, edit);
      expect(before.json).toMatchObject({ name: null, reason: 'beforeRestore' });
      // Asked again with nothing changed, the same one: no link fills the history by asking.
      for (let i = 0; i < 5; i++) expect((await api(server.url, 'POST', versions, { reason: 'beforeRestore' }, edit)).json).toEqual(before.json);
      expect((await api(server.url, 'GET', versions, undefined, view)).json).toMatchObject({ versions: [{ reason: 'beforeRestore' }, { name: 'Sprint review' }] });
      for (const reason of ['sessionEnded', 'activity', 'named']) expect((await api(server.url, 'POST', versions, { reason }, edit)).status, reason).toBe(400);
      const hostile = '<img src=x onerror=alert(1)> \u202e名前';
      expect((await api(server.url, 'POST', versions, { name: hostile }, edit)).json).toMatchObject({ name: hostile });
      expect((await api(server.url, 'GET', `${versions}/nosuchversion`, undefined, view)).json).toMatchObject({ code: 'versionNotFound' });
      expect((await api(server.url, 'DELETE', versions)).status).toBe(405);
      expect((await api(server.url, 'DELETE', `/api/boards/${boardId}`)).status).toBe(200);
      expect((await api(server.url, 'POST', versions, { name: 'In the trash' }, edit)).json).toMatchObject({ code: 'boardInTrash' });
      expect((await api(server.url, 'GET', versions, undefined, view)).status).toBe(410);
    });
  });
});
