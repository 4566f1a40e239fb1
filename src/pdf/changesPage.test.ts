import { describe, expect, it } from 'vitest';
import {
  addCard,
  addLane,
  addStage,
  addStrategyItem,
  deleteCards,
  deleteStrategyItem,
  docToBoard,
  moveCard,
  setCardText,
  setEmotionScore,
  setLocale,
  setStageText,
  updateCard,
} from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import type { Board } from '../model/index.ts';
import { flat, pageFill, pagesOf, render } from './pdfReading.ts';

/*
 * The report's "What changed since <version>" pages, read back with pdftotext: what a reader
 * of the section checks against the board, in the board's language, and long lists flowing on.
 */

const SAVED = new Date('2026-11-03T12:00:00Z');

/** A map as a first workshop left it, saved as a version; then the edits of a second workshop. */
function workshop(locale = 'en') {
  const ctx = freshContext();
  setLocale(ctx, locale);
  const awareness = addStage(ctx, { title: 'Awareness' });
  const purchase = addStage(ctx, { title: 'Purchase' });
  const touchpoints = addLane(ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  const feelings = addLane(ctx, { kind: 'emotion' });
  setEmotionScore(ctx, feelings, awareness, 1);
  const ad = addCard(ctx, { stageId: awareness, laneId: touchpoints, title: 'Radio ad' });
  const quote = addCard(ctx, { stageId: awareness, laneId: touchpoints, title: 'Quote' });
  const prices = addCard(ctx, { stageId: purchase, laneId: touchpoints, title: 'Price list' });
  const goal = addStrategyItem(ctx, 'goalsPre', 'Win bargain seeking households')!;
  const before = docToBoard(ctx.doc);
  const edit = () => {
    addCard(ctx, { stageId: purchase, laneId: touchpoints, title: 'Showroom visit' });
    deleteCards(ctx, [ad]);
    moveCard(ctx, quote, { stageId: purchase, laneId: touchpoints });
    setCardText(ctx, prices, 'title', 'Price list 2027');
    updateCard(ctx, prices, { owner: 'Sales' });
    setEmotionScore(ctx, feelings, awareness, -1);
    setStageText(ctx, awareness, 'title', 'Awareness and research');
    addStrategyItem(ctx, 'metricsPost', 'Net Promoter Score');
    deleteStrategyItem(ctx, goal);
    return docToBoard(ctx.doc);
  };
  return { ctx, before, edit };
}

/**
 * Each page's text. The face draws the middle dot and the bullet with one glyph, so a page that
 * holds a bullet (the map's) reads its middle dots back as bullets.
 */
const read = (pdf: string) => pagesOf(pdf).map((page) => flat(page).replace(/•/g, '·'));
const since = (board: Board, label = 'Before workshop 2') => ({ changesSince: { label, savedAt: SAVED, board } });
const sectionOf = (pages: string[], title: string) => pages.filter((page) => page.startsWith(title));

describe('what changed since a version, in the report', () => {
  it('opens the report after the cover with the version, the counts and each stage’s changes, and is listed in the contents', async () => {
    const { before, edit } = workshop();
    const pages = read(await render(edit(), 'changes', since(before)));
    const page = pages[1]!;
    expect(page).toMatch(/^What changed since Before workshop 2 Saved 3 November 2026 /);
    // Only what happened, the noun said once a family; a line of it breaks only between counts.
    expect(page).toMatch(/ 1 card added · 1 removed · 1 moved · 1 changed · 1 stage renamed · emotion changed at 1 stage · 1 strategy item added (· )?1 removed JOURNEY MAP /);
    // Stage by stage in the map's order: where each card is now, a removed one where it was.
    expect(page).toMatch(/1\. Awareness and research − Radio ad Touchpoints ↓ Emotion: \+1 → −1 \(−2\) 2\. Purchase \+/);
    expect(page).toMatch(/2\. Purchase \+ Showroom visit Touchpoints → Quote Moved from Awareness · Touchpoints to Purchase · Touchpoints Price list → Price list 2027 Touchpoints Changed: title and owner/);
    expect(page).toContain('Awareness → Awareness and research Stage renamed');
    expect(page).toMatch(/5\. Goals · Pre-Sales − Win bargain seeking households/);
    expect(page).toMatch(/10\. Metrics · Post-Sales \+ Net Promoter Score/);
    // The cover lists the section first, on the page it begins.
    expect(pages[0]).toMatch(/What changed since Before workshop 2 page 2 Journey map page 3/);
  });

  it('says so when nothing changed, and draws no section without a version to compare with', async () => {
    const { before } = workshop();
    const same = read(await render(before, 'unchanged', since(before)));
    expect(same[1]).toContain('Nothing on the map or the strategy canvas has changed since this version.');
    expect(same[1]).not.toContain('JOURNEY MAP');
    const without = read(await render(before, 'no-changes'));
    expect(without.join(' ')).not.toContain('What changed');
    expect(without.length).toBe(same.length - 1);
  });

  it('is in the board’s language', async () => {
    const { before, edit } = workshop('zh-CN');
    const pages = read(await render(edit(), 'changes-zh', since(before, '第二次工作坊之前')));
    const page = pages[1]!;
    expect(page).toMatch(/^自 第二次工作坊之前 以来的变化 保存于 2026年11月3日 /);
    expect(page).toContain('新增 1 张卡片 · 删除 1 张 · 移动 1 张 · 修改 1 张 · 重命名 1 个阶段');
    expect(page).toContain('从 Awareness · 触点 移到 Purchase · 触点');
    expect(page).toContain('修改了：标题和负责人');
    expect(page).toContain('情绪：+1 → −1（−2）');
    expect(pages[0]).toContain('自 第二次工作坊之前 以来的变化 第 2 页');
  });

  it('flows a long list onto more pages, each headed as continued, with nothing cut off below', async () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const lane = addLane(ctx, { kind: 'touchpoints' });
    const before = docToBoard(ctx.doc);
    for (let i = 1; i <= 150; i++) addCard(ctx, { stageId: stage, laneId: lane, title: `Idea number ${i}` });
    const pdf = await render(docToBoard(ctx.doc), 'changes-long', since(before, 'Kick-off'));
    const pages = read(pdf);
    const section = sectionOf(pages, 'What changed since Kick-off');
    expect(section.length).toBeGreaterThanOrEqual(3);
    expect(section.slice(1).every((page) => page.startsWith('What changed since Kick-off (continued)'))).toBe(true);
    expect(section.slice(1).every((page) => page.includes('1. Awareness (continued)'))).toBe(true);
    const listed = section.join(' ').match(/Idea number \d+/g) ?? [];
    expect(listed).toEqual(Array.from({ length: 150 }, (_, i) => `Idea number ${i + 1}`));
    expect(section.at(-1)).toContain('Idea number 150');
    // Every page's drawing ends above the footer's rule.
    const fills = pageFill(pdf);
    for (let i = 1; i <= section.length; i++) expect(fills[i]).toBeLessThan(0.98);
  });

  it('cuts a hostile earlier state and version name as it cuts the board', async () => {
    const { before, edit } = workshop();
    const huge = 'A'.repeat(200_000);
    const earlier = { ...before, cards: [...before.cards, { ...before.cards[0]!, id: 'hostile', title: huge, body: huge }] };
    const started = Date.now();
    const pages = read(await render(edit(), 'changes-hostile', since(earlier, 'B'.repeat(50_000))));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(pages[1]).toMatch(/^What changed since B+\.\.\. /);
    expect(pages[1]).toMatch(/− A+ A+\.\.\. Touchpoints/);
    expect(pages[0]).toMatch(/What changed since B{40}\.\.\. page 2/);
  });
});
