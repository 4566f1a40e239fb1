import { createBoardFromHome, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { bearer, createBoard, linkPath } from './links.ts';

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

  await page.getByRole('link', { name: 'Boards' }).click();
  const card = page.getByRole('listitem', { name: 'Lighting project' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Owner');
  await expect(card).toContainText('Opened just now');

  await card.getByRole('link', { name: /Lighting project/ }).click();
  await expect(page.getByLabel('Board title')).toHaveValue('Lighting project');
  // The name was asked once; the second visit goes straight to the board.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change your name' })).toContainText('Ada Facilitator');
});

test('an unknown board address says so instead of showing an empty board', async ({ page }) => {
  // With a link's token, as a mistyped or made-up link would carry: without one, the page
  // cannot ask the server about the board at all.
  const token = '#t=' + 'x'.repeat(43);
  await page.goto('/b/doesnotexist000' + token);
  await expect(page.getByRole('heading', { name: 'Board not found' })).toBeVisible();
  await page.goto('/b/..%2f..%2fetc' + token);
  await expect(page.getByRole('heading', { name: 'Board not found' })).toBeVisible();
});

test('a board moved to the trash can be restored from its address', async ({ page, request }) => {
  const { id, tokens } = await createBoard(request, { title: 'Old workshop' });
  expect((await request.delete(`/api/boards/${id}`, { headers: bearer(tokens.owner) })).ok()).toBe(true);
  // Its owner's link: only the owner may restore it.
  await page.goto(linkPath(id, tokens.owner));
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
  const { id, tokens } = await createBoardFromHome(page);
  await joinAs(page, 'Ada');
  await expectConnected(page);
  expect((await request.delete(`/api/boards/${id}`, { headers: bearer(tokens.owner) })).ok()).toBe(true);
  const status = page.getByRole('status', { name: /Connection/ });
  await expect(status).toHaveAttribute('data-state', 'failed');
  await expect(status).toHaveText('Not connected');
  await expect(page.getByRole('alert')).toHaveText(/^This board was moved to the trash\./);
});

test('the home page lists the boards this browser holds links for, with their role, and lets their owner manage them', async ({ page, request }) => {
  const owned = await createBoard(request, { title: 'Workshop map' });
  const shared = await createBoard(request, { title: 'Their board' });
  // One board opened with its owner link, another with a view link someone sent.
  for (const [id, token] of [[owned.id, owned.tokens.owner], [shared.id, shared.tokens.view]] as const) {
    await page.goto(linkPath(id, token));
    if (id === owned.id) await joinAs(page, 'Ada');
    await expectConnected(page);
  }
  await page.goto('/');
  const mine = page.getByRole('listitem', { name: 'Workshop map' });
  const theirs = page.getByRole('listitem', { name: 'Their board' });
  await expect(mine).toContainText('Owner');
  await expect(theirs).toContainText('Can view');
  // A view link manages nothing.
  await expect(theirs.getByRole('button')).toHaveCount(0);

  await mine.getByRole('button', { name: 'Rename' }).click();
  await mine.getByLabel('New title').fill('Workshop map, week 2');
  await mine.getByRole('button', { name: 'Save' }).click();
  const renamed = page.getByRole('listitem', { name: 'Workshop map, week 2' });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('listitem', { name: 'Workshop map, week 2' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash · 1' }).click();
  const trashed = page.getByRole('listitem', { name: 'Workshop map, week 2' });
  await expect(trashed).toContainText('In the trash');
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Trash · 0' })).toBeVisible();
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await expect(page.getByRole('listitem', { name: 'Workshop map, week 2' })).toBeVisible();

  // Deleting for good goes through the trash, and asks first.
  await page.getByRole('listitem', { name: 'Workshop map, week 2' }).getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash · 1' }).click();
  await page.getByRole('listitem', { name: 'Workshop map, week 2' }).getByRole('button', { name: 'Delete for good…' }).click();
  await page.getByRole('group', { name: 'Delete for good' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('listitem', { name: 'Workshop map, week 2' })).toHaveCount(0);
  expect((await request.get(`/api/boards/${owned.id}`, { headers: bearer(owned.tokens.owner) })).status()).toBe(404);
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Workshop map, week 2' })).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: 'Their board' })).toBeVisible();
});

test('the language switch in the home header turns the page into Chinese, and the browser keeps the choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  await page.getByRole('banner').getByRole('combobox', { name: 'Interface language' }).selectOption('中文');
  await expect(page.getByRole('heading', { name: '还没有看板' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.reload();
  await expect(page.getByRole('heading', { name: '你的看板' })).toBeVisible();
  const switcher = page.getByRole('banner').getByRole('combobox', { name: '界面语言' });
  await expect(switcher).toHaveValue('zh');
  await page.getByRole('button', { name: '新建看板' }).click();
  await expect(page.getByRole('dialog', { name: '新建看板' }).getByRole('button', { name: '使用模板：空白旅程地图' })).toBeVisible();
  await page.keyboard.press('Escape');
  await switcher.selectOption('English');
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
});
