import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from './capabilities.ts';
import { PRESENCE_HELD_MS, type PresenceHolder, type ReleasedPresence } from './presence.ts';
import { decodeUpdate } from './updates/decode.ts';
import { RoleRefused } from './updates/roles.ts';
import { checkWriter, claimWriter, releaseWriter, type WriterRoom } from './writers.ts';

const socket = (address: string, role: Role): PresenceHolder => ({ awarenessIds: new Set(), address, role });

function room(): WriterRoom & { doc: Y.Doc; remotePresence: Map<number, string | null> } {
  return { doc: new Y.Doc(), writers: new Map(), presenceOwners: new Map(), presenceReleased: new Map<number, ReleasedPresence>(), remotePresence: new Map<number, string | null>() };
}

/** A one-key change made by a client with id `client`, on top of what the room holds. */
function changeAs(target: Y.Doc, client: number, key: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(target));
  // Set after the room's state is in: Yjs picks itself a new id when a remote update moves its own.
  doc.clientID = client;
  const before = Y.encodeStateVector(doc);
  doc.getMap('votes').set(key, new Y.Map());
  return Y.encodeStateAsUpdate(doc, before);
}

function accept(r: WriterRoom & { doc: Y.Doc }, writer: PresenceHolder, update: Uint8Array, now = 0): 'allowed' | 'refused' {
  try {
    const clients = checkWriter(r, writer, decodeUpdate(update), writer.role, now);
    Y.applyUpdate(r.doc, update);
    claimWriter(r, writer, clients);
    return 'allowed';
  } catch (error) {
    if (error instanceof RoleRefused) return 'refused';
    throw error;
  }
}

describe('whose client ids a comment socket writes under', () => {
  it('lets it write as itself: a new id, then that id again, or the id its presence holds', () => {
    const r = room();
    const commenter = socket('203.0.113.7', 'comment');
    expect(accept(r, commenter, changeAs(r.doc, 11, 'a'))).toBe('allowed');
    expect(accept(r, commenter, changeAs(r.doc, 11, 'b'))).toBe('allowed');
    // Reconnected: a new socket whose presence holds the id its page writes under.
    const again = socket('203.0.113.7', 'comment');
    releaseWriter(r, commenter);
    r.presenceOwners.set(11, again);
    expect(accept(r, again, changeAs(r.doc, 11, 'c'))).toBe('allowed');
  });

  it('refuses it an id another socket writes or is present under, or one the board knows and no one holds', () => {
    const r = room();
    const editor = socket('198.51.100.1', 'edit');
    const commenter = socket('203.0.113.7', 'comment');
    expect(accept(r, editor, changeAs(r.doc, 42, 'e'))).toBe('allowed');
    const before = Y.encodeStateAsUpdate(r.doc);
    // Under the editor's id, ahead of the editor: the room would skip the editor's next edit.
    expect(accept(r, commenter, changeAs(r.doc, 42, 'x'))).toBe('refused');
    r.presenceOwners.set(77, editor);
    expect(accept(r, commenter, changeAs(r.doc, 77, 'y'))).toBe('refused');
    // Present through another instance, not yet written under.
    r.remotePresence.set(78, null);
    expect(accept(r, commenter, changeAs(r.doc, 78, 'z'))).toBe('refused');
    // The editor left: its id stays held for its address a while, then it is still the board's.
    releaseWriter(r, editor);
    r.presenceOwners.delete(42);
    r.presenceReleased.set(42, { address: editor.address, at: 0 });
    expect(accept(r, commenter, changeAs(r.doc, 42, 'z'), PRESENCE_HELD_MS - 1)).toBe('refused');
    expect(accept(r, commenter, changeAs(r.doc, 42, 'z'), PRESENCE_HELD_MS + 1)).toBe('refused');
    expect(Y.encodeStateAsUpdate(r.doc)).toEqual(before);
  });

  it('leaves an edit link to write as it needs, another tab’s offline edits included', () => {
    const r = room();
    const editor = socket('198.51.100.1', 'edit');
    const other = socket('198.51.100.2', 'edit');
    expect(accept(r, editor, changeAs(r.doc, 42, 'e'))).toBe('allowed');
    expect(accept(r, other, changeAs(r.doc, 42, 'f'))).toBe('allowed');
  });
});
