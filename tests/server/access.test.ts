import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStage } from '../../src/doc/commands/stages.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { docToBoard } from '../../src/doc/read.ts';
import { ROLES, allows, type BoardTokens, type Role } from '../../server/capabilities.ts';
import { api, connectClient, createBoard, nothingStoredOf, startServer, tempDataDir, upgradeStatus, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { adminToken, bearer, linksOf, rememberLinks } from './links.ts';

/*
 * A board opens only through one of its links, and each link only as far as its role goes:
 * every REST route and the sync socket, checked from outside, as a browser holding a link (or
 * someone holding the wrong one) meets them.
 */

const dataDir = tempDataDir('access');
let server: ServerProcess;
const clients: Client[] = [];
/** Every board made here and every token handed out for it, old and new: none may reach the log. */
const boards = new Set<string>();
const tokens = new Set<string>();

function hold(boardId: string, held: BoardTokens): void {
  rememberLinks(boardId, held);
  boards.add(boardId);
  for (const token of Object.values(held)) tokens.add(token);
}

async function newBoard(title: string): Promise<string> {
  const id = await createBoard(server.url, title);
  hold(id, linksOf(id));
  return id;
}

function connect(boardId: string, token: string): Client {
  const client = connectClient(server.url, boardId, undefined, undefined, token);
  clients.push(client);
  return client;
}

/** The status of a request to a board's route with `token` (null: none). */
async function status(method: string, route: string, token: string | null, body?: unknown): Promise<number> {
  return (await api(server.url, method, route, body, token)).status;
}

interface BoardRoute {
  method: string;
  /** After /api/boards/<id>. */
  path: string;
  needs: Role;
  body?: unknown;
  /** Routes that act on a board in the trash are tried on one. */
  inTrash?: boolean;
}

const ROUTES: BoardRoute[] = [
  { method: 'GET', path: '', needs: 'view' },
  { method: 'GET', path: '/preview', needs: 'view' },
  { method: 'GET', path: '/export.pdf', needs: 'view' },
  { method: 'GET', path: '/links', needs: 'view' },
  { method: 'PATCH', path: '', needs: 'owner', body: { title: 'Renamed' } },
  { method: 'DELETE', path: '', needs: 'owner' },
  { method: 'POST', path: '/restore', needs: 'owner', inTrash: true },
  { method: 'POST', path: '/links/view/rotate', needs: 'owner' },
  { method: 'DELETE', path: '/forever', needs: 'owner', inTrash: true },
  { method: 'GET', path: '/versions', needs: 'view' },
  { method: 'POST', path: '/versions', needs: 'edit', body: { name: 'Before workshop 2' } },
];

/** What a refused request must have left as it was: the board's row and its links. */
async function boardState(id: string): Promise<unknown> {
  const owner = linksOf(id).owner;
  const [info, links] = await Promise.all([api(server.url, 'GET', `/api/boards/${id}`, undefined, owner), api(server.url, 'GET', `/api/boards/${id}/links`, undefined, owner)]);
  return { info: info.json, links: links.json };
}

/** The text of the first page of a PDF, via poppler's pdftotext. */
function pdfText(bytes: Buffer): string {
  const file = path.join(tempDataDir('access-pdf'), 'report.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
}

describe('a board’s links', () => {
  let other: string;

  beforeAll(async () => {
    server = await startServer(dataDir);
    other = await newBoard('Someone else’s');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.kill('SIGKILL');
  });

  it.each(ROUTES.map((route) => [`${route.method} /api/boards/<id>${route.path}`, route] as const))(
    '%s: 401 without a token, 403 for another board’s or a weaker link, 2xx for its own',
    // The report is drawn once per link that may print it.
    { timeout: 90_000 },
    async (_label, { method, path: routePath, needs, body, inTrash }) => {
      const id = await newBoard('Guarded');
      if (inTrash) expect(await status('DELETE', `/api/boards/${id}`, linksOf(id).owner)).toBe(200);
      const route = `/api/boards/${id}${routePath}`;
      const before = await boardState(id);

      expect(await status(method, route, null, body)).toBe(401);
      expect(await status(method, route, linksOf(other).owner, body)).toBe(403);
      for (const role of ROLES.filter((role) => !allows(role, needs))) {
        expect(await status(method, route, linksOf(id)[role], body), `${role} link`).toBe(403);
      }
      // Refused, the request changed nothing.
      expect(await boardState(id)).toEqual(before);

      for (const role of ROLES.filter((role) => allows(role, needs))) {
        const answer = await api(server.url, method, route, body, linksOf(id)[role]);
        expect(answer.status, `${role} link`).toBeGreaterThanOrEqual(200);
        expect(answer.status, `${role} link`).toBeLessThan(300);
        const rotated = answer.json as { tokens?: BoardTokens };
        if (routePath.endsWith('/rotate')) hold(id, rotated.tokens!);
      }
    },
  );

  it('answers GET of a board with the role its link gives', async () => {
    const id = await newBoard('Whose');
    for (const role of ROLES) {
      expect((await api(server.url, 'GET', `/api/boards/${id}`, undefined, linksOf(id)[role])).json).toMatchObject({ id, role });
    }
  });

  it('deletes a board for good only from the trash, and its links open nothing after', async () => {
    const id = await newBoard('Short-lived');
    const owner = linksOf(id).owner;
    expect(await status('DELETE', `/api/boards/${id}/forever`, owner)).toBe(409);
    expect(await status('GET', `/api/boards/${id}`, owner)).toBe(200);

    expect(await status('DELETE', `/api/boards/${id}`, owner)).toBe(200);
    expect((await api(server.url, 'DELETE', `/api/boards/${id}/forever`, undefined, owner)).json).toEqual({ deleted: id });
    expect(await status('GET', `/api/boards/${id}`, owner)).toBe(404);
    expect(await upgradeStatus(server.url, `/sync/${id}?token=${linksOf(id).view}`)).toBe(404);
    expect(await nothingStoredOf(dataDir, id, linksOf(id))).toBe(true);
  });

  it('hands out with each link its own and the weaker ones, never a stronger one', async () => {
    const id = await newBoard('Shared');
    const { owner, edit, comment, view } = linksOf(id);
    const links = async (token: string) => (await api(server.url, 'GET', `/api/boards/${id}/links`, undefined, token)).json;
    expect(await links(owner)).toEqual({ role: 'owner', tokens: { owner, edit, comment, view } });
    expect(await links(edit)).toEqual({ role: 'edit', tokens: { edit, comment, view } });
    expect(await links(comment)).toEqual({ role: 'comment', tokens: { comment, view } });
    expect(await links(view)).toEqual({ role: 'view', tokens: { view } });
  });

  it('replaces the view link: the old one opens nothing and its sockets close with 4401, other links go on', async () => {
    const id = await newBoard('Rotated');
    const old = linksOf(id);
    const viewer = connect(id, old.view);
    const editor = connect(id, old.edit);
    const watcher = connect(id, old.owner);
    await Promise.all([viewer, editor, watcher].map((client) => whenSynced(client)));
    const viewerClosed = new Promise<{ code: number; reason: string }>((resolve) => viewer.provider.once('closed', resolve));
    let editorClosed = false;
    editor.provider.on('connection-close', () => (editorClosed = true));

    const rotated = await api(server.url, 'POST', `/api/boards/${id}/links/view/rotate`, undefined, old.owner);
    expect(rotated.status).toBe(200);
    const fresh = (rotated.json as { role: string; tokens: BoardTokens }).tokens;
    hold(id, fresh);
    expect(rotated.json).toEqual({ role: 'owner', tokens: { ...old, view: expect.any(String) } });
    expect(fresh.view).not.toBe(old.view);
    expect(fresh.view).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await viewerClosed).toEqual({ code: 4401, reason: 'This link was replaced by the board’s owner' });

    expect(await status('GET', `/api/boards/${id}`, old.view)).toBe(403);
    expect(await status('GET', `/api/boards/${id}/links`, old.view)).toBe(403);
    expect(await upgradeStatus(server.url, `/sync/${id}?token=${old.view}`)).toBe(403);
    expect((await api(server.url, 'GET', `/api/boards/${id}`, undefined, fresh.view)).json).toMatchObject({ id, role: 'view' });
    expect(await upgradeStatus(server.url, `/sync/${id}?token=${fresh.view}`)).toBe(101);
    // The weaker links the others hand out are the new one from now on.
    expect((await api(server.url, 'GET', `/api/boards/${id}/links`, undefined, old.edit)).json).toEqual({ role: 'edit', tokens: { edit: old.edit, comment: old.comment, view: fresh.view } });

    addStage(createEditContext(editor.doc, 'editor'), { title: 'After the rotation' });
    await waitFor(() => docToBoard(watcher.doc).stages.some((stage) => stage.title === 'After the rotation'), 10_000, 'the editor’s stage at the owner');
    expect(editorClosed).toBe(false);
    expect(editor.provider.wsconnected).toBe(true);
    // A rotation answers for roles only.
    expect(await status('POST', `/api/boards/${id}/links/admin/rotate`, old.owner)).toBe(404);
  });

  it('manages templates with the server’s admin link only', async () => {
    expect(adminToken(server.url)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await status('GET', '/api/templates', null)).toBe(401);
    expect(await status('GET', '/api/templates', linksOf(other).owner)).toBe(403);
    const lighting = JSON.parse(fs.readFileSync(new URL('../../src/templates/lighting-project.json', import.meta.url), 'utf8')) as unknown;
    expect(await status('POST', '/api/templates', linksOf(other).owner, { name: 'Not theirs', file: lighting })).toBe(403);
    expect(await api(server.url, 'GET', '/api/templates', undefined, adminToken(server.url))).toEqual({ status: 200, json: { templates: [] } });
  });

  it('prints on a report’s cover the view link, whichever link printed it', async () => {
    const id = await newBoard('Printed');
    const { owner, edit, view } = linksOf(id);
    const response = await fetch(`${server.url}/api/boards/${id}/export.pdf`, { headers: bearer(edit) });
    expect(response.status).toBe(200);
    const cover = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(cover).toContain(`/b/${id}#t=${view}`);
    expect(cover).not.toContain(edit);
    expect(cover).not.toContain(owner);
  });

  it('closes with 4403 the socket of a page that sends a change its link does not allow', async () => {
    const id = await newBoard('Read only');
    const viewer = connect(id, linksOf(id).view);
    await whenSynced(viewer);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => viewer.provider.once('closed', resolve));
    addStage(createEditContext(viewer.doc, 'viewer'), { title: 'Not mine to add' });
    // The page words the refusal by the code ahead of the English reason.
    expect(await closed).toEqual({ code: 4403, reason: 'viewCannotChange: a view link cannot change the board' });
    const owner = connect(id, linksOf(id).owner);
    await whenSynced(owner);
    expect(docToBoard(owner.doc).stages).toEqual([]);
  });

  // Last: what all of the above made the server print.
  it('logs no token it handed out, and no closed socket with its board', () => {
    const output = server.output();
    expect(tokens.size).toBeGreaterThanOrEqual(4 * boards.size);
    for (const token of tokens) expect(output.includes(token), 'a token in the log').toBe(false);
    const closedLines = output.split('\n').filter((line) => line.includes('closed'));
    expect(closedLines.length).toBeGreaterThan(0);
    for (const id of boards) expect(closedLines.filter((line) => line.includes(id))).toEqual([]);
  });
});
