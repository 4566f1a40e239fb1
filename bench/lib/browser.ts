import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { FIRST_CARD } from './mapCards.ts';

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Opens a board as a named person and waits until the map shows its first card. */
export async function openBoard(browser: Browser, url: string, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'bench', name: 'Bench', color: '#2563eb' })));
  await page.goto(url);
  await page.locator(FIRST_CARD).first().waitFor({ timeout: 60_000 });
  return page;
}

/*
 * Records every animation frame's timestamp and every long animation frame while a scenario
 * runs. Functions are passed to the page as strings, so no bundler helper leaks into them.
 */
const START_RECORDING = `(() => {
  const rec = { frames: [], longFrames: [], running: true };
  window.__frames = rec;
  const tick = (t) => { if (!rec.running) return; rec.frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    rec.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) rec.longFrames.push({ duration: entry.duration, blocking: entry.blockingDuration });
    });
    rec.observer.observe({ type: 'long-animation-frame' });
  } catch {}
})()`;

const STOP_RECORDING = `(() => {
  const rec = window.__frames;
  rec.running = false;
  rec.observer?.disconnect();
  const gaps = rec.frames.slice(1).map((t, i) => t - rec.frames[i]);
  return { gaps, longFrames: rec.longFrames };
})()`;

export interface FrameRecording {
  /** Time between consecutive animation frames, ms. */
  gaps: number[];
  /** Animation frames over 50 ms, as the browser reported them. */
  longFrames: { duration: number; blocking: number }[];
}

export async function recordFrames(page: Page, scenario: () => Promise<void>): Promise<FrameRecording> {
  await page.evaluate(START_RECORDING);
  await scenario();
  return (await page.evaluate(STOP_RECORDING)) as FrameRecording;
}
