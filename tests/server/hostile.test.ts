import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../../src/doc/commands/cards.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { addNote, setNoteText } from '../../src/doc/commands/notes.ts';
import { addStage } from '../../src/doc/commands/stages.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { getRecord } from '../../src/doc/layout.ts';
import { docToBoard } from '../../src/doc/read.ts';
import { STAGE } from '../../src/model/index.ts';
import { connectClient, createBoard, rawSocket, startServer, tempDataDir, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { DEEP_CONTENT, awarenessMessage, missingOrigins, nanLength, unknownDeletes, unknownRoot, updateMessage } from './hostileFrames.ts';

/*
 * A client holding nothing but a board's address, speaking the protocol with intent. For each
 * kind of frame: the sender is closed (or, for what is merely dropped or slowed, left alone),
 * a well-behaved client in the same room stays connected and converges with a newcomer, and
 * after a restart the board loads with everything it held.
 */

const dataDir = tempDataDir('hostile');
let server: ServerProcess;
let boardId: string;
let good: Client;
let edits = 0;

/** A copy of the board as the server has it, for writing updates that build on it. */
async function copyOfBoard(): Promise<Y.Doc> {
  const reader = connectClient(server.url, boardId);
  await whenSynced(reader);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(reader.doc));
  reader.destroy();
  return copy;
}

/** The well-behaved client, who says who they are before connecting, as the app does. */
function connectGood(): Client {
  const client = connectClient(server.url, boardId);
  client.provider.awareness.setLocalStateField('user', { name: 'Good', color: '#2563eb' });
  return client;
}

/** What `change` adds to a copy of the board, as one update. */
async function updateOnCopy(change: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const copy = await copyOfBoard();
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

/** The good client edits and a newcomer sees the same board: the room is whole and still syncing. */
async function expectRoomConverges(): Promise<void> {
  const ctx = createEditContext(good.doc, 'good');
  const text = `edit ${++edits}`;
  const id = addNote(ctx, { x: edits * 10, y: 0, text });
  const newcomer = connectClient(server.url, boardId);
  try {
    await whenSynced(newcomer);
    await waitFor(() => docToBoard(newcomer.doc).notes.some((n) => n.id === id && n.text === text), 10_000, 'the newcomer to see the good edit');
    expect(docToBoard(newcomer.doc)).toEqual(docToBoard(good.doc));
  } finally {
    newcomer.destroy();
  }
}

/** Stops the server at once (no orderly shutdown), starts it again, and checks the board as stored. */
async function expectBoardSurvivesRestart(): Promise<void> {
  const expected = docToBoard(good.doc);
  good.destroy();
  await server.kill('SIGKILL');
  server = await startServer(dataDir);
  good = connectGood();
  await whenSynced(good);
  expect(docToBoard(good.doc)).toEqual(expected);
}

interface Attack {
  frames: () => Promise<Uint8Array[]>;
  /** The close code the sender gets; null when the server drops or slows what it sends instead. */
  closedWith: number | null;
  /** What else must hold once the frames are in. */
  then?: () => Promise<void>;
}

const deep = (kind: string, depth: number): Attack => ({ frames: async () => [updateMessage(DEEP_CONTENT[kind]!(depth))], closedWith: 1007 });

const ATTACKS: Record<string, Attack> = {
  ...Object.fromEntries(Object.keys(DEEP_CONTENT).map((kind) => [`${kind} content nested 4,800 deep (9.6 KB)`, deep(kind, 4_800)])),
  'a value nested 100,000 deep': deep('any', 100_000),
  'structs that follow 0.6 MB of structs the room never saw': { frames: async () => [updateMessage(missingOrigins(424_242, 60_000))], closedWith: 1007 },
  'a delete set of 0.6 MB for ranges the room never had': { frames: async () => [updateMessage(unknownDeletes(150_000))], closedWith: 1007 },
  'a 200,000-character card title': {
    frames: async () => {
      const update = await updateOnCopy((doc) => {
        const ctx = createEditContext(doc, 'eve');
        const card = addCard(ctx, { stageId: docToBoard(doc).stages[0]!.id, laneId: docToBoard(doc).lanes[0]!.id });
        (getRecord(doc, 'cards', card)!.get('title') as Y.Text).insert(0, 'x'.repeat(200_000));
      });
      return [updateMessage(update)];
    },
    closedWith: 1007,
  },
  [`${STAGE.maxCount + 1} stages`]: {
    frames: async () => [updateMessage(await updateOnCopy((doc) => {
      const ctx = createEditContext(doc, 'eve');
      for (let i = 0; i < STAGE.maxCount; i++) addStage(ctx, { title: `Stage ${i}` });
    }))],
    closedWith: 1007,
  },
  'a length that lib0 reads as NaN': { frames: async () => [updateMessage(nanLength())], closedWith: 1007 },
  'a root the board does not have': { frames: async () => [updateMessage(unknownRoot('evil'))], closedWith: 1007 },
  "presence claiming the good client's id, with a higher clock": {
    frames: async () => [awarenessMessage([{ clientId: good.doc.clientID, clock: 1_000_000, state: JSON.stringify({ user: { name: 'Mallory', color: '#000000' } }) }])],
    closedWith: null,
    then: async () => {
      const witness = connectClient(server.url, boardId);
      await whenSynced(witness);
      await waitFor(() => witness.provider.awareness.getStates().has(good.doc.clientID), 5000, "the good client's presence at a witness");
      // As the good client said it, with the role the server stamps on it.
      expect(witness.provider.awareness.getStates().get(good.doc.clientID)).toEqual({ ...good.provider.awareness.getLocalState(), role: 'owner' });
      expect(good.provider.awareness.getLocalState()).toMatchObject({ user: { name: 'Good' } });
      witness.destroy();
    },
  },
  'presence over 8 KB': {
    frames: async () => [awarenessMessage([{ clientId: 31_337, clock: 1, state: JSON.stringify({ user: { name: 'x'.repeat(9000) } }) }])],
    closedWith: 1008,
  },
  'a flood of 600 valid updates in one burst': {
    frames: async () => {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(updateMessage(update)));
      for (let i = 1; i <= 600; i++) doc.getMap('session').set('timerEndsAt', i);
      return updates;
    },
    closedWith: null,
    // Slowed, not lost: every one of them arrives, in order, at the others.
    then: () => waitFor(() => good.doc.getMap('session').get('timerEndsAt') === 600, 30_000, 'the last of the flood at the good client'),
  },
};

