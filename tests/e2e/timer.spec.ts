import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { linkPath } from './links.ts';
import { AGREEMENT_MS, expectAgreement, readTimer } from './timerReading.ts';

/*
 * The shared workshop timer on two laptops whose clocks are minutes apart (Playwright's clock,
 * installed per browser context, skews Date.now and lets time run on). Both must show the same
 * remaining time: the end is held in the server's time and each page estimates the server's
 * clock (GET /api/time).
 */

const ADA_AHEAD_MS = 4 * 60_000;
const BOB_BEHIND_MS = -3 * 60_000;

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
  // The timer is a workshop's tool: Ada starts the workshop, then five minutes.
  await ada.getByTestId('workshop').click();
  await ada.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Start workshop' }).click();
  await expect.poll(async () => Math.abs((await readTimer(ada)).offsetMs + ADA_AHEAD_MS)).toBeLessThan(1_000);
  await expect(bob.getByTestId('workshop-timer')).toHaveCount(0);
  await ada.getByTestId('workshop-timer').getByRole('button').click();
  const dialog = ada.getByRole('dialog', { name: 'Workshop timer' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Start a 5-minute timer' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'running');
  await expect.poll(async () => Math.abs((await readTimer(bob)).offsetMs - -BOB_BEHIND_MS)).toBeLessThan(1_000);
  await expect(bob.getByTestId('workshop-timer').getByRole('timer')).toBeVisible();
  await expect(bob.getByTestId('workshop-timer').getByRole('button')).toHaveCount(0);

  const started = await readTimer(bob);
  expect(started.remainingMs).toBeGreaterThan(4 * 60_000 + 50_000);
  expect(started.remainingMs).toBeLessThanOrEqual(5 * 60_000);
  await expect(bob.getByTestId('workshop-timer').getByRole('timer')).toHaveText(/^(?:4:5\d|5:00)$/);
  await expectAgreement(ada, bob, 'running');

  // Paused, both hold the same time left, to the millisecond, and show it alike.
  await dialog.getByRole('button', { name: 'Pause' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'paused');
  const paused = { a: await readTimer(ada), b: await readTimer(bob) };
  expect(paused.b.remainingMs).toBe(paused.a.remainingMs);
  expect(paused.b.text).toBe(paused.a.text);
  await expect(dialog.getByText(paused.a.text)).toBeVisible();

  // A minute more, while paused: exactly 60 s on both.
  await dialog.getByRole('button', { name: 'Add a minute' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-paused-ms', String(paused.a.remainingMs + 60_000));
  await expect(ada.getByTestId('workshop-timer')).toHaveAttribute('data-paused-ms', String(paused.a.remainingMs + 60_000));

  // Resumed, the end is what was left after the resume, in the server's time (the machine's
  // clock the test reads too, whatever Ada's laptop says), and they count down together again.
  const beforeResume = Date.now();
  await dialog.getByRole('button', { name: 'Resume' }).click();
  await expect(bob.getByTestId('workshop-timer')).toHaveAttribute('data-state', 'running');
  const afterResume = Date.now();
  const endsAt = Number(await bob.getByTestId('workshop-timer').getAttribute('data-ends-at'));
  const left = paused.a.remainingMs + 60_000;
  expect(endsAt).toBeGreaterThanOrEqual(beforeResume + left - AGREEMENT_MS);
  expect(endsAt).toBeLessThanOrEqual(afterResume + left + AGREEMENT_MS);
  await expectAgreement(ada, bob, 'resumed');

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
