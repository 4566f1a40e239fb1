import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, frame, openSocket, updateFrame } from './wire.ts';

const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;

/**
 * One person's short visit to a board over a raw socket: sync, announce presence, make `edit`,
 * leave. The server answers a sync step 1 only after every message before it on the socket, so
 * the answer to the second one proves the edit was stored before the socket closes.
 */
export async function visitBoard(syncUrl: string, name: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const ws = await openSocket(syncUrl);
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  ws.on('message', (data: ArrayBuffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC || decoding.readVarUint(decoder) !== SYNC_STEP2) return;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), 'server');
    answers.shift()?.resolve();
  });
  const closed = new Promise<void>((resolve) =>
    ws.once('close', (code: number) => {
      for (const answer of answers.splice(0)) answer.reject(new Error(`socket closed (${code}) before the server answered`));
      resolve();
    }),
  );
  const syncStep1 = () =>
    new Promise<void>((resolve, reject) => {
      if (ws.readyState !== ws.OPEN) return reject(new Error('socket closed before the visit ended'));
      answers.push({ resolve, reject });
      ws.send(frame(MESSAGE_SYNC, (e) => {
        encoding.writeVarUint(e, SYNC_STEP1);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
      }));
    });
  try {
    await syncStep1();
    awareness.setLocalStateField('user', { name, color: '#2563eb' });
    ws.send(frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [doc.clientID]))));
    const before = Y.encodeStateVector(doc);
    edit(doc);
    ws.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
    await syncStep1();
  } finally {
    ws.close();
    await closed;
    // Also stops the awareness timer, which would keep this process running.
    awareness.destroy();
    doc.destroy();
  }
}
