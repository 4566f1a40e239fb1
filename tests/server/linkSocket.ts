import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { rawSocket, waitFor, type RawSocket } from './harness.ts';
import { updateMessage } from './hostileFrames.ts';

/*
 * A bare sync socket opened with one of a board's links, holding a copy of the board as the
 * server sent it: changes are made on the copy with the app's own commands, as a client would,
 * and sent as whatever the test says, whatever the link's role allows.
 */

const MESSAGE_SYNC = 0;
const STEP_1 = 0;
const STEP_2 = 1;

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A sync step 2: what a client answers to the server's step 1, the changes it holds that the server lacks. */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  return syncMessage(STEP_2, update);
}

export interface LinkSocket extends RawSocket {
  /** The board as the server sent it, with the changes this socket made. */
  doc: Y.Doc;
  /**
   * Makes `change` on the copy and sends it: as y-websocket sends an edit (an update of what the
   * change did), or as a sync step 2 (all the copy holds past `before`, and its whole delete set).
   */
  send(change: (ctx: EditContext) => void, as?: 'update' | 'step 2'): void;
  /** Asks for what the copy lacks and waits for the answer: the socket is open, and what it sent before was read. */
  roundTrip(): Promise<void>;
}

/** `query` adds parameters to the socket's address, such as a facilitator's `key`. */
export async function openLinkSocket(serverUrl: string, boardId: string, token: string, query: Record<string, string> = {}): Promise<LinkSocket> {
  const raw = rawSocket(serverUrl, boardId, token, query);
  const doc = new Y.Doc();
  let answers = 0;
  raw.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // presence
    const step = decoding.readVarUint(decoder);
    if (step === STEP_1) return; // a bare socket need not answer the server's question
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), 'server');
    if (step === STEP_2) answers++;
  });
  await raw.opened;

  const roundTrip = async () => {
    const asked = answers;
    raw.ws.send(syncMessage(STEP_1, Y.encodeStateVector(doc)));
    await waitFor(() => answers > asked || raw.ws.readyState !== raw.ws.OPEN, 10_000, 'the server’s sync answer');
    if (answers === asked) throw new Error('the socket closed before the server answered');
  };
  await roundTrip();

  return {
    ...raw,
    doc,
    send(change, as = 'update') {
      const before = Y.encodeStateVector(doc);
      const made: Uint8Array[] = [];
      const listen = (update: Uint8Array, origin: unknown) => origin !== 'server' && made.push(update);
      doc.on('update', listen);
      change(createEditContext(doc, 'link socket'));
      doc.off('update', listen);
      if (made.length === 0) throw new Error('the change made nothing to send');
      raw.ws.send(as === 'update' ? updateMessage(Y.mergeUpdates(made)) : syncStep2Message(Y.encodeStateAsUpdate(doc, before)));
    },
    roundTrip,
  };
}
