import { describe, expect, it } from 'vitest';
import { forgetBoard, loadKnownBoards, rememberBoard, updateKnownTitle } from './knownBoards.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

describe('known boards', () => {
  it('lists boards newest first, once each, with their titles', () => {
    const storage = memoryStorage();
    rememberBoard('a', 'Lighting project', 'view', storage, 1);
    rememberBoard('b', 'Chrystals', 'comment', storage, 2);
    rememberBoard('a', 'Lighting project', 'owner', storage, 3);
    updateKnownTitle('b', 'Chrystals map', storage);
    expect(loadKnownBoards(storage)).toEqual([
      { id: 'a', title: 'Lighting project', lastOpened: 3, role: 'owner' },
      { id: 'b', title: 'Chrystals map', lastOpened: 2, role: 'comment' },
    ]);
    forgetBoard('a', storage);
    expect(loadKnownBoards(storage).map((b) => b.id)).toEqual(['b']);
  });

  it('survives a corrupted entry', () => {
    const storage = memoryStorage();
    storage.setItem('journeyboard.knownBoards', '{not json');
    expect(loadKnownBoards(storage)).toEqual([]);
    storage.setItem('journeyboard.knownBoards', JSON.stringify([{ id: 1 }, null, { id: 'x', title: 'ok', lastOpened: 5 }, { id: 'y', title: 'odd role', lastOpened: 4, role: 'root' }]));
    expect(loadKnownBoards(storage)).toEqual([
      { id: 'x', title: 'ok', lastOpened: 5 },
      { id: 'y', title: 'odd role', lastOpened: 4, role: undefined },
    ]);
  });
});
