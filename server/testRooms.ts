import * as Y from 'yjs';
import type { Room, RoomConnection } from './rooms.ts';

/* Rooms' sockets and edits, as the room tests make them. */

export type FakeConnection = RoomConnection & { sent: Uint8Array[]; storedSent: Uint8Array[]; closedWith: [number, string] | null };

export function fakeConnection(overrides: Partial<Pick<RoomConnection, 'keyHash' | 'role' | 'address'>> = {}): FakeConnection {
  const connection: FakeConnection = {
    awarenessIds: new Set<number>(),
    address: '203.0.113.1',
    keepsCopy: false,
    keyHash: null,
    role: 'edit',
    sent: [],
    storedSent: [],
    closedWith: null,
    send: (message: Uint8Array) => void connection.sent.push(message),
    sendStoredState: (message: Uint8Array) => (connection.storedSent.push(message), Promise.resolve()),
    close: (code: number, reason: string) => void (connection.closedWith = [code, reason]),
    ...overrides,
  };
  return connection;
}

export function firstState(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** A client's edit of the room's board, as the update its socket would send. */
export function clientEdit(room: Room, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

export const insert = (text: string) => (doc: Y.Doc) => doc.getText('t').insert(0, text);
