import { chromium, type Browser, type BrowserContext, type Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { expect, test } from './fixtures.ts';

/*
 * Chinese on a machine without a CJK system font, as many laptops and projectors are: the
 * browser sees only the Latin faces of one font directory, so every Chinese glyph on screen
 * must come from the face the app serves itself (Noto Sans SC, in unicode-range slices).
 */

const LATIN_ONLY_FONTS = '/usr/share/fonts/truetype/dejavu';

let dir: string;
let browser: Browser;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'journeyboard-fontless-'));
  const config = join(dir, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${LATIN_ONLY_FONTS}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  const env = { ...process.env, FONTCONFIG_FILE: config };
  // The premise, checked rather than assumed: this configuration finds faces, none of them for Chinese.
  expect(execFileSync('fc-list', [':', 'family'], { env, encoding: 'utf8' })).toContain('DejaVu Sans');
  expect(execFileSync('fc-list', [':lang=zh', 'family'], { env, encoding: 'utf8' }).trim()).toBe('');
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS, env });
});

test.afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function fontlessLaptop(baseURL: string, locale: 'en' | 'zh'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
  await context.addInitScript((chosen) => {
    localStorage.setItem('journeyboard.locale', chosen);
    localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#3156d3' }));
  }, locale);
  return context;
}

/**
 * How the element's Chinese is drawn, in its own weight and family: whether the app's face for
 * it is loaded, and whether two different characters draw differently. A missing glyph draws
 * the same empty box for every character, so two Chinese characters that come out pixel for
 * pixel alike are tofu.
 */
function chineseDrawing(element: Locator) {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    const han = [...new Set([...(node.textContent ?? '')].filter((ch) => /\p{Script=Han}/u.test(ch)))];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const context = canvas.getContext('2d')!;
    context.font = `${style.fontWeight} 48px ${style.fontFamily}`;
    const drawn = (ch: string) => {
      context.clearRect(0, 0, 64, 64);
      context.fillText(ch, 4, 52);
      return context.getImageData(0, 0, 64, 64).data.join();
    };
    return {
      characters: han.length,
      faceLoaded: document.fonts.check(`${style.fontWeight} 16px "Noto Sans SC"`, han.join('')),
      facesInUse: [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Noto Sans SC' && face.status === 'loaded').length,
      distinct: new Set(han.slice(0, 2).map(drawn)).size,
    };
  });
}

async function expectDrawnInChinese(element: Locator) {
  await expect(element).toBeVisible();
  await element.page().evaluate(() => document.fonts.ready);
  const drawing = await chineseDrawing(element);
  expect(drawing.characters, 'the element holds Chinese to draw').toBeGreaterThanOrEqual(2);
  expect(drawing.facesInUse, 'slices of the app’s face are loaded').toBeGreaterThan(0);
  expect(drawing.faceLoaded, 'the face covering its characters is loaded').toBe(true);
  expect(drawing.distinct, 'two different characters draw differently: glyphs, not boxes').toBe(2);
}

test('the home page and the gallery in Chinese draw their text in the app’s own face', async ({ server }, testInfo) => {
  const context = await fontlessLaptop(server.url, 'zh');
  const page = await context.newPage();
  await page.goto('/');
  await expectDrawnInChinese(page.getByRole('heading', { name: '你的看板' }));
  // The lede names the journey map, at the body's regular weight.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '旅程地图'))).toBe(true);

  await page.getByRole('button', { name: '新建看板' }).click();
  const gallery = page.getByRole('dialog', { name: '新建看板' });
  const chinese = gallery.getByRole('listitem').filter({ has: page.getByRole('button', { name: '使用模板：建材卫浴客户生命周期' }) });
  await expectDrawnInChinese(chinese.locator('.template-card__name'));
  await expectDrawnInChinese(chinese.locator('.template-card__source'));
  await testInfo.attach('gallery without CJK system fonts', { body: await page.screenshot(), contentType: 'image/png' });
  await context.close();
});

test('a Chinese board draws its title, stages and cards in the app’s own face', async ({ server }, testInfo) => {
  const context = await fontlessLaptop(server.url, 'en');
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByRole('button', { name: 'Use template: 建材卫浴 customer lifecycle' }).click();
  await expect(page).toHaveURL(/\/b\/[a-z0-9]+$/);
  // The board's own content, which no language switch changes.
  const map = page.getByLabel('Journey map canvas');
  await expectDrawnInChinese(map.getByText('客户认知', { exact: true }).first());
  await expectDrawnInChinese(map.getByText('收集客户使用反馈', { exact: true }).first());
  await testInfo.attach('Chinese board without CJK system fonts', { body: await page.screenshot(), contentType: 'image/png' });
  await context.close();
});
