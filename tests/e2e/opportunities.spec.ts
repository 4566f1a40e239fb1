import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCard, addLane, addStage, docToBoard, updateCard } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * Opportunities ranked: a card of an opportunities lane rated for impact and effort in its
 * editor, the panel's matrix putting it in its cell with its rank, the list ranking it with its
 * stage; a press on the list shows the card on the map.
 */

const SCREENSHOTS = join(tmpdir(), 'look-opportunities');

test('opportunities rated for impact and effort are placed on the matrix and ranked with their stage', async ({ page, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { id, tokens } = await createBoard(request, { title: 'Sofa delivery' });
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  const [order, delivery] = ['Order', 'Delivery'].map((title) => addStage(seed.ctx, { title }));
  const lane = addLane(seed.ctx, { kind: 'opportunities' });
  const rate = (title: string, stageId: string, impact: number | null, effort: number | null) => {
    const card = addCard(seed.ctx, { stageId, laneId: lane, title });
    updateCard(seed.ctx, card, { impact, effort });
    return card;
  };
  rate('Room planner', order!, 2, 5);
  rate('Delivery text message', delivery!, 4, 1);
  rate('Show stock per store', order!, 5, 4);
  const chat = rate('Live chat', order!, null, null);

  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(linkPath(id, tokens.edit));
  await joinAs(page, 'Ada');
  await expectConnected(page);

  // Rated in its card's editor: impact 4, effort 2.
  await page.locator('.card-node', { hasText: 'Live chat' }).getByRole('button', { name: 'Edit details of Live chat' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit card' });
  await editor.getByRole('group', { name: 'Impact' }).getByRole('button', { name: 'Impact 4 of 5' }).click();
  await editor.getByRole('group', { name: 'Effort' }).getByRole('button', { name: 'Effort 2 of 5' }).click();
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.card-node', { hasText: 'Live chat' }).locator('.chip')).toHaveText(['Impact 4', 'Effort 2']);

  await page.getByRole('group', { name: 'Map tools' }).getByRole('button', { name: 'Opportunities', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Opportunities ranked' });
  const list = panel.getByRole('list', { name: 'Opportunities, ranked' }).getByRole('listitem');
  await expect(list).toHaveText([
    /^1Delivery text messageDelivery · Impact 4 · effort 1 · Quick wins$/,
    /^2Live chatOrder · Impact 4 · effort 2 · Quick wins$/,
    /^3Show stock per storeOrder · Impact 5 · effort 4 · Big bets$/,
    /^4Room plannerOrder · Impact 2 · effort 5 · Money pits$/,
  ]);
  const matrix = panel.getByRole('figure', { name: 'Impact and effort matrix' });
  await expect(matrix.getByRole('gridcell', { name: 'Impact 4, effort 2: Live chat' })).toContainText('2');
  await expect(matrix.getByRole('gridcell', { name: 'Impact 2, effort 5: Room planner' })).toContainText('4');
  await page.screenshot({ path: join(SCREENSHOTS, 'panel.png') });

  await list.nth(1).getByRole('button', { name: 'Show Live chat on the map' }).click();
  await expect(page.locator(`.react-flow__node[data-id="card:${chat}"]`)).toHaveClass(/selected/);
  await expect.poll(() => docToBoard(seed.doc).cards.find((c) => c.id === chat)?.impact).toBe(4);
  seed.destroy();
});
