import { describe, expect, it } from 'vitest';
import { readTimer, startPatch, type TimerFields } from '../../model/index.ts';
import { EndChime } from './endChime.ts';

const T0 = 1_800_000_000_000;
const running: TimerFields = { timerEndsAt: null, timerPausedMs: null, timerLengthMs: null, ...startPatch(60_000, T0) };

function ask(chime: EndChime, fields: TimerFields, at: number): boolean {
  return chime.shouldChime(readTimer(fields, at), at);
}

describe('the end chime', () => {
  it('sounds once for an end this page counted down to', () => {
    const chime = new EndChime();
    expect(ask(chime, running, T0 + 59_000)).toBe(false);
    expect(ask(chime, running, T0 + 60_010)).toBe(true);
    // Re-renders on "Time's up" stay quiet.
    expect(ask(chime, running, T0 + 61_000)).toBe(false);
    expect(ask(chime, running, T0 + 62_000)).toBe(false);
  });

  it('stays quiet for a board opened on "Time\'s up", or an end noticed long after', () => {
    expect(ask(new EndChime(), running, T0 + 60_500)).toBe(false);
    const asleep = new EndChime();
    expect(ask(asleep, running, T0 + 30_000)).toBe(false);
    expect(ask(asleep, running, T0 + 5 * 60_000)).toBe(false);
  });

  it('sounds again for a new end: a minute added after the first', () => {
    const chime = new EndChime();
    ask(chime, running, T0 + 59_000);
    expect(ask(chime, running, T0 + 60_100)).toBe(true);
    const extended = { ...running, timerEndsAt: T0 + 120_000 };
    expect(ask(chime, extended, T0 + 61_000)).toBe(false);
    expect(ask(chime, extended, T0 + 120_050)).toBe(true);
  });
});
