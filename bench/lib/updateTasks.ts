import type { Page } from '@playwright/test';
import type { TraceEvent } from './mainThreadTrace.ts';
import type { UpdateTiming } from './updateTiming.ts';

/*
 * Where the time of a remote update goes when it is longer than the work: the task in which
 * the page handled the update (the socket's message event, through React's commit) read from
 * a Chromium trace, as wall time and as the main thread's CPU time. A gap between the two is
 * time the thread was runnable but had no core. The page's performance.now() stamps are put on
 * the trace's clock by a mark set at a known performance.now().
 */
const SYNC_MARK = 'update-tasks-sync';

export interface UpdateTask {
  wallMs: number;
  cpuMs: number;
}

/** Marks the page's clock on the trace; call inside the traced scenario, before the updates. */
export async function markClock(page: Page): Promise<number> {
  return (await page.evaluate(`(() => { performance.mark(${JSON.stringify(SYNC_MARK)}); return performance.getEntriesByName(${JSON.stringify(SYNC_MARK)})[0].startTime; })()`)) as number;
}

/** The task that ran from each update's arrival to its DOM change; updates without one are left out. */
export function updateTasks(events: TraceEvent[], markedAt: number, timings: readonly UpdateTiming[]): UpdateTask[] {
  const mark = events.find((e) => e.cat === 'blink.user_timing' && e.name === SYNC_MARK);
  if (!mark) throw new Error('the trace has no clock mark');
  const toTrace = (ms: number) => mark.ts + (ms - markedAt) * 1000;
  const tasks = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined);
  const found: UpdateTask[] = [];
  for (const { arrival, dom } of timings) {
    if (arrival === null || dom === null) continue;
    const from = toTrace(arrival);
    const to = toTrace(dom);
    const task = tasks.find((t) => t.ts <= from && t.ts + (t.dur ?? 0) >= to);
    if (task) found.push({ wallMs: (task.dur ?? 0) / 1000, cpuMs: task.tdur! / 1000 });
  }
  return found;
}
