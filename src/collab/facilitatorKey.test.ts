import { describe, expect, it } from 'vitest';
import { FACILITATOR_KEY, KEY_HASH } from '../model/facilitator.ts';
import { ownFacilitatorKey } from './facilitatorKey.ts';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('ownFacilitatorKey', () => {
  it('makes a key once and keeps it, with the hash a session stores', () => {
    const storage = memoryStorage();
    const first = ownFacilitatorKey(storage);
    expect(first.key).toMatch(FACILITATOR_KEY);
    expect(first.hash).toMatch(KEY_HASH);
    expect(ownFacilitatorKey(storage)).toEqual(first);
    expect(ownFacilitatorKey(memoryStorage()).key).not.toBe(first.key);
  });

  it('replaces a key that was tampered with', () => {
    const storage = memoryStorage();
    storage.setItem('journeyboard.facilitatorKey', 'short');
    expect(ownFacilitatorKey(storage).key).toMatch(FACILITATOR_KEY);
  });
});

describe('ownFacilitatorKey without storage', () => {
  it('keeps one key in memory where the browser refuses to store it', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    const first = ownFacilitatorKey(blocked);
    expect(first.key).toMatch(FACILITATOR_KEY);
    expect(ownFacilitatorKey(blocked)).toEqual(first);
  });
});
