import { afterAll, describe, expect, it } from 'vitest';
import { readMeta } from '../../src/doc/read.ts';
import { addNote, connectClient, createBoard, noteText, storedBoard, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';

const EDITS = 120;
const COMPACT_EVERY = 25;

async function logShape(dataDir: string, boardId: string): Promise<{ updates: number; minSeq: number | null; snapshotUpto: number | null }> {
  const stored = (await storedBoard(dataDir, boardId))!;
  return { updates: stored.updates.length, minSeq: stored.updates[0]?.seq ?? null, snapshotUpto: stored.snapshot?.uptoSeq ?? null };
}

describe('compaction', () => {
  const dataDir = tempDataDir('compaction');
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('folds the log into a snapshot, and a crash after it still loads everything', async () => {
    server = await startServer(dataDir, { COMPACT_EVERY: String(COMPACT_EVERY) });
    const boardId = await createBoard(server.url, 'Long session');
    const writer = connectClient(server.url, boardId);
    const watcher = connectClient(server.url, boardId);
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);
    for (let i = 0; i < EDITS; i++) {
      addNote(writer.doc, `n${i}`, `note ${i}`);
      // One update per edit on the server, so the log really grows to EDITS entries.
      await waitFor(() => noteText(watcher.doc, `n${i}`) === `note ${i}`, 5000, `edit ${i} to be relayed`);
    }

    const shape = await logShape(dataDir, boardId);
    expect(shape.snapshotUpto).not.toBeNull();
    expect(shape.updates).toBeLessThan(COMPACT_EVERY);
    // Nothing the snapshot covers is left in the log, and nothing after it is missing.
    if (shape.minSeq !== null) expect(shape.minSeq).toBe((shape.snapshotUpto ?? 0) + 1);
    writer.destroy();
    watcher.destroy();

    await server.kill('SIGKILL');
    server = await startServer(dataDir, { COMPACT_EVERY: String(COMPACT_EVERY) });
    const reader = connectClient(server.url, boardId);
    await whenSynced(reader);
    for (let i = 0; i < EDITS; i++) expect(noteText(reader.doc, `n${i}`)).toBe(`note ${i}`);
    expect(readMeta(reader.doc).title).toBe('Long session');

    // Edits after a restart continue the sequence past the snapshot and survive another crash.
    addNote(reader.doc, 'late', 'after restart');
    await waitFor(async () => (await logShape(dataDir, boardId)).updates > shape.updates, 5000, 'the late edit to be stored');
    reader.destroy();
    await server.kill('SIGKILL');
    server = await startServer(dataDir);
    const last = connectClient(server.url, boardId);
    await whenSynced(last);
    expect(noteText(last.doc, 'late')).toBe('after restart');
    expect(noteText(last.doc, `n${EDITS - 1}`)).toBe(`note ${EDITS - 1}`);
    last.destroy();
  });
});
