import { describe, expect, it } from 'vitest';
import { timeAgo } from './timeAgo.ts';

describe('timeAgo', () => {
  it('speaks in the largest whole unit', () => {
    const now = 1_000_000_000_000;
    expect(timeAgo(now - 10_000, 'en', now)).toBe('just now');
    expect(timeAgo(now - 5 * 60_000, 'en', now)).toBe('5 minutes ago');
    expect(timeAgo(now - 26 * 3600_000, 'en', now)).toBe('yesterday');
    expect(timeAgo(now - 10_000, 'zh', now)).toBe('刚刚');
    expect(timeAgo(now - 5 * 60_000, 'zh', now)).toBe('5分钟前');
  });
});
