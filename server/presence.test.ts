import type { Role } from './capabilities.ts';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import { MAX_PRESENCE_PER_SOCKET, MAX_PRESENCE_STATE_BYTES, PRESENCE_HELD_MS, PresenceRefused, admitPresence, releasePresence, type PresenceHolder, type ReleasedPresence } from './presence.ts';

function room() {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(null);
  return { awareness, presenceOwners: new Map<number, PresenceHolder>(), presenceReleased: new Map<number, ReleasedPresence>(), remotePresence: new Map<number, string | null>() };
}

const socket = (address = '203.0.113.1', role: Role = 'edit'): PresenceHolder => ({ awarenessIds: new Set(), address, role });
const say = (clientId: number, clock: number, state: unknown) => ({ clientId, clock, state: JSON.stringify(state) });

describe('presence bound to its socket', () => {
  it('lets a socket set and remove its own presence', () => {
    const r = room();
    const ada = socket();
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })]);
    expect(r.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada' }, role: 'edit' });
    admitPresence(r, ada, [say(7, 2, { user: { name: 'Ada L.' } })]);
    expect(r.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada L.' }, role: 'edit' });
    admitPresence(r, ada, [say(7, 3, null)]);
    expect(r.awareness.getStates().has(7)).toBe(false);
  });

  it("drops another socket's claim to an id, a rename or a removal alike, and keeps the rest of its message", () => {
    const r = room();
    const ada = socket();
    const eve = socket();
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })]);
    admitPresence(r, eve, [say(7, 99, { user: { name: 'Not Ada' } }), say(8, 1, { user: { name: 'Eve' } })]);
    admitPresence(r, eve, [say(7, 100, null)]);
    expect(r.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada' }, role: 'edit' });
    expect(r.awareness.getStates().get(8)).toEqual({ user: { name: 'Eve' }, role: 'edit' });
    // Ada, whose clock went on at 1, is still heard.
    admitPresence(r, ada, [say(7, 2, { user: { name: 'Ada again' } })]);
    expect(r.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada again' }, role: 'edit' });
  });

  it('drops a claim to an id a socket on another instance holds', () => {
    const r = room();
    const eve = socket();
    r.awareness.setLocalState(null);
    r.remotePresence.set(7, null);
    admitPresence(r, eve, [say(7, 50, { user: { name: 'Not Ada' } }), say(8, 1, { user: { name: 'Eve' } })]);
    expect(r.awareness.getStates().has(7)).toBe(false);
    expect([...eve.awarenessIds]).toEqual([8]);
  });

  it("drops the echoes y-websocket clients send of others' states and removals", () => {
    const r = room();
    const ada = socket();
    const ben = socket();
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })]);
    const echo = encodeAwarenessUpdate(r.awareness, [7]);
    expect(echo.length).toBeGreaterThan(0);
    admitPresence(r, ben, [say(7, 1, { user: { name: 'Ada' } }), say(7, 2, null)]);
    expect(ben.awarenessIds.size).toBe(0);
    expect(r.awareness.getStates().has(7)).toBe(true);
  });

  it('refuses a state over the size limit, and a socket speaking for too many people', () => {
    const r = room();
    const eve = socket();
    expect(() => admitPresence(r, eve, [say(1, 1, { pad: 'x'.repeat(MAX_PRESENCE_STATE_BYTES) })])).toThrow(PresenceRefused);
    expect(r.awareness.getStates().size).toBe(0);
    const many = Array.from({ length: MAX_PRESENCE_PER_SOCKET + 1 }, (_, i) => say(100 + i, 1, { user: { name: `p${i}` } }));
    expect(() => admitPresence(r, eve, many)).toThrow('presence for too many people');
    expect(r.awareness.getStates().size).toBe(0);
    admitPresence(r, eve, many.slice(0, MAX_PRESENCE_PER_SOCKET));
    expect(r.awareness.getStates().size).toBe(MAX_PRESENCE_PER_SOCKET);
  });

  it('takes with a closing socket the presence it brought, and only that', () => {
    const r = room();
    const ada = socket();
    const ben = socket();
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })]);
    admitPresence(r, ben, [say(8, 1, { user: { name: 'Ben' } }), say(7, 5, { user: { name: 'Ada?' } })]);
    release(r, ben);
    expect([...r.awareness.getStates().keys()]).toEqual([7]);
    expect(r.presenceOwners.get(7)).toBe(ada);
    expect(r.presenceOwners.has(8)).toBe(false);
  });

  it("holds a closed socket's ids for its address, so no one else takes them over before it reconnects", () => {
    const r = room();
    const ada = socket('203.0.113.1');
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })], 0);
    release(r, ada, 1000);
    // Eve heard Ada's id while she was there; her higher clock would win anywhere else.
    const eve = socket('198.51.100.9');
    admitPresence(r, eve, [say(7, 1_000, { user: { name: 'Ada' } })], 2000);
    expect(r.awareness.getStates().has(7)).toBe(false);
    expect(eve.awarenessIds.size).toBe(0);
    // Ada's page reconnects from her address and is hers again.
    const again = socket('203.0.113.1');
    admitPresence(r, again, [say(7, 2, { user: { name: 'Ada' } })], 3000);
    expect(r.presenceOwners.get(7)).toBe(again);
    expect(r.awareness.getStates().get(7)).toEqual({ user: { name: 'Ada' }, role: 'edit' });
  });

  it("frees a closed socket's ids once the hold runs out", () => {
    const r = room();
    const ada = socket('203.0.113.1');
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })], 0);
    release(r, ada, 0);
    const ben = socket('198.51.100.2');
    admitPresence(r, ben, [say(7, 2, { user: { name: 'Ben' } })], PRESENCE_HELD_MS);
    expect(r.presenceOwners.get(7)).toBe(ben);
  });

  it('forgets the clocks of ids that are no one\'s once they are no longer held, and keeps the rest', () => {
    const r = room();
    const eve = socket('198.51.100.9');
    const ada = socket('203.0.113.1');
    admitPresence(r, ada, [say(7, 1, { user: { name: 'Ada' } })], 0);
    // A client that makes up new ids on every connection.
    for (let round = 0; round < 10; round++) {
      const tab = socket('198.51.100.9');
      admitPresence(r, tab, Array.from({ length: MAX_PRESENCE_PER_SOCKET }, (_, i) => say(1000 * round + i + 100, 1, {})), round * PRESENCE_HELD_MS);
      release(r, tab, round * PRESENCE_HELD_MS);
    }
    release(r, eve, 9.5 * PRESENCE_HELD_MS);
    // Ada's, the room's own, and the last round's, still held.
    expect(r.awareness.meta.size).toBe(2 + MAX_PRESENCE_PER_SOCKET);
    expect(r.awareness.meta.has(7)).toBe(true);
    expect(r.presenceReleased.size).toBe(MAX_PRESENCE_PER_SOCKET);
  });
});

/** What rooms.ts does when a socket closes: its states go, as y-protocols removes them. */
function release(r: ReturnType<typeof room>, holder: PresenceHolder, now?: number): void {
  releasePresence(r, holder, (ids) => {
    for (const id of ids) r.awareness.states.delete(id);
  }, now);
}
