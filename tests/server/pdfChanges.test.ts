import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard } from '../../src/doc/commands/cards.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { addStage, setStageText } from '../../src/doc/commands/stages.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { api, connectClient, createBoard, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';
import { bearer, linksOf } from './links.ts';

/*
 * The server's report with ?since=<version>: a version saved through the API, edits after it,
 * and the report read back with pdftotext as a reader would, against a real server.
 */

/** Each page's text, its whitespace collapsed; the face's one glyph for · and • read as ·. */
function pdfPages(bytes: Buffer): string[] {
  const file = path.join(tempDataDir('pdf-changes'), 'report.pdf');
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').replace(/•/g, '·'));
}

async function exportPdf(serverUrl: string, boardId: string, query: string): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(`${serverUrl}/api/boards/${boardId}/export.pdf${query}`, { headers: bearer(linksOf(boardId).view) });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** Whether the server holds the stage under `title`, seen through a client that connects now. */
async function storedTitle(serverUrl: string, boardId: string, stageId: string, title: string): Promise<void> {
  const watcher = connectClient(serverUrl, boardId);
  try {
    const seen = () => watcher.doc.getMap<Y.Map<unknown>>('stages').get(stageId)?.get('title')?.toString();
    await waitFor(() => seen() === title, 10_000, `the stage "${title}" to be stored`);
  } finally {
    watcher.destroy();
  }
}

describe('the server’s report of what changed since a version', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer(tempDataDir('pdf-since'));
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('opens with what changed since the version asked for, named by its name or its reason', { timeout: 60_000 }, async () => {
    const boardId = await createBoard(server.url, 'Kitchen renovation');
    const ada = connectClient(server.url, boardId);
    try {
      await whenSynced(ada);
      const ctx = createEditContext(ada.doc, 'ada', 'owner');
      const stage = addStage(ctx, { title: 'Quotation' });
      const lane = addLane(ctx, { kind: 'touchpoints' });
      addCard(ctx, { stageId: stage, laneId: lane, title: 'Price list' });
      await storedTitle(server.url, boardId, stage, 'Quotation');
      const saved = await api(server.url, 'POST', `/api/boards/${boardId}/versions`, { name: 'Before workshop 2' }, linksOf(boardId).edit);
      expect(saved.status).toBe(201);
      const versionId = (saved.json as { id: string }).id;

      addCard(ctx, { stageId: stage, laneId: lane, title: 'Showroom visit' });
      setStageText(ctx, stage, 'title', 'Quotation and visit');
      await storedTitle(server.url, boardId, stage, 'Quotation and visit');

      const report = await exportPdf(server.url, boardId, `?since=${versionId}`);
      expect(report.status).toBe(200);
      const pages = pdfPages(report.body);
      expect(pages[1]).toMatch(/^What changed since Before workshop 2 Saved \d{1,2} \w+ \d{4} 1 card added · 1 stage renamed /);
      expect(pages[1]).toMatch(/1\. Quotation and visit \+ Showroom visit Touchpoints/);
      expect(pages[1]).toContain('Quotation → Quotation and visit Stage renamed');
      expect(pages[0]).toMatch(/What changed since Before workshop 2 page 2 Journey map page 3/);

      // A restore saves the board as it was, by itself: that version is named by why it was saved.
      const restored = await api(server.url, 'POST', `/api/boards/${boardId}/versions/${versionId}/restore`, undefined, linksOf(boardId).edit);
      expect(restored.status).toBe(200);
      const beforeRestore = (restored.json as { before: { id: string } }).before.id;
      const automatic = pdfPages((await exportPdf(server.url, boardId, `?since=${beforeRestore}`)).body);
      expect(automatic[1]).toMatch(/^What changed since Before a restore Saved /);

      const plain = pdfPages((await exportPdf(server.url, boardId, '')).body);
      expect(plain.join(' ')).not.toContain('What changed');
    } finally {
      ada.destroy();
    }
  });

  it('answers 404 for a version the board does not have', { timeout: 30_000 }, async () => {
    const boardId = await createBoard(server.url, 'Onboarding');
    const other = await createBoard(server.url, 'Another board');
    const elsewhere = await api(server.url, 'POST', `/api/boards/${other}/versions`, { name: 'Not this board’s' }, linksOf(other).edit);
    for (const since of ['nosuchversion', '', (elsewhere.json as { id: string }).id]) {
      const refused = await exportPdf(server.url, boardId, `?since=${encodeURIComponent(since)}`);
      expect(refused.status, since).toBe(404);
      expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ code: 'versionNotFound' });
    }
  });
});
