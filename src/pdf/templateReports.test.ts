import { beforeAll, describe, expect, it } from 'vitest';
import { asLocale, translate } from '../i18n/index.ts';
import type { Board } from '../model/index.ts';
import { TEMPLATE_NAMES, flat, pageFill, pagesOf, render, template } from './pdfReading.ts';
import { printable } from './printable.ts';

/*
 * Each built-in template's report read back as its reader gets it: its notes and connectors
 * on the map, its labels in the board's language, its counts as the board has them, its map
 * pages filled, and an appendix only when there is something the pages did not show.
 */
const squash = (s: string) => s.replace(/\s+/g, '');
const shown = (s: string) => squash(printable(s));

/** Every fixed English label of the report that a Chinese board's report must not carry. */
const ENGLISH_LABELS = ['CUSTOMER JOURNEY REPORT', 'Exported', 'CONTENTS', 'Journey map', 'page ', 'Appendix', 'continued', 'Touchpoints', 'Opportunities', 'stages', 'lanes', 'cards', 'THE JOURNEY AT A GLANCE', 'Pre-Sales', 'Post-Sales', 'Strategy Canvas'];

describe.each(TEMPLATE_NAMES)('the report of %s', (name) => {
  const board: Board = template(name);
  const locale = asLocale(board.meta.locale);
  const t = (id: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(locale, id, values);
  let pages: string[] = [];
  let fills: number[] = [];
  beforeAll(async () => {
    const pdf = await render(board, `template-${name}`);
    pages = pagesOf(pdf);
    fills = pageFill(pdf);
  });

  it('draws every sticky note and connector on the map pages', () => {
    const map = squash(pages.filter((p) => p.trimStart().startsWith(t('report.part.map'))).join(''));
    for (const note of board.notes) expect(map).toContain(shown(note.text).slice(0, 24));
    for (const connector of board.connectors) expect(map).toContain(shown(connector.label));
  });

  it('gives every map page to the map from top to bottom, one page for each group of stages', () => {
    const mapPages = pages.map((p, i) => ({ p, fill: fills[i]! })).filter(({ p }) => p.trimStart().startsWith(t('report.part.map')));
    const groups = Math.ceil(board.stages.length / 6);
    expect(mapPages).toHaveLength(groups);
    for (const { fill } of mapPages) expect(fill).toBeGreaterThan(0.9);
  });

  it('counts on its cover only what the board has, each with its own word', () => {
    const cover = flat(pages[0]!);
    const counts = { 'report.fact.stages': board.stages.length, 'report.fact.lanes': board.lanes.length, 'report.fact.cards': board.cards.length, 'report.fact.notes': board.notes.length, 'report.fact.strategy': board.strategy.length } as const;
    // An empty board's cover says so in a sentence, which names the kinds of records.
    if (Object.values(counts).every((n) => n === 0)) return expect(cover).toContain(flat(t('report.cover.empty')));
    for (const [id, count] of Object.entries(counts) as [keyof typeof counts, number][]) {
      if (count > 0) expect(cover).toContain(` ${count} ${t(id, { count })} `);
      else expect(cover).not.toMatch(new RegExp(`(^| )${t(id, { count: 2 })}( |$)`));
    }
    if (board.lanes.length === 1) expect(cover).not.toMatch(/ lanes /);
  });

  it('has an appendix only when it has something in it', () => {
    const appendix = pages.filter((p) => p.trimStart().startsWith(t('report.part.appendix')));
    const sections = (['report.appendix.stages', 'report.appendix.cards', 'report.appendix.unplaced', 'report.appendix.notes', 'report.appendix.strategy'] as const).map((id) => t(id));
    for (const page of appendix) expect(sections.some((title) => page.includes(`\n${title}\n`))).toBe(true);
    if (board.cards.length + board.strategy.length + board.notes.length + board.stages.length === 0) expect(pages).toHaveLength(1);
  });

  it('writes its fixed labels in the board’s language', () => {
    const all = pages.join('\n');
    expect(flat(pages[0]!)).toContain(t('report.cover.kicker'));
    if (pages.length > 1) expect(all).toContain(t('report.pageOf', { page: 2, total: pages.length }));
    if (locale === 'zh') for (const label of ENGLISH_LABELS) expect(all, label).not.toContain(label);
  });
});

describe('a Chinese board’s report', () => {
  it('labels the strategy canvas, its phases and the lanes in Chinese', async () => {
    const board = template('strategy-canvas-furn-co.json');
    board.meta = { ...board.meta, locale: 'zh-CN', title: '家具公司的客户体验策略' };
    const lanes = template('building-materials-lifecycle.json');
    const pdf = await render({ ...board, stages: lanes.stages, lanes: lanes.lanes.map((l) => ({ ...l, title: '' })) }, 'zh-strategy');
    const text = pagesOf(pdf).join('\n');
    for (const label of ['客户体验策略画布', '售前', '售后', '目标客户', '策略条目', '第 2 页', '旅程地图', '机会', '触点']) expect(text).toContain(label);
    for (const label of ENGLISH_LABELS) expect(text, label).not.toContain(label);
  });
});
