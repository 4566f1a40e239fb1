import type { Page } from '@playwright/test';
import { createBoard, linkPath } from './links.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';

/*
 * Two people with the board's edit link: the one who starts the workshop facilitates it, the
 * other sees who does and cannot take it while they are there; the workshop is handed over,
 * taken over once its facilitator has left, and ended. The server holds the rule
 * (tests/server/facilitation.test.ts); here the pages show it.
 */

async function openAs(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await joinAs(page, name);
  await expectConnected(page);
}

const workshop = (page: Page) => page.getByTestId('workshop');

test('a workshop is started, handed over, taken over from someone who left, and ended', async ({ openLaptop, request }) => {
  const board = await createBoard(request, { title: 'Workshop' });
  const edit = linkPath(board.id, board.tokens.edit);
  const fran = await openLaptop({ viewport: { width: 1920, height: 1080 } });
  const pat = await openLaptop({ viewport: { width: 1280, height: 720 } });
  await openAs(fran, edit, 'Fran');
  await openAs(pat, edit, 'Pat');

  await fran.getByRole('button', { name: 'Start workshop' }).click();
  await expect(workshop(fran)).toHaveText('Facilitating');
  await expect(workshop(pat)).toHaveText('Fran facilitates');
  await expect(pat.getByRole('button', { name: 'Start workshop' })).toHaveCount(0);

  // Pat can read who leads, but may not take the workshop while Fran is here.
  await workshop(pat).click();
  const patPanel = pat.getByRole('region', { name: 'Workshop' });
  await expect(patPanel).toContainText('Only Fran and the board’s owner can present');
  await expect(patPanel.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  await pat.keyboard.press('Escape');
  await expect(patPanel).toBeHidden();

  await workshop(fran).click();
  const franPanel = fran.getByRole('region', { name: 'Workshop' });
  await expect(franPanel.getByLabel('Hand over to')).toHaveValue(/^[0-9a-f]{64}$/);
  await expect(franPanel.getByLabel('Hand over to').locator('option')).toHaveText(['Pat']);
  await franPanel.getByRole('button', { name: 'Hand over' }).click();
  await expect(workshop(pat)).toHaveText('Facilitating');
  await expect(workshop(fran)).toHaveText('Pat facilitates');

  // Pat leaves the board: Fran may take the workshop back.
  await pat.context().close();
  await workshop(fran).click();
  await expect(franPanel).toContainText('Pat has left the board');
  await franPanel.getByRole('button', { name: 'Take over' }).click();
  await expect(workshop(fran)).toHaveText('Facilitating');

  await workshop(fran).click();
  await franPanel.getByRole('button', { name: 'End workshop' }).click();
  await expect(fran.getByRole('button', { name: 'Start workshop' })).toBeVisible();
  // Still so after a reload: the workshop's state is the board's, stored by the server.
  await fran.reload();
  await expectConnected(fran);
  await expect(fran.getByRole('button', { name: 'Start workshop' })).toBeVisible();
});
