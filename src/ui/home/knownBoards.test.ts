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
    rememberBoard('a', 'Lighting project', storage, 1);
    rememberBoard('b', 'Chrystals', storage, 2);
    rememberBoard('a', 'Lighting project', storage, 3);
    updateKnownTitle('b', 'Chrystals map', storage);
    expect(loadKnownBoards(storage)).toEqual([
      { id: 'a', title: 'Lighting project', lastOpened: 3 },
      { id: 'b', title: 'Chrystals map', lastOpened: 2 },
    ]);
    forgetBoard('a', storage);
    expect(loadKnownBoards(storage).map((b) => b.id)).toEqual(['b']);
  });

  it('survives a corrupted entry', () => {
    const storage = memoryStorage();
    storage.setItem('journeyboard.knownBoards', '{not json');
    expect(loadKnownBoards(storage)).toEqual([]);
    storage.setItem('journeyboard.knownBoards', JSON.stringify([{ id: 1 }, null, { id: 'x', title: 'ok', lastOpened: 5 }]));
    expect(loadKnownBoards(storage)).toEqual([{ id: 'x', title: 'ok', lastOpened: 5 }]);
  });
});
