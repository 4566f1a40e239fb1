import type { Page } from '@playwright/test';

/*
 * A Chromium performance trace of one scenario, and the renderer main thread's busy time read
 * from it. Every task the main thread runs is a top-level `RunTask` event; a frame starts with
 * the task in which the compositor's `BeginMainThreadFrame` arrives (input, animation-frame
 * callbacks, style, layout, paint and commit run there) and lasts until the next frame's task.
 * A frame's main-thread time is the sum of the tasks that start inside it: its own rendering
 * task plus whatever ran between it and the next (timers, React's scheduled renders, messages).
 * A task longer than a frame holds the next frame back, so it is never split across two.
 */
const CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds on the trace clock. */
  ts: number;
  dur?: number;
  /** Thread (CPU) microseconds of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Records a trace while the scenario runs. Mark its phases with performance.mark(). */
export async function traceScenario(page: Page, scenario: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  try {
    await scenario();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

function markTime(events: TraceEvent[], name: string): TraceEvent {
  const mark = events.find((e) => e.cat === 'blink.user_timing' && e.name === name);
  if (!mark) throw new Error(`the trace has no performance mark "${name}"`);
  return mark;
}

/** The main thread's top-level tasks, in order; a task run inside another (a nested loop) counts once. */
function mainThreadTasks(events: TraceEvent[], thread: { pid: number; tid: number }): TraceEvent[] {
  const tasks = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts);
  const topLevel: TraceEvent[] = [];
  for (const task of tasks) {
    const last = topLevel.at(-1);
    if (!last || task.ts >= last.ts + (last.dur ?? 0)) topLevel.push(task);
  }
  return topLevel;
}

/**
 * Main-thread milliseconds of every frame that began between two marks (set on the page's main
 * thread, which is how the thread is found).
 */
export function mainThreadPerFrame(events: TraceEvent[], from: string, to: string): number[] {
  const start = markTime(events, from);
  const end = markTime(events, to).ts;
  const tasks = mainThreadTasks(events, start);
  const frameStarts = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.name === 'BeginMainThreadFrame')
    .map((e) => tasks.find((t) => t.ts <= e.ts && e.ts <= t.ts + (t.dur ?? 0))?.ts ?? e.ts)
    .sort((a, b) => a - b);
  const frames: number[] = [];
  frameStarts.forEach((frameStart, i) => {
    const next = frameStarts[i + 1];
    if (frameStart < start.ts || frameStart >= end || next === undefined) return;
    frames.push(tasks.filter((t) => t.ts >= frameStart && t.ts < next).reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000);
  });
  return frames;
}

/** Main-thread milliseconds of all tasks from a mark to the end of the trace. */
export function mainThreadAfter(events: TraceEvent[], from: string): number {
  const start = markTime(events, from);
  return mainThreadTasks(events, start).filter((t) => t.ts >= start.ts).reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
}