describe('a hostile client with only a board address', () => {
  beforeAll(async () => {
    server = await startServer(dataDir);
    boardId = await createBoard(server.url, 'Under attack');
    good = connectGood();
    await whenSynced(good);
    const ctx = createEditContext(good.doc, 'good');
    const stage = addStage(ctx, { title: 'Research' });
    const lane = addLane(ctx, {});
    addCard(ctx, { stageId: stage, laneId: lane, title: 'Email Marketing' });
    setNoteText(ctx, addNote(ctx, { x: 0, y: 0 }), 'precious');
  });
  afterAll(async () => {
    good?.destroy();
    await server?.kill('SIGKILL');
  });

  it.each(Object.entries(ATTACKS))('%s', { timeout: 90_000 }, async (_label, attack) => {
    const frames = await attack.frames();
    const before = docToBoard(good.doc);
    let goodClosed = false;
    const onClose = () => (goodClosed = true);
    good.provider.on('connection-close', onClose);

    const eve = rawSocket(server.url, boardId);
    await eve.opened;
    for (const frame of frames) eve.ws.send(frame);
    if (attack.closedWith === null) {
      await attack.then?.();
      eve.ws.close();
      await eve.closed;
    } else {
      const { code, reason } = await Promise.race([eve.closed, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the sender was not closed')), 20_000))]);
      expect(code).toBe(attack.closedWith);
      expect(reason).not.toBe('');
      // What the room holds is what it held: the frame was neither applied nor relayed.
      expect(docToBoard(good.doc)).toEqual(before);
    }

    good.provider.off('connection-close', onClose);
    expect(goodClosed).toBe(false);
    expect(good.provider.wsconnected).toBe(true);
    await expectRoomConverges();
    await expectBoardSurvivesRestart();
  });
});
