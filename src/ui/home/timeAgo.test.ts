import { describe, expect, it } from 'vitest';
import { timeAgo } from './timeAgo.ts';

describe('timeAgo', () => {
  it('speaks in the largest whole unit', () => {
    const now = 1_000_000_000_000;
    expect(timeAgo(now - 10_000, now, 'en')).toBe('just now');
    expect(timeAgo(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(timeAgo(now - 26 * 3600_000, now, 'en')).toBe('yesterday');
  });
});
