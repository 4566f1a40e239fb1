import { useEffect, useReducer } from 'react';
import type { ServerClock } from '../../collab/serverClock.ts';
import { readTimer, type TimerFields, type TimerReading } from '../../model/index.ts';

/**
 * The timer as it reads now on the server's clock, rendered again as each shown second turns
 * (just after it, so "4:59" never shows early) and whenever the clock's estimate changes.
 */
export function useTimerReading(fields: TimerFields, clock: ServerClock): { reading: TimerReading; serverNow: number } {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const serverNow = clock.now();
  const reading = readTimer(fields, serverNow);
  const untilNextSecond = reading.state === 'running' ? reading.remainingMs % 1000 || 1000 : null;
  useEffect(() => {
    if (untilNextSecond === null) return;
    const timeout = setTimeout(tick, untilNextSecond + 8);
    return () => clearTimeout(timeout);
  });
  useEffect(() => clock.subscribe(tick), [clock]);
  return { reading, serverNow };
}
