import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawData } from 'ws';
import { addNote, connectClient, createBoard, noteText, rawSocket, startServer, tempDataDir, waitFor, whenSynced, type ServerProcess } from './harness.ts';

/*
 * A question of four bytes (y-websocket's sync step 1 with an empty state vector) is answered
 * with the whole board. Asked in a loop, it would have the server encode and send the board as
 * fast as the socket can ask; each answer is paid from the asker's budget, by its size.
 */

const ASK_FOR_EVERYTHING = new Uint8Array([0, 0, 1, 0]);
const isSyncStep2 = (bytes: Uint8Array) => bytes[0] === 0 && bytes[1] === 1;

describe('a socket that asks for the whole board again and again', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    // Ten messages, then one a second; an answer of 16 KB or more costs one more per 16 KB.
    server = await startServer(tempDataDir('reply-budget'), { LIMIT_SOCKET_MESSAGES: '10/10s' });
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
  });

  it('is answered as its budget allows, not once per question, and the room goes on', async () => {
    const boardId = await createBoard(server.url, 'Big');
    const owner = connectClient(server.url, boardId);
    await whenSynced(owner);
    for (let i = 0; i < 5; i++) addNote(owner.doc, `long-${i}`, String(i).repeat(20_000));
    const witness = connectClient(server.url, boardId);
    await waitFor(() => noteText(witness.doc, 'long-4') !== undefined, 10_000, 'the notes to reach the server');
    witness.destroy();

    const eve = rawSocket(server.url, boardId);
    const boards: Uint8Array[] = [];
    let joined = false;
    eve.ws.on('message', (data: RawData) => {
      const bytes = new Uint8Array(data as Buffer);
      // The server asks for the client's state once it has joined the room: count from there.
      if (bytes[0] === 0 && bytes[1] === 0) joined = true;
      else if (joined && isSyncStep2(bytes)) boards.push(bytes);
    });
    await eve.opened;
    await waitFor(() => joined, 10_000, 'the server to join eve to the room');
    for (let i = 0; i < 20; i++) eve.ws.send(ASK_FOR_EVERYTHING);

    await waitFor(() => boards.length > 0, 10_000, 'the first answer');
    expect(boards[0]!.byteLength).toBeGreaterThan(100_000);
    // The first answer is eve joining, paid by her address alone; each after it costs the socket
    // 7 of the 13 its budget can hold in three seconds: three answers at most.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(boards.length).toBeLessThanOrEqual(3);

    // Slowed, not refused: eve is still connected, and the owner still edits with a newcomer.
    expect(eve.ws.readyState).toBe(eve.ws.OPEN);
    const newcomer = connectClient(server.url, boardId);
    await whenSynced(newcomer);
    addNote(owner.doc, 'after', 'still editing');
    await waitFor(() => noteText(newcomer.doc, 'after') === 'still editing', 10_000, 'the edit at the newcomer');
    expect(noteText(newcomer.doc, 'long-4')).toBe('4'.repeat(20_000));
    for (const client of [owner, newcomer]) client.destroy();
    eve.ws.close();
  });
});
