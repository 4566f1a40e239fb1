import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle.ts';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once', () => {
    const fn = vi.fn();
    throttle(fn, 50)(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('runs the latest call of a window when the window ends', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 50);
    throttled(1);
    throttled(2);
    throttled(3);
    expect(fn.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(49);
    expect(fn.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(1);
    expect(fn.mock.calls).toEqual([[1], [3]]);
  });

  it('never runs more than once per window under a steady stream, and ends on the last value', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 50);
    for (let t = 0; t < 1000; t += 5) {
      throttled(t);
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(50);
    expect(fn.mock.calls.length).toBeLessThanOrEqual(1000 / 50 + 1);
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(1000 / 50);
    expect(fn.mock.calls.at(-1)).toEqual([995]);
    // The calls are at least a window apart.
    const times: number[] = [];
    const timed = throttle(() => times.push(Date.now()), 50);
    for (let i = 0; i < 100; i++) {
      timed();
      vi.advanceTimersByTime(3);
    }
    vi.advanceTimersByTime(50);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('runs at once again after a quiet window, and does not repeat a call with nothing pending', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 50);
    throttled('a');
    vi.advanceTimersByTime(200);
    expect(fn.mock.calls).toEqual([['a']]);
    throttled('b');
    expect(fn.mock.calls).toEqual([['a'], ['b']]);
  });

  it('cancel drops the pending call and opens a new window', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 50);
    throttled(1);
    throttled(2);
    throttled.cancel();
    vi.advanceTimersByTime(100);
    expect(fn.mock.calls).toEqual([[1]]);
    throttled(3);
    expect(fn.mock.calls).toEqual([[1], [3]]);
  });
});
