import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('takes the first letter of the first and last words that have one', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('Fran (facilitator)')).toBe('FF');
    expect(initials('  ada  ')).toBe('A');
    expect(initials('"Bob" – marketing')).toBe('BM');
    expect(initials('王小明')).toBe('王');
    expect(initials('Team 2')).toBe('T2');
  });

  it('falls back to a question mark when nothing in the name is a letter', () => {
    expect(initials('')).toBe('?');
    expect(initials('(-) !!')).toBe('?');
  });
});
