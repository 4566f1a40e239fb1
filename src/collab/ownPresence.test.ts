import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import { withoutClient } from './ownPresence.ts';

describe("a page's own presence", () => {
  it('takes no remote state for its own id, and keeps the others of the same update', () => {
    const mine = new Awareness(new Y.Doc());
    mine.setLocalStateField('user', { name: 'Ada' });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 2);
    for (const [id, name] of [[mine.clientID, 'Not Ada'], [42, 'Ben']] as const) {
      encoding.writeVarUint(encoder, id);
      encoding.writeVarUint(encoder, 999);
      encoding.writeVarString(encoder, JSON.stringify({ user: { name } }));
    }
    const forged = encoding.toUint8Array(encoder);
    const other = new Awareness(new Y.Doc());
    other.setLocalState(null);

    const kept = withoutClient(forged, mine.clientID);
    applyAwarenessUpdate(mine, kept, 'server');
    expect(mine.getLocalState()).toEqual({ user: { name: 'Ada' } });
    expect(mine.getStates().get(42)).toEqual({ user: { name: 'Ben' } });
    // An update that does not name this tab passes as it is.
    const plain = encodeAwarenessUpdate(mine, [42]);
    expect(withoutClient(plain, other.clientID)).toBe(plain);
    mine.destroy();
    other.destroy();
  });
});
