import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';

test('a new person creates a board, names it, and finds it again on the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();

  await createBoardFromHome(page);
  await joinAs(page, 'Ada Facilitator');
  await expectConnected(page);

  const title = page.getByLabel('Board title');
  await expect(title).toHaveValue('Untitled board');
  await title.fill('Lighting project');
  await title.press('Enter');
  await expect(page).toHaveTitle('Lighting project · Journeyboard');

  await page.getByRole('link', { name: '← Boards' }).click();
  const link = page.getByRole('link', { name: /Lighting project/ });
  await expect(link).toBeVisible();
  await expect(link).toContainText('Opened just now');

  await link.click();
  await expect(page.getByLabel('Board title')).toHaveValue('Lighting project');
  // The name was asked once; the second visit goes straight to the board.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change your name' })).toContainText('Ada Facilitator');
});

test('an unknown board address says so instead of showing an empty board', async ({ page }) => {
  await page.goto('/b/doesnotexist000');
  await expect(page.getByRole('heading', { name: 'Board not found' })).toBeVisible();
  await page.goto('/b/..%2f..%2fetc');
  await expect(page.getByRole('heading', { name: 'Board not found' })).toBeVisible();
});

test('a board moved to the trash can be restored from its address', async ({ page, request }) => {
  const { id } = await (await request.post('/api/boards', { data: { title: 'Old workshop' } })).json();
  expect((await request.delete(`/api/boards/${id}`)).ok()).toBe(true);
  await page.goto(`/b/${id}`);
  await expect(page.getByRole('heading', { name: 'This board is in the trash' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore board' }).click();
  await joinAs(page, 'Ada');
  await expect(page.getByLabel('Board title')).toHaveValue('Old workshop');
});

test('the board page fits a 1920x1080 shared screen and a 1280x720 laptop', async ({ page }) => {
  for (const [i, viewport] of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }].entries()) {
    await page.setViewportSize(viewport);
    await createBoardFromHome(page);
    if (i === 0) await joinAs(page, 'Ada'); // asked once per browser
    await page.getByRole('button', { name: '+ Add stage' }).click();
    await page.getByRole('button', { name: '+ Add lane' }).click();
    const header = page.locator('.board-header');
    const box = (await header.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(viewport.width);
    // Nothing in the header is pushed off-screen.
    for (const control of [page.getByLabel('Board title'), page.getByRole('status', { name: /Connection/ }), page.getByRole('button', { name: 'Change your name' })]) {
      const b = (await control.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
    }
  }
});

test('a board moved to the trash while open says so, instead of claiming to be offline', async ({ page, request }) => {
  await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await expectConnected(page);
  const id = new URL(page.url()).pathname.split('/').pop();
  expect((await request.delete(`/api/boards/${id}`)).ok()).toBe(true);
  const status = page.getByRole('status', { name: /Connection/ });
  await expect(status).toHaveAttribute('data-state', 'failed');
  await expect(status).toHaveText('Not connected');
  await expect(page.getByRole('alert')).toHaveText(/^This board was moved to the trash\./);
});
