import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, setLocale, updateCard } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { flat, pagesOf, render } from './pdfReading.ts';

/* The ranked opportunities in the report, read back with pdftotext. */

function rated(locale?: string, ratings: [string, number | null, number | null][] = [['Room planner', 2, 5], ['Delivery text message', 4, 1], ['Show stock per store', 5, 4], ['Live chat', null, null]]) {
  const ctx = freshContext();
  if (locale) setLocale(ctx, locale);
  const [order, delivery] = ['Order', 'Delivery'].map((title) => addStage(ctx, { title }));
  const lane = addLane(ctx, { kind: 'opportunities' });
  ratings.forEach(([title, impact, effort], i) => {
    const card = addCard(ctx, { stageId: i === 1 ? delivery! : order!, laneId: lane, title });
    updateCard(ctx, card, { impact, effort });
  });
  return docToBoard(ctx.doc);
}

describe('opportunities in the report', () => {
  it('has a page of them ranked after the map, each with its stage, rating and quadrant', async () => {
    const pages = pagesOf(await render(rated(), 'opportunities')).map(flat);
    const at = pages.findIndex((page) => page.startsWith('Opportunities ranked'));
    expect(at).toBe(pages.findIndex((page) => page.startsWith('Journey map')) + 1);
    const page = pages[at]!;
    const rows = ['1 Delivery text message Delivery Impact 4 · effort 1 · Quick wins', '2 Show stock per store Order Impact 5 · effort 4 · Big bets', '3 Room planner Order Impact 2 · effort 5 · Money pits', '4 Live chat Order Not rated yet'];
    const places = rows.map((row) => page.indexOf(row));
    expect(places.every((p) => p >= 0), page).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(page).toContain('QUICK WINS');
    expect(pages[0]).toContain('Opportunities ranked page 3');
  });

  it('has none while no opportunity is rated', async () => {
    const pages = pagesOf(await render(rated(undefined, [['Live chat', null, null]]), 'opportunities-none')).map(flat);
    expect(pages.some((page) => page.startsWith('Opportunities ranked'))).toBe(false);
  });

  it('is in Chinese on a Chinese board', async () => {
    const page = pagesOf(await render(rated('zh-CN'), 'opportunities-zh')).map(flat).find((p) => p.startsWith('机会排序'))!;
    expect(page).toContain('影响 4 · 投入 1 · 速赢');
  });
});
