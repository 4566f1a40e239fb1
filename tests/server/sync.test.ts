import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeta } from '../../src/doc/read.ts';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { awarenessMessage } from './hostileFrames.ts';
import { addNote, connectClient, createBoard, noteText, rawSocket, startServer, tempDataDir, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';

describe('two y-websocket clients on one board', () => {
  let server: ServerProcess;
  const clients: Client[] = [];
  const connect = (boardId: string, from?: string) => {
    const client = connectClient(server.url, boardId, undefined, from);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer(tempDataDir('sync'));
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.kill('SIGKILL');
  });

  it('relays edits both ways and keeps concurrent edits from both', async () => {
    const boardId = await createBoard(server.url, 'Onboarding');
    const a = connect(boardId);
    const b = connect(boardId);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    expect(readMeta(a.doc).title).toBe('Onboarding');

    addNote(a.doc, 'fromA', 'written in A');
    await waitFor(() => noteText(b.doc, 'fromA') === 'written in A', 5000, 'B to see A');
    addNote(b.doc, 'fromB', 'written in B');
    await waitFor(() => noteText(a.doc, 'fromB') === 'written in B', 5000, 'A to see B');

    // Concurrent: both edit the same text and the same map before either hears of the other.
    a.doc.transact(() => {
      const note = new Y.Map<unknown>();
      note.set('text', new Y.Text());
      a.doc.getMap('notes').set('shared', note);
    });
    const sharedText = (doc: Y.Doc) => (doc.getMap('notes').get('shared') as Y.Map<unknown> | undefined)?.get('text') as Y.Text | undefined;
    await waitFor(() => sharedText(b.doc) !== undefined, 5000, 'B to see the shared note');
    const textA = sharedText(a.doc)!;
    const textB = sharedText(b.doc)!;
    textA.insert(0, 'alpha ');
    textB.insert(0, 'beta ');
    addNote(a.doc, 'same', 'A wins or B wins');
    addNote(b.doc, 'same', 'B wins or A wins');
    await waitFor(() => textA.toString() === textB.toString() && textA.length === 11, 5000, 'text to converge');
    expect(textA.toString()).toContain('alpha ');
    expect(textA.toString()).toContain('beta ');
    // The winning note can show on both sides before the losing write reaches the winner, so
    // wait until each has every update of the other, then compare whole documents.
    const sameState = () => Buffer.from(Y.encodeStateVector(a.doc)).equals(Buffer.from(Y.encodeStateVector(b.doc)));
    await waitFor(sameState, 5000, 'documents to converge');
    expect(noteText(a.doc, 'same')).toBe(noteText(b.doc, 'same'));
    expect(a.doc.getMap('notes').toJSON()).toEqual(b.doc.getMap('notes').toJSON());
  });

  it('relays presence and removes it when a client leaves', async () => {
    const boardId = await createBoard(server.url);
    const a = connect(boardId);
    const b = connect(boardId);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    const aId = a.doc.clientID;
    await waitFor(() => (b.provider.awareness.getStates().get(aId) as { user?: { name: string } } | undefined)?.user?.name === 'Ana', 5000, 'presence');

    // A late joiner gets the presence of those already there.
    const c = connect(boardId);
    await waitFor(() => c.provider.awareness.getStates().has(aId), 5000, 'late joiner to see presence');

    // Dropping the socket without a goodbye: the server must remove what that socket spoke for.
    a.provider.shouldConnect = false;
    (a.provider.ws as unknown as WebSocket).terminate();
    await waitFor(() => !b.provider.awareness.getStates().has(aId), 5000, 'presence to be removed');
  });

  it('keeps the presence of those who stay when someone who saw them leaves', async () => {
    const boardId = await createBoard(server.url);
    const a = connect(boardId);
    await whenSynced(a);
    a.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    const aId = a.doc.clientID;
    const bystander = connect(boardId);
    await waitFor(() => bystander.provider.awareness.getStates().has(aId), 5000, 'the bystander to see Ana');
    let anaRemoved = 0;
    bystander.provider.awareness.on('change', ({ removed }: { removed: number[] }) => {
      if (removed.includes(aId)) anaRemoved++;
    });

    // Bea joins and sees Ana; her provider sends Ana's state on to the server, as y-websocket
    // does with every state it applies. Then she leaves, closing cleanly, so all she sent
    // reaches the server first.
    const bea = connect(boardId);
    const beaId = bea.doc.clientID;
    bea.provider.awareness.setLocalStateField('user', { name: 'Bea' });
    await waitFor(() => bea.provider.awareness.getStates().has(aId), 5000, 'Bea to see Ana');
    await waitFor(() => bystander.provider.awareness.getStates().has(beaId), 5000, 'the bystander to see Bea');
    bea.provider.disconnect();
    await waitFor(() => !bystander.provider.awareness.getStates().has(beaId), 5000, 'Bea to be gone');
    // Ana's next change reaches the bystander after all the server sent when Bea left.
    a.provider.awareness.setLocalStateField('user', { name: 'Ana, still here' });
    const nameOfAna = () => (bystander.provider.awareness.getStates().get(aId) as { user?: { name: string } } | undefined)?.user?.name;
    await waitFor(() => nameOfAna() === 'Ana, still here', 5000, 'Ana’s change');

    // Only Bea went: Ana never left anyone's screen, and a newcomer finds her.
    expect(anaRemoved).toBe(0);
    const cy = connect(boardId);
    await waitFor(() => cy.provider.awareness.getStates().has(aId), 5000, 'the newcomer to see Ana');
  });

  it("gives a dropped page its presence back, and not to someone else who heard its id", async () => {
    const boardId = await createBoard(server.url);
    const ana = connect(boardId, '127.0.0.2');
    const bystander = connect(boardId);
    await Promise.all([whenSynced(ana), whenSynced(bystander)]);
    ana.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    const anaId = ana.doc.clientID;
    const nameOf = (id: number) => (bystander.provider.awareness.getStates().get(id) as { user?: { name: string } } | undefined)?.user?.name;
    await waitFor(() => nameOf(anaId) === 'Ana', 5000, 'the bystander to see Ana');

    // Ana's Wi-Fi drops; Eve, on another address, claims her id with a clock far ahead.
    ana.provider.shouldConnect = false;
    (ana.provider.ws as unknown as WebSocket).terminate();
    await waitFor(() => !bystander.provider.awareness.getStates().has(anaId), 5000, 'Ana to be gone');
    const eve = rawSocket(server.url, boardId);
    await eve.opened;
    const eveId = 4_242;
    eve.ws.send(awarenessMessage([
      { clientId: anaId, clock: 1_000_000, state: JSON.stringify({ user: { name: 'Ana', color: '#000000' } }) },
      { clientId: eveId, clock: 1, state: JSON.stringify({ user: { name: 'Eve' } }) },
    ]));
    await waitFor(() => nameOf(eveId) === 'Eve', 5000, "the bystander to see Eve's own presence");
    expect(bystander.provider.awareness.getStates().has(anaId)).toBe(false);

    // Ana is back, from her own address: she is herself again, and Eve never was her.
    ana.provider.awareness.setLocalStateField('user', { name: 'Ana, back' });
    ana.provider.connect();
    await waitFor(() => nameOf(anaId) === 'Ana, back', 5000, 'Ana to be back');
    eve.ws.close();
  });
});
