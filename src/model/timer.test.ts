import { describe, expect, it } from 'vitest';
import {
  TIMER_MAX_MS,
  addMinutePatch,
  formatTimer,
  mayControlTimer,
  parseTimerLength,
  pausePatch,
  readTimer,
  resumePatch,
  startPatch,
  stopPatch,
  timerFraction,
  type TimerFields,
} from './timer.ts';

const idle: TimerFields = { timerEndsAt: null, timerPausedMs: null, timerLengthMs: null };
const T0 = 1_800_000_000_000;

/** The fields after a patch, as the document would hold them. */
function after(fields: TimerFields, patch: Partial<TimerFields> | null): TimerFields {
  if (patch === null) throw new Error('the control did not apply');
  return { ...fields, ...patch };
}

describe('the workshop timer', () => {
  it('counts down from a start to "Time\'s up"', () => {
    const running = after(idle, startPatch(5 * 60_000, T0));
    expect(readTimer(running, T0 + 90_500)).toEqual({ state: 'running', endsAt: T0 + 300_000, remainingMs: 209_500, lengthMs: 300_000 });
    expect(formatTimer(209_500)).toBe('3:30');
    expect(timerFraction(readTimer(running, T0 + 150_000))).toBe(0.5);
    expect(readTimer(running, T0 + 300_000)).toMatchObject({ state: 'ended', remainingMs: 0 });
    expect(readTimer(running, T0 + 3_600_000)).toMatchObject({ state: 'ended', remainingMs: 0 });
    expect(readTimer(idle, T0)).toEqual({ state: 'idle' });
  });

  it('pauses with what is left and resumes to end that much later', () => {
    const running = after(idle, startPatch(3 * 60_000, T0));
    const paused = after(running, pausePatch(running, T0 + 60_000));
    expect(paused.timerEndsAt).toBeNull();
    // Paused, the clock stands still, however long the break.
    expect(readTimer(paused, T0 + 10 * 60_000)).toEqual({ state: 'paused', remainingMs: 120_000, lengthMs: 180_000 });
    const resumed = after(paused, resumePatch(paused, T0 + 10 * 60_000));
    expect(readTimer(resumed, T0 + 10 * 60_000 + 20_000)).toMatchObject({ state: 'running', remainingMs: 100_000 });
    // Controls that do not apply change nothing.
    expect(pausePatch(paused, T0)).toBeNull();
    expect(resumePatch(running, T0)).toBeNull();
    expect(pausePatch(running, T0 + 180_000)).toBeNull();
  });

  it('adds a minute while running, paused, or after the end, the ring growing with it', () => {
    const running = after(idle, startPatch(60_000, T0));
    const more = after(running, addMinutePatch(running, T0 + 30_000));
    expect(readTimer(more, T0 + 30_000)).toMatchObject({ state: 'running', remainingMs: 90_000, lengthMs: 120_000 });
    const paused = after(more, pausePatch(more, T0 + 30_000));
    expect(readTimer(after(paused, addMinutePatch(paused, T0)), T0)).toEqual({ state: 'paused', remainingMs: 150_000, lengthMs: 180_000 });
    const ended = after(running, addMinutePatch(running, T0 + 5 * 60_000));
    expect(readTimer(ended, T0 + 5 * 60_000)).toMatchObject({ state: 'running', remainingMs: 60_000 });
    expect(addMinutePatch(idle, T0)).toBeNull();
  });

  it('never runs past three hours, however many minutes are added', () => {
    let fields = after(idle, startPatch(TIMER_MAX_MS - 30_000, T0));
    fields = after(fields, addMinutePatch(fields, T0));
    expect(readTimer(fields, T0)).toMatchObject({ remainingMs: TIMER_MAX_MS, lengthMs: TIMER_MAX_MS });
  });

  it('stops, keeping the length to offer again', () => {
    const running = after(idle, startPatch(10 * 60_000, T0));
    const stopped = after(running, stopPatch());
    expect(readTimer(stopped, T0)).toEqual({ state: 'idle' });
    expect(stopped.timerLengthMs).toBe(600_000);
  });

  it('starts only with a length from one second to three hours', () => {
    for (const bad of [0, 999, -60_000, Number.NaN, Infinity, TIMER_MAX_MS + 1]) expect(startPatch(bad, T0)).toBeNull();
    expect(startPatch(1_000, T0)).not.toBeNull();
    expect(startPatch(TIMER_MAX_MS, T0)).not.toBeNull();
  });

  it('reads what a hostile client wrote as a timer it can show', () => {
    // An end far in the future reads as the longest timer, never as days.
    expect(readTimer({ ...idle, timerEndsAt: Number.MAX_SAFE_INTEGER }, T0)).toMatchObject({ state: 'running', remainingMs: TIMER_MAX_MS });
    const far = readTimer({ ...idle, timerEndsAt: 1e300 }, T0);
    expect(far.state === 'running' && formatTimer(far.remainingMs)).toBe('3:00:00');
    // A negative or huge pause, a length that is nonsense.
    expect(readTimer({ ...idle, timerPausedMs: -5 }, T0)).toEqual({ state: 'paused', remainingMs: 0, lengthMs: 1_000 });
    expect(readTimer({ ...idle, timerPausedMs: 1e20, timerLengthMs: -3 }, T0)).toEqual({ state: 'paused', remainingMs: TIMER_MAX_MS, lengthMs: TIMER_MAX_MS });
    expect(readTimer({ ...idle, timerEndsAt: Number.NaN }, T0)).toEqual({ state: 'idle' });
    const shortRing = readTimer({ timerEndsAt: T0 + 120_000, timerPausedMs: null, timerLengthMs: 1 }, T0);
    expect(shortRing).toMatchObject({ remainingMs: 120_000, lengthMs: 120_000 });
    expect(timerFraction(shortRing)).toBe(1);
    // Resuming a pause at zero would be a timer that ends as it starts.
    expect(resumePatch({ ...idle, timerPausedMs: 0 }, T0)).toBeNull();
  });

  it('shows whole seconds rounded up, and hours when there are any', () => {
    expect(formatTimer(0)).toBe('0:00');
    expect(formatTimer(1)).toBe('0:01');
    expect(formatTimer(59_001)).toBe('1:00');
    expect(formatTimer(15 * 60_000)).toBe('15:00');
    expect(formatTimer(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatTimer(-4)).toBe('0:00');
    expect(formatTimer(Number.NaN)).toBe('0:00');
  });

  it('reads a custom length as minutes, m:ss or h:mm:ss, from 1 s to 3 h', () => {
    expect(parseTimerLength('7')).toBe(420_000);
    expect(parseTimerLength(' 2:30 ')).toBe(150_000);
    expect(parseTimerLength('1.5')).toBe(90_000);
    expect(parseTimerLength('0:01')).toBe(1_000);
    expect(parseTimerLength('3:00:00')).toBe(TIMER_MAX_MS);
    expect(parseTimerLength('2：30')).toBe(150_000);
    for (const bad of ['', 'abc', '0', '0:00', '3:00:01', '181', '1:75', '-5', '1:2:3:4', '1e3', '1:30.5']) expect(parseTimerLength(bad)).toBeNull();
  });
});

describe('who may control the timer', () => {
  it('is the owner and the facilitator, and every editor once it is open to all', () => {
    expect(mayControlTimer('owner', false, false)).toBe(true);
    expect(mayControlTimer('edit', false, true)).toBe(true);
    expect(mayControlTimer('edit', false, false)).toBe(false);
    expect(mayControlTimer('edit', true, false)).toBe(true);
    expect(mayControlTimer('comment', true, false)).toBe(false);
    expect(mayControlTimer('view', true, false)).toBe(false);
  });
});
