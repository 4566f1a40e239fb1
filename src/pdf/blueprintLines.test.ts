import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, setLocale } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { flat, pagesOf, render } from './pdfReading.ts';

/*
 * A service blueprint in the report, read back with pdftotext: each line across the map named
 * where it runs, between the lanes it parts, in the order the page draws them.
 */

function blueprint(locale?: string) {
  const ctx = freshContext();
  if (locale) setLocale(ctx, locale);
  const stages = ['Order', 'Delivery'].map((title) => addStage(ctx, { title }));
  const lanes = [
    addLane(ctx, { kind: 'actions', title: 'Customer orders' }),
    addLane(ctx, { kind: 'frontstage', title: 'Sales desk' }),
    addLane(ctx, { kind: 'backstage', title: 'Warehouse' }),
    addLane(ctx, { kind: 'support', title: 'Stock system' }),
  ];
  lanes.forEach((laneId, i) => addCard(ctx, { stageId: stages[i % 2]!, laneId, title: ['Places an order', 'Confirms the date', 'Picks the sofa', 'Books the van'][i]! }));
  return docToBoard(ctx.doc);
}

describe('service blueprint lines in the report', () => {
  it('names each line between the lanes it parts', async () => {
    const pdf = await render(blueprint(), 'blueprint');
    const map = pagesOf(pdf).map(flat).find((page) => page.startsWith('Journey map'))!;
    const order = ['Customer orders', 'Line of interaction', 'Sales desk', 'Line of visibility', 'Warehouse', 'Line of internal interaction', 'Stock system'].map((text) => map.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('draws each line under the lane above and over the lane below', async () => {
    const pdf = await render(blueprint(), 'blueprint-boxes');
    const top = (word: string) => yOf(pdf, word);
    expect(top('Line')).toHaveLength(3);
    const [interaction, visibility, internal] = top('Line');
    const [sales, warehouse, stock] = [top('Sales')[0]!, top('Warehouse')[0]!, top('Stock')[0]!];
    expect(top('Customer')[0]!).toBeLessThan(interaction!);
    expect(interaction!).toBeLessThan(sales);
    expect(sales).toBeLessThan(visibility!);
    expect(visibility!).toBeLessThan(warehouse);
    expect(warehouse).toBeLessThan(internal!);
    expect(internal!).toBeLessThan(stock);
  });

  it('is in Chinese on a Chinese board', async () => {
    const map = pagesOf(await render(blueprint('zh-CN'), 'blueprint-zh')).map(flat).find((page) => page.includes('Sales desk'))!;
    expect(map).toContain('互动分界线');
    expect(map).toContain('可视分界线');
    expect(map).toContain('内部互动分界线');
  });
});

/** The top of each occurrence of a word on the map page, as pdftotext's bounding boxes give it, top to bottom. */
function yOf(pdf: string, word: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
    .filter((m) => m[2] === word)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}
