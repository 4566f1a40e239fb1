import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOCK_REFRESH_MS, ServerClock, estimateServerOffset, sampleServerClock, type ClockSource } from './serverClock.ts';

/** The true time of a simulated world; the server's clock reads it exactly. */
interface World {
  t: number;
}

/**
 * A browser in a simulated world whose server's clock is `skewMs` ahead of the browser's, and
 * each request takes `up` ms to reach the server and `down` ms to come back, trip by trip. The
 * fake fetch moves the world's time; nothing waits for real.
 */
function simulated(skewMs: number, trips: { up: number; down: number }[], world: World = { t: 1_700_000_000_000 }): ClockSource & { asked: number } {
  let trip = 0;
  return {
    asked: 0,
    localNow: () => world.t - skewMs,
    async readServerNow() {
      const { up, down } = trips[trip++ % trips.length]!;
      this.asked++;
      world.t += up;
      const serverNow = world.t;
      world.t += down;
      return serverNow;
    },
  };
}

describe('the server clock estimate', () => {
  it('finds the offset exactly when the legs of a trip are equal', async () => {
    const sample = await sampleServerClock(simulated(-180_000, [{ up: 40, down: 40 }]));
    expect(sample).toEqual({ offsetMs: -180_000, roundTripMs: 80 });
  });

  it('is off by half the difference of the legs, never more than half the trip', async () => {
    // 300 ms up, 20 ms down: the server answered late in the trip, the midpoint is early.
    const sample = await sampleServerClock(simulated(120_000, [{ up: 300, down: 20 }]));
    expect(sample.roundTripMs).toBe(320);
    expect(sample.offsetMs - 120_000).toBe((300 - 20) / 2);
  });

  it('keeps the trip with the shortest round trip, whatever came before and after', async () => {
    const source = simulated(5 * 60_000, [
      { up: 900, down: 30 }, // a cold connection
      { up: 25, down: 400 },
      { up: 12, down: 10 }, // the best: off by 1 ms
      { up: 200, down: 15 },
      { up: 60, down: 60 },
    ]);
    const best = await estimateServerOffset(source, 5);
    expect(source.asked).toBe(5);
    expect(best).toEqual({ offsetMs: 5 * 60_000 + 1, roundTripMs: 22 });
  });

  it('skips requests that fail and answers null when none came back', async () => {
    let calls = 0;
    const flaky: ClockSource = {
      localNow: () => 1_000,
      async readServerNow() {
        calls++;
        if (calls % 2 === 1) throw new Error('offline');
        return 61_000;
      },
    };
    expect(await estimateServerOffset(flaky, 4)).toEqual({ offsetMs: 60_000, roundTripMs: 0 });
    const down: ClockSource = { localNow: () => 0, readServerNow: () => Promise.reject(new Error('offline')) };
    expect(await estimateServerOffset(down, 3)).toBeNull();
  });

  it('skips an answer that is no time', async () => {
    const answers = [Number.NaN, 10_500];
    const source: ClockSource = { localNow: () => 10_000, readServerNow: async () => answers.shift()! };
    expect(await estimateServerOffset(source, 2)).toEqual({ offsetMs: 500, roundTripMs: 0 });
  });

  it('tells the server time by the local clock, until an estimate arrives and after', async () => {
    const source = simulated(-90_000, [{ up: 10, down: 10 }]);
    const clock = new ServerClock(source);
    expect(clock.now()).toBe(source.localNow());
    let told = 0;
    clock.subscribe(() => told++);
    // Two asks at once share one estimate.
    await Promise.all([clock.refresh(3), clock.refresh(3)]);
    expect(told).toBe(1);
    expect(source.asked).toBe(3);
    expect(clock.now()).toBe(source.localNow() - 90_000);
  });

  it('two browsers with clocks minutes apart agree on the server time', async () => {
    const world = { t: 1_700_000_000_000 };
    const aheadSource = simulated(-3 * 60_000, [{ up: 30, down: 50 }], world);
    const behindSource = simulated(2 * 60_000, [{ up: 45, down: 35 }], world);
    expect(aheadSource.localNow() - behindSource.localNow()).toBe(5 * 60_000);
    const ahead = new ServerClock(aheadSource);
    const behind = new ServerClock(behindSource);
    await ahead.refresh(1);
    await behind.refresh(1);
    // Each is off by half its legs' difference: -10 ms and +5 ms; read at one instant of the world.
    expect(ahead.now() - world.t).toBe(-10);
    expect(behind.now() - world.t).toBe(5);
  });

  describe('kept while a board is open', () => {
    afterEach(() => vi.useRealTimers());

    it('asks again after waits that double while no answer comes back, and stops asking soon once one does', async () => {
      vi.useFakeTimers();
      let asked = 0;
      let answering = false;
      const source: ClockSource = {
        localNow: () => Date.now(),
        readServerNow: () => (asked++, answering ? Promise.resolve(Date.now() + 60_000) : Promise.reject(new Error('GET /api/time answered 429'))),
      };
      const clock = new ServerClock(source);
      const stop = clock.keepEstimated();
      await vi.advanceTimersByTimeAsync(0);
      expect(asked).toBe(5);
      // The next round after 1 s, the one after it 2 s later, then 4 s: five asks each.
      await vi.advanceTimersByTimeAsync(999);
      expect(asked).toBe(5);
      await vi.advanceTimersByTimeAsync(1);
      expect(asked).toBe(10);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(asked).toBe(15);
      expect(clock.current()).toBeNull();

      answering = true;
      await vi.advanceTimersByTimeAsync(4_000);
      expect(asked).toBe(20);
      expect(clock.current()?.offsetMs).toBe(60_000);
      // Answered: no more retries, only the refresh every few minutes.
      await vi.advanceTimersByTimeAsync(CLOCK_REFRESH_MS - 7_000 - 1);
      expect(asked).toBe(20);
      await vi.advanceTimersByTimeAsync(1);
      expect(asked).toBe(25);
      stop();
    });
  });
});
