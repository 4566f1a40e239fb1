import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docToBoard } from '../../src/doc/read.ts';
import { api, connectClient, startServer, tempDataDir, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { bearer, ownerToken } from './links.ts';

const lighting = readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8');

interface ImportAnswer {
  id?: string;
  error?: string;
  repairs?: { kind: string; count: number }[];
  code?: string;
}

async function importFile(serverUrl: string, text: string): Promise<{ status: number; json: ImportAnswer }> {
  const { status, json } = await api(serverUrl, 'POST', '/api/boards/import', text);
  return { status, json: json as ImportAnswer };
}

describe('board files and saved templates', () => {
  let server: ServerProcess;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startServer(tempDataDir('files'));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.kill('SIGKILL');
  });

  it('imports a Journeyboard file as a new board whose document holds its content', async () => {
    const { status, json } = await importFile(server.url, lighting);
    expect(status).toBe(201);
    expect(json.repairs).toEqual([]);
    const client = connectClient(server.url, json.id!);
    clients.push(client);
    await whenSynced(client);
    const board = docToBoard(client.doc);
    expect(board.meta.title).toBe('Customer Journey: From First Sales Visit to 2 Years After Delivery');
    expect(board.stages).toHaveLength(6);
    expect(board.cards).toHaveLength(19);
    expect((await api(server.url, 'GET', `/api/boards/${json.id}`)).json).toMatchObject({ title: board.meta.title });
  });

  it('answers what an import repaired, each kind of repair once with how many records it touched', async () => {
    const file = JSON.parse(lighting) as { board: { stages: { order?: string }[]; connectors?: unknown[] } };
    file.board.stages[0]!.order = 'not a position';
    file.board.stages[1]!.order = 'nor this';
    file.board.connectors = [
      { id: 'x1', from: 'nowhere', to: 'nothing' },
      { id: 'x2', from: 'nowhere', to: 'nothing' },
    ];
    const { status, json } = await importFile(server.url, JSON.stringify(file));
    expect(status).toBe(201);
    expect(json.repairs).toEqual([
      { kind: 'unreadablePositions', count: 2 },
      { kind: 'connectorsToMissingCards', count: 2 },
    ]);
  });

  it('answers a board’s PDF report, drawn from its live document', async () => {
    const { json } = await importFile(server.url, lighting);
    const response = await fetch(`${server.url}/api/boards/${json.id}/export.pdf?size=a3&orientation=portrait`, { headers: bearer(ownerToken(json.id!)) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.8\d* 1190\.5\d*\]/); // A3 portrait
    expect((await api(server.url, 'GET', `/api/boards/${json.id}/export.pdf?size=letter`)).status).toBe(400);
    await api(server.url, 'DELETE', `/api/boards/${json.id}`);
    expect((await api(server.url, 'GET', `/api/boards/${json.id}/export.pdf`)).status).toBe(410);
  });

  it('refuses a bad file with the problem named, and creates nothing', async () => {
    // Each with the code and values a page words it by, beside the English sentence.
    const cases: [string, RegExp, object][] = [
      ['not json', /not JSON/, { code: 'fileNotJson' }],
      ['{"type":"other"}', /not a Journeyboard file/, { code: 'fileNotJourneyboard' }],
      ['{"type":"journeyboard","version":4,"board":{}}', /newer Journeyboard/, { code: 'fileTooNew', values: { version: 4, supported: 3 } }],
      ['{"type":"journeyboard","version":1,"board":{"stages":[{"id":"s","title":7}]}}', /"board\.stages\[0\]\.title"/, { code: 'fileInvalidField', values: { path: 'board.stages[0].title' } }],
    ];
    for (const [body, message, problem] of cases) {
      const { status, json } = await importFile(server.url, body);
      expect(status).toBe(400);
      expect(json.error).toMatch(message);
      expect(json).toMatchObject(problem);
      expect(json.id).toBeUndefined();
    }
  });

  it('keeps templates a team saves, lists them, serves their file and deletes them', async () => {
    const file = JSON.parse(lighting) as unknown;
    const created = await api(server.url, 'POST', '/api/templates', { name: '  Our lamp projects ', file });
    expect(created.status).toBe(201);
    const template = created.json as { id: string; name: string; stages: number; cards: number };
    expect(template).toMatchObject({ name: 'Our lamp projects', stages: 6, cards: 19 });
    expect((await api(server.url, 'GET', '/api/templates')).json).toEqual({ templates: [expect.objectContaining({ id: template.id })] });
    const served = await api(server.url, 'GET', `/api/templates/${template.id}`);
    expect(served.json).toMatchObject({ type: 'journeyboard', board: { meta: { title: 'Customer Journey: From First Sales Visit to 2 Years After Delivery' } } });

    expect((await api(server.url, 'POST', '/api/templates', { name: '', file })).status).toBe(400);
    expect((await api(server.url, 'POST', '/api/templates', { name: 'x', file: { type: 'nope' } })).json).toMatchObject({ error: expect.stringMatching(/not a Journeyboard file/) });

    expect((await api(server.url, 'DELETE', `/api/templates/${template.id}`)).status).toBe(200);
    expect((await api(server.url, 'GET', '/api/templates')).json).toEqual({ templates: [] });
    expect((await api(server.url, 'GET', `/api/templates/${template.id}`)).status).toBe(404);
  });
});
