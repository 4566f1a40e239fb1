import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCards, setCardText } from '../../src/doc/commands/cards.ts';
import { addComment, deleteComment, resolveComment } from '../../src/doc/commands/feedback.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { setBoardTitle } from '../../src/doc/commands/meta.ts';
import { addNote, deleteNotes } from '../../src/doc/commands/notes.ts';
import { addStage, moveStage } from '../../src/doc/commands/stages.ts';
import { castDot, removeDot, startRound } from '../../src/doc/commands/voting.ts';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { getRecord } from '../../src/doc/layout.ts';
import { docToBoard } from '../../src/doc/read.ts';
import { voterIdOf, type Board } from '../../src/model/index.ts';
import type { Role } from '../../server/capabilities.ts';
import { api, connectClient, createBoard, storedBoard, startServer, tempDataDir, upgradeStatus, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { awarenessMessage } from './hostileFrames.ts';
import { openLinkSocket, syncStep2Message, type LinkSocket } from './linkSocket.ts';
import { linksOf } from './links.ts';

/*
 * A socket opened with a weak link, sending what its role does not allow, as a modified page
 * (or a script holding only the link) would: it is closed with 4403, nothing of what it sent is
 * stored or relayed, and an editor in the same room goes on undisturbed. What the role does
 * allow goes through as any edit does.
 */

const dataDir = tempDataDir('roles');
let server: ServerProcess;
let boardId: string;
let editor: Client;
/** The owner's own client, whose edits show that the editor still hears the room. */
let owner: Client;
/** Times the editor's socket closed: never, while the tests run. */
let editorCloses = 0;
const ids = { stage: '', card: '', comment: '', round: '' };
const sockets: LinkSocket[] = [];
let probes = 0;

async function linkSocket(role: Role, query: Record<string, string> = {}): Promise<LinkSocket> {
  const socket = await openLinkSocket(server.url, boardId, linksOf(boardId)[role], query);
  sockets.push(socket);
  return socket;
}

/** The board's stored log and snapshot, byte for byte. */
async function storedRows(): Promise<unknown> {
  const { snapshot, updates } = (await storedBoard(dataDir, boardId))!;
  return { snapshot, updates };
}

/** The board without the owner's probe notes. */
function withoutProbes(board: Board): Board {
  return { ...board, notes: board.notes.filter((note) => !note.text.startsWith('probe')) };
}

/**
 * The editor is still connected and holds what it held. The owner's probe edit reaches it
 * after anything the server relayed before, so a relayed change would show by then.
 */
async function expectEditorUndisturbed(before: Board): Promise<void> {
  const text = `probe ${++probes}`;
  addNote(createEditContext(owner.doc, 'owner'), { x: probes * 10, y: 0, text });
  await waitFor(() => docToBoard(editor.doc).notes.some((note) => note.text === text), 10_000, 'the probe at the editor');
  expect(editorCloses).toBe(0);
  expect(editor.provider.wsconnected).toBe(true);
  expect(withoutProbes(docToBoard(editor.doc))).toEqual(withoutProbes(before));
}

interface Refusal {
  role: Role;
  /** Sends the forbidden frame on the socket. */
  send: (socket: LinkSocket) => void;
  closedWith: number;
}

const edit = (change: (ctx: EditContext) => void, as: 'update' | 'step 2' = 'update') => (socket: LinkSocket) => socket.send(change, as);

const REFUSALS: Record<string, Refusal> = {
  'a view link adding a card': { role: 'view', send: edit((ctx) => addCard(ctx, { stageId: ids.stage, laneId: docToBoard(ctx.doc).lanes[0]!.id, title: 'Planted' })), closedWith: 4403 },
  'a view link sending a sync step 2 that carries a change': { role: 'view', send: edit((ctx) => setCardText(ctx, ids.card, 'title', 'Retitled'), 'step 2'), closedWith: 4403 },
  'a view link sending presence over 8 KB': {
    role: 'view',
    send: (socket) => socket.ws.send(awarenessMessage([{ clientId: socket.doc.clientID, clock: 1, state: JSON.stringify({ user: { name: 'x'.repeat(9000) } }) }])),
    closedWith: 1008,
  },
  'a comment link editing a card’s title': { role: 'comment', send: edit((ctx) => setCardText(ctx, ids.card, 'title', 'Retitled')), closedWith: 4403 },
  'a comment link moving a stage': { role: 'comment', send: edit((ctx) => moveStage(ctx, ids.stage, 1)), closedWith: 4403 },
  'a comment link deleting a card': { role: 'comment', send: edit((ctx) => deleteCards(ctx, [ids.card])), closedWith: 4403 },
  'a comment link deleting a comment': { role: 'comment', send: edit((ctx) => deleteComment(ctx, ids.comment)), closedWith: 4403 },
  'a comment link rewriting someone’s comment': { role: 'comment', send: edit((ctx) => getRecord(ctx.doc, 'comments', ids.comment)!.set('text', 'Not what Ada said')), closedWith: 4403 },
  'an edit link renaming the board': { role: 'edit', send: edit((ctx) => setBoardTitle(ctx, 'Hijacked')), closedWith: 4403 },
};

beforeAll(async () => {
  // No compaction while a case runs: the rows are compared as they were written.
  server = await startServer(dataDir, { COMPACT_EVERY: '100000' });
  boardId = await createBoard(server.url, 'Workshop');
  owner = connectClient(server.url, boardId);
  await whenSynced(owner);
  const ctx = createEditContext(owner.doc, 'owner');
  ids.stage = addStage(ctx, { title: 'Research' });
  addStage(ctx, { title: 'Buy' });
  const lane = addLane(ctx, { title: 'Touchpoints' });
  ids.card = addCard(ctx, { stageId: ids.stage, laneId: lane, title: 'Email Marketing' });
  ids.comment = addComment(ctx, ids.card, 'Ada', 'Too long');
  ids.round = startRound(ctx, { laneIds: [lane], cardIds: [], budget: 3, onePerCard: false });
  // Something deleted, so that a client's sync step 2 carries a delete set.
  deleteNotes(ctx, [addNote(ctx, { x: 0, y: 0, text: 'gone' })]);

  editor = connectClient(server.url, boardId, undefined, undefined, linksOf(boardId).edit);
  editor.provider.awareness.setLocalState({ user: { name: 'Ed', color: '#2563eb' }, selection: [ids.card] });
  await waitFor(() => editor.provider.synced && docToBoard(editor.doc).comments.length === 1, 10_000, 'the editor to hold the board');
  editor.provider.on('connection-close', () => editorCloses++);
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  editor?.destroy();
  owner?.destroy();
  await server?.kill('SIGKILL');
});

describe('a socket sending what its link does not allow', () => {
  it.each(Object.entries(REFUSALS))('%s is closed, and nothing of it is stored or relayed', async (_label, { role, send, closedWith }) => {
    const socket = await linkSocket(role);
    const before = docToBoard(editor.doc);
    const rows = await storedRows();
    send(socket);
    const { code, reason } = await socket.closed;
    expect(code).toBe(closedWith);
    expect(reason).not.toBe('');
    expect(await storedRows()).toEqual(rows);
    await expectEditorUndisturbed(before);
  });
});

describe('a socket sending what its link allows', () => {
  it('a view link’s empty sync step 2, or one deleting only what is deleted already, is taken and changes nothing', async () => {
    const socket = await linkSocket('view');
    const before = docToBoard(editor.doc);
    const rows = await storedRows();
    socket.ws.send(syncStep2Message(Y.encodeStateAsUpdate(new Y.Doc())));
    const deletedOnly = Y.encodeStateAsUpdate(socket.doc, Y.encodeStateVector(socket.doc));
    expect(Y.decodeUpdate(deletedOnly).ds.clients.size).toBeGreaterThan(0);
    socket.ws.send(syncStep2Message(deletedOnly));
    await socket.roundTrip();
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    expect(await storedRows()).toEqual(rows);
    await expectEditorUndisturbed(before);
  });

  it('a comment link adds a comment, marks one resolved, and places and takes back a dot of its own', async () => {
    const key = 'b'.repeat(43);
    const voter = voterIdOf(key);
    const socket = await linkSocket('comment', { key });
    const seen = () => docToBoard(editor.doc);
    let added = '';
    socket.send((ctx) => (added = addComment(ctx, ids.card, 'Ben', 'Agreed')));
    await waitFor(() => seen().comments.some((comment) => comment.id === added && comment.text === 'Agreed'), 10_000, 'the new comment at the editor');
    socket.send((ctx) => resolveComment(ctx, ids.comment));
    await waitFor(() => seen().comments.some((comment) => comment.id === ids.comment && comment.resolved), 10_000, 'the comment resolved at the editor');
    socket.send((ctx) => castDot(ctx, ids.round, ids.card, voter));
    await waitFor(() => seen().votes.some((vote) => vote.voter === voter), 10_000, 'the dot at the editor');
    socket.send((ctx) => removeDot(ctx, ids.round, ids.card, voter));
    await waitFor(() => !seen().votes.some((vote) => vote.voter === voter), 10_000, 'the dot taken back at the editor');
    await socket.roundTrip();
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    expect(editorCloses).toBe(0);
    expect(seen().comments.find((comment) => comment.id === ids.comment)).toMatchObject({ text: 'Too long', author: 'Ada', resolved: true });
  });

  it('the owner’s link renames the board', async () => {
    const socket = await linkSocket('owner');
    socket.send((ctx) => setBoardTitle(ctx, 'Workshop, renamed'));
    await waitFor(() => docToBoard(editor.doc).meta.title === 'Workshop, renamed', 10_000, 'the new title at the editor');
    await socket.roundTrip();
  });
});

describe('presence', () => {
  it('carries the role of the socket that sent it, and from a view link no selection', async () => {
    const socket = await linkSocket('view');
    const said = { user: { name: 'Vi', color: '#16a34a' }, cursor: { x: 10, y: 20 }, selection: [ids.card], role: 'owner' };
    socket.ws.send(awarenessMessage([{ clientId: socket.doc.clientID, clock: 1, state: JSON.stringify(said) }]));
    const states = editor.provider.awareness.getStates();
    await waitFor(() => states.has(socket.doc.clientID), 10_000, 'the viewer’s presence at the editor');
    expect(states.get(socket.doc.clientID)).toEqual({ user: said.user, cursor: said.cursor, role: 'view' });

    // An editor's selection is shown to others, with its role.
    const ownStates = owner.provider.awareness.getStates();
    await waitFor(() => ownStates.has(editor.doc.clientID), 10_000, 'the editor’s presence at the owner');
    expect(ownStates.get(editor.doc.clientID)).toEqual({ user: { name: 'Ed', color: '#2563eb' }, selection: [ids.card], role: 'edit' });
  });
});

describe('opening the socket', () => {
  it('takes no link, another board’s, or a replaced one', async () => {
    const other = await createBoard(server.url, 'Elsewhere');
    const replaced = linksOf(other).comment;
    expect((await api(server.url, 'POST', `/api/boards/${other}/links/comment/rotate`)).status).toBe(200);

    expect(await upgradeStatus(server.url, `/sync/${boardId}`)).toBe(401);
    expect(await upgradeStatus(server.url, `/sync/${boardId}?token=${linksOf(other).owner}`)).toBe(403);
    expect(await upgradeStatus(server.url, `/sync/${other}?token=${replaced}`)).toBe(403);
    expect(await upgradeStatus(server.url, `/sync/${boardId}?token=${linksOf(boardId).view}`)).toBe(101);
  });
});
