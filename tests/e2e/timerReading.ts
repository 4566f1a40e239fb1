import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/*
 * Reading the shared workshop timer as a page counts it, to compare screens whose clocks differ.
 * A timer element carries, in data attributes, the end in the server's time, what a pause left
 * and the page's estimate of the server's clock (WorkshopTimer, and the phone's timer alike).
 */

/** The agreement the issue asks for. */
export const AGREEMENT_MS = 100;

export interface TimerRead {
  state: string;
  /** What is left as this page counts it: the end (server time) less its estimate of the server's now. */
  remainingMs: number;
  offsetMs: number;
  text: string;
}

export function readTimer(page: Page, timer: Locator = page.getByTestId('workshop-timer')): Promise<TimerRead> {
  return timer.evaluate((el: HTMLElement) => {
    const { state = '', endsAt, pausedMs, clockOffset } = el.dataset;
    const offsetMs = Number(clockOffset);
    const remainingMs = state === 'paused' ? Number(pausedMs) : Number(endsAt) - (Date.now() + offsetMs);
    return { state, remainingMs, offsetMs, text: el.querySelector('.header-timer__time')?.textContent ?? '' };
  });
}

/**
 * When a page says the timer ends, in the test's own time (the machine's clock, which is the
 * server's): what is left as the page counts it, added to the moment it was read. That moment is
 * known only to within the read's round trip, so the read is made a few times and the one with
 * the shortest trip kept; `uncertaintyMs` is half of it. Two pages' ends can then be compared as
 * if read at one instant, which two pages cannot be.
 */
export async function endSeenBy(page: Page, timer?: Locator): Promise<{ endMs: number; uncertaintyMs: number; read: TimerRead }> {
  let best: { endMs: number; uncertaintyMs: number; read: TimerRead } | null = null;
  for (let i = 0; i < 8; i++) {
    const before = Date.now();
    const read = await readTimer(page, timer);
    const after = Date.now();
    const uncertaintyMs = (after - before) / 2;
    if (best === null || uncertaintyMs < best.uncertaintyMs) best = { endMs: (before + after) / 2 + read.remainingMs, uncertaintyMs, read };
  }
  return best!;
}

export async function expectAgreement(a: Page, b: Page, label: string, timers: { a?: Locator; b?: Locator } = {}): Promise<number> {
  const [ea, eb] = [await endSeenBy(a, timers.a), await endSeenBy(b, timers.b)];
  const apartMs = Math.abs(ea.endMs - eb.endMs);
  const marginMs = ea.uncertaintyMs + eb.uncertaintyMs;
  console.log(`${label}: the two ends ${apartMs.toFixed(1)} ms apart, each read to within ${ea.uncertaintyMs} and ${eb.uncertaintyMs} ms`);
  expect(apartMs).toBeLessThanOrEqual(AGREEMENT_MS + marginMs);
  return apartMs;
}
