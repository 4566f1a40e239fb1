import { addCard, addComment, addLane, addStage, docToBoard, type CardInput } from '../../src/doc/index.ts';
import { layoutJourney } from '../../src/canvas/layout.ts';
import { CARD, PILL } from '../../src/canvas/metrics.ts';
import { LANE_KINDS } from '../../src/model/index.ts';
import { expect, joinAs, test } from './fixtures.ts';
import { createBoard } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * The layout places every card from an estimate of its height (metrics.ts, cardShape.ts,
 * textLines.ts) and never measures the page. If the browser draws a card taller than that, its
 * text is cut or it runs into the card below. Here the estimate is held to what the browser
 * draws, over cards of every lane kind and every shape of content.
 */

const LONG = 'Preparing a detailed quotation, including product descriptions, prices, delivery times and payment terms, then reviewing it together with the customer';

/** The shapes a card's content takes: short and long, Latin and Chinese, with a body, details and comments. */
const CONTENTS: { card: Omit<CardInput, 'stageId' | 'laneId'>; comments?: number }[] = [
  { card: { title: 'Sales visit' } },
  { card: { title: '' } },
  { card: { title: LONG } },
  { card: { title: 'Wide words: Wwwwwwww MMMMMMMM WWWWWW mmmmmmmmm WWWW MMMMM wwwww' } },
  { card: { title: 'Unbreakable' + 'W'.repeat(60) } },
  { card: { title: 'Three\nlines\ntyped' } },
  { card: { title: '收集客户使用反馈，了解产品在实际安装环境中的表现与问题，并及时整理成改进清单' } },
  { card: { title: '官网 Website 与展厅 showroom 的预约流程' } },
  { card: { title: 'Quotation', body: LONG } },
  { card: { title: '售后回访', body: '两年后回访客户，检查灯具状态，了解使用体验，收集照片与评价，并提出升级或维护建议。' } },
  { card: { title: 'Details', channel: 'Email', owner: 'Sales', tags: ['b2b', 'quick win'], emotion: -2, link: 'https://example.com/offer' } },
  { card: { title: LONG, body: LONG, channel: 'Phone', tags: ['follow-up'] }, comments: 1 },
  { card: { title: 'Discussed' }, comments: 2 },
  // Sentences of every length, to land near the end of a line as often as not.
  ...Array.from({ length: 16 }, (_, i) => ({ card: { title: sentence(i, 3 + (i % 9)), body: i % 2 ? sentence(i + 5, 6 + i) : '' } })),
];

/** Words a journey map holds, in a fixed order: the test is the same on every run. */
function sentence(seed: number, words: number): string {
  const pool = ['Quotation', 'sent', 'within', 'two', 'weeks', 'Showroom', 'visit', 'with', 'samples', 'Install', 'the', 'lamps', 'on', 'site', 'Warranty', 'follow-up', 'after', 'delivery', 'MMW', 'ill', '报价', '安装服务'];
  return Array.from({ length: words }, (_, k) => pool[(seed * 7 + k * 5) % pool.length]).join(' ');
}

test('no card is drawn taller than the layout estimated, in any lane kind, for any content', async ({ page, server, request }) => {
  const { id, tokens, path } = await createBoard(request);
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  try {
    // Two stages, so each card is in a cell with others, and a lane of every kind that holds cards.
    const stages = [addStage(seed.ctx, { title: 'Quotation' }), addStage(seed.ctx, { title: '售后' })];
    let made = 0;
    for (const kind of LANE_KINDS.filter((each) => each !== 'emotion')) {
      const laneId = addLane(seed.ctx, { kind });
      CONTENTS.forEach(({ card, comments = 0 }, i) => {
        const cardId = addCard(seed.ctx, { ...card, stageId: stages[i % 2]!, laneId });
        for (let c = 0; c < comments; c++) addComment(seed.ctx, cardId, 'Ann', `Comment ${c}`);
        made++;
      });
    }
    // A window tall enough to show the whole map at full size: every card is a node on the page.
    const layout = layoutJourney(docToBoard(seed.doc));
    await page.setViewportSize({ width: 1600, height: Math.ceil(layout.height * 1.25) + 200 });
    await page.goto(path);
    await joinAs(page, 'Ada');
    await expect(page.locator('article.card-node')).toHaveCount(made);
    await page.evaluate(() => document.fonts.ready);

    const cards = await page.locator('article.card-node').evaluateAll((articles) =>
      articles.map((article) => {
        const element = article as HTMLElement;
        const estimated = element.offsetHeight;
        // The height the card's own content takes, its clamps applied, when nothing sets its height.
        element.style.height = 'auto';
        const rendered = element.offsetHeight;
        element.style.height = '';
        return { id: element.dataset.cardId!, kind: element.dataset.laneKind!, estimated, rendered, title: element.querySelector('.card-node__title')?.textContent ?? '' };
      }),
    );
    expect(cards).toHaveLength(made);
    // At full size, not the far-away sheet: the text was laid out at the size the estimate is for.
    expect(await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)).toBe(1);
    const tooShort = cards.filter((card) => card.rendered > card.estimated);
    expect(tooShort, 'cards drawn taller than their estimate').toEqual([]);
    // Nor is a card padded: at most a line taller than what is drawn (a pill is one line at any length).
    const roomy = cards.filter((card) => card.estimated - card.rendered > CARD.titleLine);
    expect(roomy, 'cards estimated far taller than drawn').toEqual([]);
    // Every kind was measured, channels as pills of one line whatever their content.
    expect(new Set(cards.map((card) => card.kind))).toEqual(new Set(LANE_KINDS.filter((each) => each !== 'emotion')));
    expect(new Set(cards.filter((card) => card.kind === 'channels').map((card) => card.estimated))).toEqual(new Set([PILL.height]));
  } finally {
    seed.destroy();
  }
});
