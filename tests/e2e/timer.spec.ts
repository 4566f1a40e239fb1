import type { Page } from '@playwright/test';
import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath } from './links.ts';

/*
 * The shared workshop timer on two laptops whose clocks are minutes apart (Playwright's clock,
 * installed per browser context, skews Date.now and lets time run on). Both must show the same
 * remaining time: the end is held in the server's time and each page estimates the server's
 * clock (GET /api/time).
 */

const ADA_AHEAD_MS = 4 * 60_000;
const BOB_BEHIND_MS = -3 * 60_000;
/** The agreement the issue asks for. */
const AGREEMENT_MS = 100;

interface TimerRead {
  state: string;
  /** What is left as this page counts it: the end (server time) less its estimate of the server's now. */
  remainingMs: number;
  offsetMs: number;
  text: string;
}

function readTimer(page: Page): Promise<TimerRead> {
  return page.getByTestId('workshop-timer').evaluate((el: HTMLElement) => {
    const { state = '', endsAt, pausedMs, clockOffset } = el.dataset;
    const offsetMs = Number(clockOffset);
    const remainingMs = state === 'paused' ? Number(pausedMs) : Number(endsAt) - (Date.now() + offsetMs);
    return { state, remainingMs, offsetMs, text: el.querySelector('.header-timer__time')?.textContent ?? '' };
  });
}

/**
 * Both pages read as close to one moment as two pages can be: side by side. The reads cannot be
 * at the same instant, and a running timer moves a millisecond per millisecond, so the time the
 * pair of reads took is added to the agreement asked for.
 */
async function readBoth(a: Page, b: Page): Promise<{ a: TimerRead; b: TimerRead; apartMs: number; spanMs: number }> {
  const started = performance.now();
  const [ra, rb] = await Promise.all([readTimer(a), readTimer(b)]);
  const spanMs = performance.now() - started;
  return { a: ra, b: rb, apartMs: Math.abs(ra.remainingMs - rb.remainingMs), spanMs };
}

async function expectAgreement(a: Page, b: Page, label: string): Promise<void> {
  const read = await readBoth(a, b);
  console.log(`${label}: remaining ${Math.round(read.a.remainingMs)} ms and ${Math.round(read.b.remainingMs)} ms, ${read.apartMs.toFixed(1)} ms apart, read within ${read.spanMs.toFixed(1)} ms`);
  expect(read.apartMs).toBeLessThanOrEqual(AGREEMENT_MS + read.spanMs);
}

test('a timer started on one laptop counts down to the same instant on another whose clock is minutes off', async ({ openLaptop }) => {
  const ada = await openLaptop();
  await ada.clock.install({ time: Date.now() + ADA_AHEAD_MS });
  const board = await createBoardFromHome(ada);
  await joinAs(ada, 'Ada');
  await expectConnected(ada);

  // Bob follows on a comment link: he sees the timer and cannot change it.
  const bob = await openLaptop();
  await bob.clock.install({ time: Date.now() + BOB_BEHIND_MS });
  await bob.goto(linkPath(board.id, board.tokens.comment));
  await joinAs(bob, 'Bob');
  await expectConnected(bob);

  // The clocks really are apart, and each page's estimate of the server's clock makes up for it.
  const skew = (await ada.evaluate(() => Date.now())) - (await bob.evaluate(() => Date.now()));
  expect(Math.abs(skew - (ADA_AHEAD_MS - BOB_BEHIND_MS))).toBeLessThan(2_000);
  await expect.poll(async () => Math.abs((await readTimer(ada)).offsetMs + ADA_AHEAD_MS)).toBeLessThan(1_000);
  await expect(bob.getByTestId('workshop-timer')).toHaveCount(0);

  // Ada starts five minutes.
  await ada.getByTestId('workshop-timer').getByRole('button').click();
  const dialog = ada.getByRole('dialog', { name: 'Workshop timer' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Start a 5-minute timer' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'running');
  await expect.poll(async () => Math.abs((await readTimer(bob)).offsetMs - -BOB_BEHIND_MS)).toBeLessThan(1_000);
  await expect(bob.getByTestId('workshop-timer').getByRole('timer')).toBeVisible();
  await expect(bob.getByTestId('workshop-timer').getByRole('button')).toHaveCount(0);

  const started = await readBoth(ada, bob);
  expect(started.b.remainingMs).toBeGreaterThan(4 * 60_000 + 50_000);
  expect(started.b.remainingMs).toBeLessThanOrEqual(5 * 60_000);
  await expect(bob.getByTestId('workshop-timer').getByRole('timer')).toHaveText(/^(?:4:5\d|5:00)$/);
  await expectAgreement(ada, bob, 'running');

  // Paused, both hold the same time left, to the millisecond, and show it alike.
  await dialog.getByRole('button', { name: 'Pause' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'paused');
  const paused = await readBoth(ada, bob);
  expect(paused.b.remainingMs).toBe(paused.a.remainingMs);
  expect(paused.b.text).toBe(paused.a.text);
  await expect(dialog.getByText(paused.a.text)).toBeVisible();

  // A minute more, while paused: exactly 60 s on both.
  await dialog.getByRole('button', { name: 'Add a minute' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-paused-ms', String(paused.a.remainingMs + 60_000));
  await expect(ada.getByTestId('workshop-timer')).toHaveAttribute('data-paused-ms', String(paused.a.remainingMs + 60_000));

  // Resumed, they count down together again.
  await dialog.getByRole('button', { name: 'Resume' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'running');
  await expectAgreement(ada, bob, 'resumed');
  const resumed = await readTimer(bob);
  expect(resumed.remainingMs).toBeGreaterThan(paused.a.remainingMs + 55_000);

  // Stopped, the timer leaves Bob's header; Ada keeps the button to start another.
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveCount(0);
  await expect(ada.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'idle');

  // A short custom length runs out on both screens alike.
  await dialog.getByLabel('Custom length').fill('0:02');
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'ended');
  await expect(bob.getByTestId('workshop-timer').getByRole('timer')).toHaveText("Time's up");
  await expect(ada.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'ended');

  // A length out of range is refused with a reason, and nothing starts.
  await dialog.getByLabel('Custom length').fill('4:00:00');
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter a length from 1 second to 3 hours, like 7 or 2:30.');
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'ended');
});
