import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { collectPeerSelections, createPeerSelectionsStore } from './usePeerSelections.ts';

const ada = { id: 'a', name: 'Ada', color: '#2563eb' };
const bob = { id: 'b', name: 'Bob', color: '#db2777' };

describe('collectPeerSelections', () => {
  it('lists, per node, the other people who selected it, by name, and never me', () => {
    const states = new Map<number, unknown>([
      [1, { user: ada, selection: ['card:x'] }], // me
      [3, { user: bob, selection: ['card:x', 'card:y'] }],
      [2, { user: ada, selection: ['card:x'] }], // Ada on her second laptop
      [4, { user: { name: 'Cy', color: '#059669' } }],
      [5, { selection: ['card:z'] }], // nobody: no user
      [6, { user: bob, selection: Array.from({ length: 10_000 }, () => 'card:q') }],
    ]);
    const selections = collectPeerSelections(states, 1);
    expect(selections.get('card:x')).toEqual([
      { clientId: 2, name: 'Ada', color: '#2563eb' },
      { clientId: 3, name: 'Bob', color: '#db2777' },
    ]);
    expect(selections.get('card:y')).toEqual([{ clientId: 3, name: 'Bob', color: '#db2777' }]);
    expect([...selections.keys()].sort()).toEqual(['card:x', 'card:y']);
  });
});

describe('createPeerSelectionsStore', () => {
  it('publishes a new map when a selection changes, and never for a cursor move', () => {
    const doc = new Y.Doc();
    const mine = new Awareness(doc);
    const theirs = new Awareness(new Y.Doc());
    const relay = () => applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    theirs.setLocalStateField('user', bob);
    relay();

    const store = createPeerSelectionsStore(mine);
    let published = 0;
    const unsubscribe = store.subscribe(() => published++);
    const empty = store.getSnapshot();
    expect(empty.size).toBe(0);

    theirs.setLocalStateField('cursor', { x: 1, y: 2 });
    relay();
    theirs.setLocalStateField('cursor', { x: 3, y: 4 });
    relay();
    expect(published).toBe(0);
    expect(store.getSnapshot()).toBe(empty);

    theirs.setLocalStateField('selection', ['card:x']);
    relay();
    expect(published).toBe(1);
    const selected = store.getSnapshot();
    expect(selected.get('card:x')).toEqual([{ clientId: theirs.clientID, name: 'Bob', color: '#db2777' }]);

    theirs.setLocalStateField('cursor', { x: 5, y: 6 });
    relay();
    expect(store.getSnapshot()).toBe(selected);

    removeAwarenessStates(mine, [theirs.clientID], 'gone');
    expect(published).toBe(2);
    expect(store.getSnapshot().size).toBe(0);

    unsubscribe();
    mine.destroy();
    theirs.destroy();
  });
});
