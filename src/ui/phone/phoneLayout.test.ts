import { describe, expect, it } from 'vitest';
import { readLayoutChoice, showsPhoneScreen, writeLayoutChoice } from './phoneLayout.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('which screen a board opens as', () => {
  it('is the phone screen on a phone, unless this browser asked for the full board', () => {
    expect(showsPhoneScreen(true, null)).toBe(true);
    expect(showsPhoneScreen(true, 'phone')).toBe(true);
    expect(showsPhoneScreen(true, 'full')).toBe(false);
  });

  it('is always the canvas on a screen that is not a phone’s, whatever was chosen on one', () => {
    expect(showsPhoneScreen(false, null)).toBe(false);
    expect(showsPhoneScreen(false, 'phone')).toBe(false);
  });

  it('keeps the choice of the full board in the browser, and forgets it on switching back', () => {
    const storage = memoryStorage();
    expect(readLayoutChoice(storage)).toBeNull();
    writeLayoutChoice(storage, 'full');
    expect(readLayoutChoice(storage)).toBe('full');
    writeLayoutChoice(storage, 'phone');
    expect(readLayoutChoice(storage)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('reads anything else stored under its key as no choice, and survives blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('journeyboard.layout', 'sideways');
    expect(readLayoutChoice(storage)).toBeNull();
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readLayoutChoice(blocked)).toBeNull();
    expect(() => writeLayoutChoice(blocked, 'full')).not.toThrow();
    expect(readLayoutChoice(null)).toBeNull();
  });
});
