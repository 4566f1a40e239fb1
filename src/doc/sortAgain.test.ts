import { describe, expect, it } from 'vitest';
import { compareOrder } from '../model/index.ts';
import { sortAgain } from './sortAgain.ts';

interface Item {
  id: string;
  order: string;
}

/** A small seeded generator, so a failure replays. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

const shuffled = <T>(items: readonly T[], next: (below: number) => number) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

describe('sortAgain', () => {
  it('sorts as a full sort does, round after round of records changed, added and removed', () => {
    const next = random(7);
    // Few distinct keys, so equal orders (concurrent inserts) fall back to the id often.
    const item = (id: number): Item => ({ id: `r${id}`, order: `a${next(40)}` });
    let items = Array.from({ length: 300 }, (_, i) => item(i));
    let previous = sortAgain(items, undefined, compareOrder);
    let nextId = items.length;
    for (let round = 0; round < 60; round++) {
      items = items.flatMap((it) => {
        const roll = next(100);
        if (roll < 3) return []; // removed
        if (roll < 8) return [{ ...it, order: `a${next(40)}` }]; // changed: a new object
        return [it];
      });
      for (let added = next(6); added > 0; added--) items.push(item(nextId++));
      // The document hands records over in its own order, not the sorted one.
      const sorted = sortAgain(shuffled(items, next), previous, compareOrder);
      expect(sorted).toEqual([...items].sort(compareOrder));
      expect(new Set(sorted).size).toBe(items.length);
      previous = sorted;
    }
  });

  it('keeps every record object it was given', () => {
    const a = { id: 'a', order: 'a1' };
    const b = { id: 'b', order: 'a2' };
    const moved = { id: 'a', order: 'a3' };
    const sorted = sortAgain([b, moved], [a, b], compareOrder);
    expect(sorted).toEqual([b, moved]);
    expect(sorted[1]).toBe(moved);
    expect(sortAgain([], [a, b], compareOrder)).toEqual([]);
  });
});
