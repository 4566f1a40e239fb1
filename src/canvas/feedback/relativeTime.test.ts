import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const ago = (ms: number) => relativeTime(NOW - ms, NOW, 'en', 'just now');
const MINUTE = 60_000;

describe('a comment\u2019s time, as people say it', () => {
  it('says just now, minutes, hours and days, and the date past a week', () => {
    expect(ago(10_000)).toBe('just now');
    expect(ago(5 * MINUTE)).toBe('5 minutes ago');
    expect(ago(3 * 60 * MINUTE)).toBe('3 hours ago');
    expect(ago(26 * 60 * MINUTE)).toBe('yesterday');
    expect(ago(3 * 24 * 60 * MINUTE)).toBe('3 days ago');
    expect(ago(30 * 24 * 60 * MINUTE)).toBe('Nov 7, 2026');
  });

  it('says just now for a time ahead of this clock', () => {
    expect(ago(-5 * MINUTE)).toBe('just now');
  });

  it('speaks Chinese', () => {
    expect(relativeTime(NOW - 5 * MINUTE, NOW, 'zh-Hans', '刚刚')).toBe('5分钟前');
    expect(relativeTime(NOW - 26 * 60 * MINUTE, NOW, 'zh-Hans', '刚刚')).toBe('昨天');
  });
});
