import type { Page } from '@playwright/test';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { adminTokenIn } from './links.ts';

/*
 * The gallery as people meet it: "New board" shows every template, each one becomes a board
 * that renders without a console error, and a board saved as a template comes back from it.
 */

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function openGallery(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New board' }).click();
  const gallery = page.getByRole('dialog', { name: 'Start a new board' });
  await expect(gallery.getByRole('region', { name: 'Built-in templates' })).toBeVisible();
  return gallery;
}

test('every built-in template becomes a board that renders its content without a console error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // Each template by its name in the gallery, the view it opens in, and a text it must show.
  const templates = [
    { name: 'Blank journey map', view: 'map', text: '+ Add stage' },
    { name: 'Lighting project: first sales visit to two years after delivery', view: 'map', text: 'Evaluation and Feedback' },
    { name: 'B2B customer journey in nine phases', view: 'map', text: 'Advice and solution design' },
    { name: 'Chrystals customer journey map', view: 'map', text: 'Provision of other similar or innovative products' },
    { name: 'Customer Experience Strategy Canvas', view: 'strategy', text: 'Who the customers are' },
    { name: 'Strategy Canvas: the Furn. Co example', view: 'strategy', text: 'Bargain seeking households who still want quality furniture' },
    { name: '建材卫浴 customer lifecycle', view: 'map', text: '收集客户使用反馈' },
  ];
  const gallery = await openGallery(page);
  await expect(gallery.getByRole('button', { name: /^Use template: / })).toHaveCount(templates.length);
  let named = false;
  for (const template of templates) {
    const gallery = await openGallery(page);
    await gallery.getByRole('button', { name: `Use template: ${template.name}`, exact: true }).click();
    await expect(page).toHaveURL(template.view === 'strategy' ? /\/b\/[a-z0-9]+\/strategy$/ : /\/b\/[a-z0-9]+$/);
    if (!named) {
      await joinAs(page, 'Ada');
      named = true;
    }
    await expectConnected(page);
    // Strategy items are text fields: their words are values, not text on the page.
    if (template.name.includes('Furn. Co')) await expect(page.getByRole('region', { name: '1. Who' }).getByRole('textbox').first()).toHaveValue(template.text);
    else await expect(page.getByText(template.text).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('the gallery names each template’s source document by what it is, gives its language and size, and finds templates by name', async ({ page }) => {
  const gallery = await openGallery(page);
  const chinese = gallery.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Use template: 建材卫浴 customer lifecycle' }) });
  await expect(chinese).toContainText('中文');
  await expect(chinese).toContainText('5 stages · 31 cards');
  // The source document by its title and kind, never by a file name.
  await expect(chinese).toContainText('From the article “优化建材卫浴业务流程:客户生命周期各阶段的应对策略”');
  await expect(gallery).not.toContainText('.txt');
  const chrystals = gallery.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Use template: Chrystals customer journey map' }) });
  await expect(chrystals).toContainText('From the online board “Chrystals Customer journey map” by Leah Murimi');
  await expect(chinese.getByRole('img', { name: 'Preview of the map' })).toBeVisible();

  await gallery.getByRole('searchbox', { name: 'Search templates by name' }).fill('canvas');
  await expect(gallery.getByRole('button', { name: /^Use template/ })).toHaveText([/Customer Experience Strategy Canvas/, /Strategy Canvas: the Furn\. Co example/]);
  await gallery.getByRole('searchbox', { name: 'Search templates by name' }).fill('nothing like this');
  await expect(gallery).toContainText('No template has “nothing like this” in its name.');
});

test('a board saved as a template is offered in the gallery and starts new boards with its content', async ({ page, server }) => {
  // The team's templates are managed with the admin link the server printed on its first
  // start: opened once, as its operator would, this browser keeps it.
  await page.goto(`/#admin=${adminTokenIn(server.output)}`);
  const gallery = await openGallery(page);
  await gallery.getByRole('button', { name: 'Use template: Lighting project: first sales visit to two years after delivery' }).click();
  await joinAs(page, 'Ada');
  await expectConnected(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Save as template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a template' });
  await dialog.getByLabel('Template name').fill('Our lamp projects');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved as “Our lamp projects”.');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const again = await openGallery(page);
  const saved = again.getByRole('region', { name: 'Your team’s templates' });
  await expect(saved).toContainText('6 stages · 19 cards');
  await saved.getByRole('button', { name: 'Use template: Our lamp projects' }).click();
  await expect(page).toHaveURL(/\/b\/[a-z0-9]+$/);
  await expect(page.getByRole('article', { name: 'Card: Warranty Follow-Up', exact: true })).toBeVisible();

  const cleanup = await openGallery(page);
  await cleanup.getByRole('button', { name: 'Delete template Our lamp projects' }).click();
  await expect(cleanup.getByRole('region', { name: 'Your team’s templates' })).toHaveCount(0);
});
