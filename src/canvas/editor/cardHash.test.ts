import { describe, expect, it } from 'vitest';
import { cardHash, cardIdFromHash } from './cardHash.ts';

describe('card editor address', () => {
  it('reads the card id back from the hash it wrote', () => {
    expect(cardIdFromHash(cardHash('k3j9x2'))).toBe('k3j9x2');
    expect(cardIdFromHash(cardHash('a b/#c'))).toBe('a b/#c');
  });

  it('ignores any other hash, an empty id and a malformed escape', () => {
    expect(cardIdFromHash('')).toBeNull();
    expect(cardIdFromHash('#note=1')).toBeNull();
    expect(cardIdFromHash('#card=')).toBeNull();
    expect(cardIdFromHash('#card=%E0%A4%A')).toBeNull();
  });
});
