import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { ServerProcess } from '../../scripts/serverProcess.ts';
import { boardTokens, heldToken, linkPath, type TestBoard } from './links.ts';

export type OpenLaptop = (options?: BrowserContextOptions) => Promise<Page>;

/**
 * Each worker gets its own real server and empty database; `serverEnv` adds to its settings.
 * `openLaptop` opens a page in a browser context of its own, as another person's laptop, on
 * that server. Every one is closed when the test ends, pass or fail: a page left open keeps its
 * board live and slows every later test in the worker.
 */
export const test = base.extend<{ openLaptop: OpenLaptop }, { server: ServerProcess; serverEnv: Record<string, string> }>({
  serverEnv: [{}, { scope: 'worker', option: true }],
  server: [
    async ({ serverEnv }, use) => {
      const server = new ServerProcess({ env: serverEnv });
      await server.start();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  openLaptop: async ({ browser, server }, use) => {
    const laptops: BrowserContext[] = [];
    await use(async (options) => {
      const laptop = await browser.newContext({ baseURL: server.url, ...options });
      laptops.push(laptop);
      return laptop.newPage();
    });
    await Promise.all(laptops.map((laptop) => laptop.close()));
  },
});

export { expect };

/** Answers the first-visit name question, as a new person on the board would. */
export async function joinAs(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'What should others call you?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Display name').fill(name);
  await dialog.getByRole('button', { name: 'Join board' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Creates a board from the home page (the blank map of the gallery), whose owner link this
 * browser then keeps; returns the board with every role's token, for handing out its links.
 */
export async function createBoardFromHome(page: Page): Promise<TestBoard> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByRole('button', { name: 'Use template: Blank journey map' }).click();
  await page.waitForURL(/\/b\/[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const owner = await heldToken(page, id);
  if (owner === null) throw new Error(`the browser keeps no link for the board it made, ${id}`);
  return { id, tokens: await boardTokens(page.request, id, owner), path: linkPath(id, owner) };
}

export async function expectConnected(page: Page): Promise<void> {
  // By test id: the pill's accessible name follows the interface's language.
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'connected');
}

/** Adds a card to the first cell whose label matches, typing its title in place. */
export async function addCardInCell(page: Page, title: string, cell: RegExp = /^Add card to/): Promise<void> {
  await page.getByRole('button', { name: cell }).first().click();
  const field = page.getByRole('textbox', { name: 'Card title' });
  await field.fill(title);
  await field.press('Enter');
  await expect(page.getByRole('article', { name: `Card: ${title}` })).toBeVisible();
}
