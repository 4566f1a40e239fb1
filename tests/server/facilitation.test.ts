import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFacilitator } from '../../src/doc/commands/facilitation.ts';
import { setSpotlight } from '../../src/doc/commands/session.ts';
import { addStage } from '../../src/doc/commands/stages.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { docToBoard } from '../../src/doc/read.ts';
import { facilitatorKeyHash } from '../../src/model/facilitator.ts';
import { connectClient, createBoard, startServer, tempDataDir, waitFor, whenSynced, type Client, type ServerProcess } from './harness.ts';
import { openLinkSocket, type LinkSocket } from './linkSocket.ts';
import { linksOf } from './links.ts';

/*
 * The workshop belongs to its facilitator, as the server sees it: two people with edit links,
 * each connecting with their browser's facilitator key. What the one who is not the
 * facilitator sends to the workshop closes their socket and reaches no one.
 */

const FRAN_KEY = 'F'.repeat(43);
const PAT_KEY = 'P'.repeat(43);
const fran = { keyHash: facilitatorKeyHash(FRAN_KEY), id: 'fran', name: 'Fran' };
const pat = { keyHash: facilitatorKeyHash(PAT_KEY), id: 'pat', name: 'Pat' };

let server: ServerProcess;
let boardId: string;
let owner: Client;
let stage = '';
const sockets: LinkSocket[] = [];

async function editSocket(key: string): Promise<LinkSocket> {
  const socket = await openLinkSocket(server.url, boardId, linksOf(boardId).edit, { key });
  sockets.push(socket);
  return socket;
}

const session = () => docToBoard(owner.doc).session;

beforeAll(async () => {
  server = await startServer(tempDataDir('facilitation'));
  boardId = await createBoard(server.url, 'Workshop');
  owner = connectClient(server.url, boardId);
  await whenSynced(owner);
  stage = addStage(createEditContext(owner.doc, 'owner'), { title: 'Research' });
});
afterAll(async () => {
  for (const socket of sockets) socket.ws.terminate();
  owner?.destroy();
  await server?.kill('SIGKILL');
});

describe('the workshop', () => {
  it('is changed by its facilitator alone, and taken over by someone else only once the facilitator has left', async () => {
    const franSocket = await editSocket(FRAN_KEY);
    franSocket.send((ctx) => setFacilitator(ctx, fran));
    await waitFor(() => session().facilitatorName === 'Fran', 10_000, 'Fran facilitating');

    const patSocket = await editSocket(PAT_KEY);
    patSocket.send((ctx) => setSpotlight(ctx, stage));
    expect((await patSocket.closed).code).toBe(4403);
    // Claiming the workshop while Fran is on the board is refused too.
    const patAgain = await editSocket(PAT_KEY);
    patAgain.send((ctx) => setFacilitator(ctx, pat));
    expect((await patAgain.closed).code).toBe(4403);

    franSocket.send((ctx) => setSpotlight(ctx, stage));
    await waitFor(() => session().spotlightStageId === stage, 10_000, 'the stage Fran put in the spotlight');
    // Relayed in order: had Pat's claim gone through, it would have arrived before Fran's change.
    expect(session().facilitatorName).toBe('Fran');

    franSocket.ws.close();
    await franSocket.closed;
    // A key that is not one counts as none.
    const noKey = await editSocket('not a key');
    noKey.send((ctx) => setFacilitator(ctx, { ...pat, keyHash: facilitatorKeyHash('not a key') }));
    expect((await noKey.closed).code).toBe(4403);

    const patTakes = await editSocket(PAT_KEY);
    patTakes.send((ctx) => setFacilitator(ctx, pat));
    await waitFor(() => session().facilitatorName === 'Pat', 10_000, 'Pat taking over the workshop Fran left');
    patTakes.send((ctx) => setSpotlight(ctx, null));
    await waitFor(() => session().spotlightStageId === null, 10_000, 'Pat clearing the spotlight');
  });
});
