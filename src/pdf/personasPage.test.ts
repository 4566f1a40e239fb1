import { describe, expect, it } from 'vitest';
import { addLane, addPersona, addStage, docToBoard, setEmotionScore, setLaneCurve, setLocale } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { flat, pagesOf, render } from './pdfReading.ts';

/*
 * The report's personas, read back with pdftotext: a page of who the journey is for, before the
 * map, and each curve on the map saying whose it is, as-is or to-be.
 */

function twoPersonas(locale?: string) {
  const ctx = freshContext();
  if (locale) setLocale(ctx, locale);
  const stages = ['Research', 'Visit'].map((title) => addStage(ctx, { title }));
  const today = addLane(ctx, { kind: 'emotion', title: 'Today' });
  const tomorrow = addLane(ctx, { kind: 'emotion', title: 'Tomorrow' });
  stages.forEach((stage, i) => {
    setEmotionScore(ctx, today, stage, [1, -2][i]!);
    setEmotionScore(ctx, tomorrow, stage, [1, 2][i]!);
  });
  const households = addPersona(ctx, { name: 'Bargain seeking households', description: 'Families furnishing a first home.', goals: 'A finished room for less', frustrations: 'Hidden delivery costs', quote: 'Is delivery included?', color: 'teal' })!;
  addPersona(ctx, { name: 'Trade buyers', needs: 'Stock they can count on', color: 'violet' });
  setLaneCurve(ctx, today, households, 'asIs');
  setLaneCurve(ctx, tomorrow, households, 'toBe');
  return docToBoard(ctx.doc);
}

describe('personas in the report', () => {
  it('has a page of them before the map, and says on the map whose each curve is', async () => {
    const pages = pagesOf(await render(twoPersonas(), 'personas')).map(flat);
    const personas = pages.findIndex((page) => page.startsWith('Personas'));
    const map = pages.findIndex((page) => page.startsWith('Journey map'));
    expect(personas).toBeGreaterThan(0);
    expect(map).toBe(personas + 1);
    expect(pages[personas]).toContain('Bargain seeking households 2 emotion curves on the map Families furnishing a first home. GOALS A finished room for less FRUSTRATIONS Hidden delivery costs "Is delivery included?"');
    expect(pages[personas]).toContain('Trade buyers No emotion curve on the map NEEDS Stock they can count on');
    expect(pages[map]).toContain('Bargain seeking households · as-is');
    // The to-be curve is drawn over the as-is one, pale, and says so.
    expect(pages[map]).toContain('Bargain seeking households · to-be, over as-is (pale)');
    expect(pages[0]).toContain('Personas page 2 Journey map page 3');
    // The cover counts them first, as who the journey is for.
    expect(pages[0]).toMatch(/Exported 22 November 2026 2 personas 2 stages 2 lanes/);
  });

  it('has none without personas', async () => {
    const ctx = freshContext();
    addStage(ctx, { title: 'Research' });
    const pages = pagesOf(await render(docToBoard(ctx.doc), 'no-personas')).map(flat);
    expect(pages.some((page) => page.startsWith('Personas'))).toBe(false);
  });

  it('is in Chinese on a Chinese board', async () => {
    const pages = pagesOf(await render(twoPersonas('zh-CN'), 'personas-zh')).map(flat);
    const personas = pages.find((page) => page.startsWith('角色'));
    expect(personas).toContain('地图上有 2 条情绪曲线');
    expect(pages.find((page) => page.includes('Bargain seeking households · 目标'))).toBeDefined();
  });
});
