/*
 * The server's clock as this browser can know it: the shared workshop timer holds its end in the
 * server's time, so every screen counts down to the same instant whatever its own clock says.
 *
 * The estimate is Cristian's: ask the server its time a few times and keep the answer whose
 * round trip was shortest. The server read its clock somewhere inside that round trip, so
 * taking the midpoint is wrong by at most half of it, and the shortest trip bounds that best
 * (a slow answer has usually waited in a queue on one leg, not both).
 */

export interface ClockSample {
  /** Server time minus this browser's time, in ms. */
  offsetMs: number;
  /** The round trip it was measured over; the offset is off by at most half of it. */
  roundTripMs: number;
}

export interface ClockSource {
  /** The server's time in ms, as one request answers it. */
  readServerNow(): Promise<number>;
  /** This browser's time in ms (Date.now), the clock the offset is from. */
  localNow(): number;
}

/** One round trip: the server's time against the midpoint of the request's own times. */
export async function sampleServerClock(source: ClockSource): Promise<ClockSample> {
  const sent = source.localNow();
  const serverNow = await source.readServerNow();
  const received = source.localNow();
  return { offsetMs: serverNow - (sent + received) / 2, roundTripMs: Math.max(0, received - sent) };
}

/**
 * `samples` round trips, one after another; the one with the shortest trip, or null when none
 * came back. A failed or nonsensical answer is skipped, never averaged in.
 */
export async function estimateServerOffset(source: ClockSource, samples = 5): Promise<ClockSample | null> {
  let best: ClockSample | null = null;
  for (let i = 0; i < samples; i++) {
    try {
      const sample = await sampleServerClock(source);
      if (!Number.isFinite(sample.offsetMs)) continue;
      if (best === null || sample.roundTripMs < best.roundTripMs) best = sample;
    } catch {
      // A request that failed tells nothing of the clock; the others may.
    }
  }
  return best;
}

/** Reads GET /api/time (server/api.ts), uncached. */
export const httpClockSource: ClockSource = {
  async readServerNow() {
    const res = await fetch('/api/time', { cache: 'no-store', signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new Error(`GET /api/time answered ${res.status}`);
    const { now } = (await res.json()) as { now?: unknown };
    if (typeof now !== 'number' || !Number.isFinite(now)) throw new Error('GET /api/time sent no time');
    return now;
  },
  localNow: () => Date.now(),
};

/** How often the estimate is made again while a board is open: laptop clocks drift and get corrected. */
export const CLOCK_REFRESH_MS = 5 * 60_000;
/** The first wait before asking again when no answer came back; it doubles up to the last. */
export const CLOCK_RETRY_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000] as const;

/**
 * The server's time, from the best estimate so far. Until one arrives it is this browser's own
 * time: a timer still shows, only not yet in step.
 */
export class ServerClock {
  private sample: ClockSample | null = null;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly source: ClockSource = httpClockSource) {}

  /** The server's time now, in ms. */
  now(): number {
    return this.source.localNow() + this.offsetMs();
  }

  offsetMs(): number {
    return this.sample?.offsetMs ?? 0;
  }

  /** The estimate in use, or null before the first one. */
  current(): ClockSample | null {
    return this.sample;
  }

  /**
   * Makes the estimate again; concurrent calls share one. A new estimate always replaces the
   * old, even one with a longer round trip: the laptop's clock may have been set since (a
   * correction, a time zone trip, a person), and an old offset would then be wrong by all of it.
   */
  refresh(samples = 5): Promise<void> {
    this.running ??= estimateServerOffset(this.source, samples)
      .then((sample) => {
        if (sample === null) return;
        this.sample = sample;
        for (const listener of this.listeners) listener();
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /**
   * Estimates now and every CLOCK_REFRESH_MS; while no estimate has come back (the server is
   * out of reach, or asks this address to slow down), asks again after a wait that doubles, so
   * a room of laptops behind one address does not hammer it. Returns what stops it.
   */
  keepEstimated(): () => void {
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = (failures: number) => {
      void this.refresh().then(() => {
        if (stopped || this.sample !== null) return;
        retry = setTimeout(() => attempt(failures + 1), CLOCK_RETRY_MS[Math.min(failures, CLOCK_RETRY_MS.length - 1)]);
      });
    };
    attempt(0);
    const every = setInterval(() => void this.refresh(), CLOCK_REFRESH_MS);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(every);
    };
  }

  /** Called after each new estimate. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
