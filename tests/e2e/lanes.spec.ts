import { addCard, addLane, addStage, docToBoard, setEmotionScore } from '../../src/doc/index.ts';
import { expect, test } from './fixtures.ts';
import { createBoard } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * Lanes are stored as kinds and named in the reader's language, and each kind is drawn its own
 * way. Seen here in Chinese, as a team in Shanghai would open the board.
 */
test.use({ locale: 'zh-CN' });

test('lanes are named in the interface’s language and each kind is drawn its own way', async ({ page, server, request }) => {
  const { id, tokens, path } = await createBoard(request);
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  try {
    const stages = [addStage(seed.ctx, { title: '客户认知' }), addStage(seed.ctx, { title: '购买决策' })];
    const pains = addLane(seed.ctx, { kind: 'painPoints' });
    // As a board made before lanes were stored as kinds holds it: the kind's English name as title.
    const touchpoints = addLane(seed.ctx, { kind: 'touchpoints', title: 'Touchpoints' });
    const channels = addLane(seed.ctx, { kind: 'channels', title: '我们的渠道' });
    const feelings = addLane(seed.ctx, { kind: 'emotion' });
    addCard(seed.ctx, { stageId: stages[0]!, laneId: pains, title: '报价太慢' });
    addCard(seed.ctx, { stageId: stages[0]!, laneId: touchpoints, title: '官方网站' });
    addCard(seed.ctx, { stageId: stages[1]!, laneId: channels, title: '微信' });
    setEmotionScore(seed.ctx, feelings, stages[0]!, -2);
    setEmotionScore(seed.ctx, feelings, stages[1]!, 1);
    // Nothing in English was written for the lanes that were given no title.
    expect(docToBoard(seed.doc).lanes.map((lane) => lane.title)).toEqual(['', 'Touchpoints', '我们的渠道', '']);

    // Known here already, so the first-visit name question (its words are another area's) does not come up.
    await page.addInitScript(() => localStorage.setItem('journeyboard.identity', JSON.stringify({ id: 'ada', name: 'Ada', color: '#2563eb' })));
    await page.goto(path);
    await expect(page.getByRole('group', { name: '情绪：情绪曲线' })).toBeVisible();
    await expect(page.getByLabel('泳道：痛点')).toBeVisible();
    await expect(page.getByLabel('泳道：触点')).toBeVisible();
    // A lane with a title of its own keeps it, and says its kind beneath.
    await expect(page.getByLabel('泳道：我们的渠道')).toContainText('渠道');
    await expect(page.getByRole('gridcell', { name: '单元格 客户认知 / 痛点' })).toBeVisible();
    await expect(page.getByRole('button', { name: '在 购买决策 / 触点 添加卡片' })).toBeVisible();

    // Pain points are washed in red and marked; channels are pills; the emotion lane has a face per score.
    const look = await page.evaluate(() => {
      const background = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor;
      const card = (kind: string) => document.querySelector<HTMLElement>(`.card-node[data-lane-kind="${kind}"]`)!;
      return {
        painCell: background('.cell-row[data-lane-kind="painPoints"] .cell-node'),
        plainCell: background('.cell-row[data-lane-kind="touchpoints"] .cell-node'),
        painMark: getComputedStyle(card('painPoints'), '::before').maskImage,
        touchpointMark: getComputedStyle(card('touchpoints'), '::before').content,
        pillHeight: card('channels').offsetHeight,
        pillRadius: parseFloat(getComputedStyle(card('channels')).borderTopLeftRadius),
        faces: [...document.querySelectorAll('.emotion-face')].map((face) => face.getAttribute('class')),
      };
    });
    expect(look.painCell).not.toBe(look.plainCell);
    expect(look.painMark).toMatch(/^url\("data:image\/svg\+xml/);
    expect(look.touchpointMark).toBe('none');
    expect(look.pillRadius).toBeGreaterThanOrEqual(look.pillHeight / 2);
    expect(look.faces).toEqual(['emotion-face is-negative', 'emotion-face is-positive']);
  } finally {
    seed.destroy();
  }
});
