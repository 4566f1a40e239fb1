import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, setLocale, updateCard } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { flat, pagesOf, render } from './pdfReading.ts';

/* A stage's measures in the report, read back with pdftotext: each with its value, target and gap. */

function measured(locale?: string) {
  const ctx = freshContext();
  if (locale) setLocale(ctx, locale);
  const [order, delivery] = ['Order', 'Delivery'].map((title) => addStage(ctx, { title }));
  const lane = addLane(ctx, { kind: 'metrics' });
  const nps = addCard(ctx, { stageId: order!, laneId: lane, title: 'NPS' });
  updateCard(ctx, nps, { value: 32, target: 40, unit: 'pts' });
  const wait = addCard(ctx, { stageId: delivery!, laneId: lane, title: 'Days to deliver' });
  updateCard(ctx, wait, { value: 3, target: 5, unit: 'days', better: 'lower' });
  addCard(ctx, { stageId: delivery!, laneId: lane, title: 'Returns' });
  return docToBoard(ctx.doc);
}

describe('measures in the report', () => {
  it('shows each measure on the map with its value, its target and the gap to it', async () => {
    const map = pagesOf(await render(measured(), 'measures')).map(flat).find((page) => page.startsWith('Journey map'))!;
    expect(map).toContain('NPS 32 pts target 40 pts 8 pts short');
    expect(map).toContain('Days to deliver 3 days target 5 days On target');
    expect(map).toContain('Returns No value yet');
  });

  it('is in Chinese on a Chinese board', async () => {
    const map = pagesOf(await render(measured('zh-CN'), 'measures-zh')).map(flat).find((page) => page.includes('NPS'))!;
    expect(map).toContain('NPS 32 pts 目标 40 pts 差 8 pts');
    expect(map).toContain('已达目标');
  });
});
