import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCard, addLane, addStage, addStrategyItem, docToBoard, updateCard } from '../../src/doc/index.ts';
import { expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';
import { connectSeedClient } from './seedClient.ts';

/*
 * The measures of each stage: a measures lane whose cards show a value against its target, the
 * gap at a glance; a measure edited in its card's editor and linked to the strategy canvas's
 * metric; a spreadsheet's rows pasted in, the rows that cannot be used named before anything is
 * written. Checked against the real server's copy of the board.
 */

const SCREENSHOTS = join(tmpdir(), 'look-measures');

test('a stage’s measures show their gap to target, are edited in place and imported from a spreadsheet with bad rows named', async ({ page, request, server }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { id, tokens } = await createBoard(request, { title: 'Sofa delivery' });
  const seed = await connectSeedClient(server.url, id, tokens.owner);
  const stages = ['Order', 'Delivery', 'Aftercare'].map((title) => addStage(seed.ctx, { title }));
  addLane(seed.ctx, { kind: 'actions', title: 'Customer' });
  const lane = addLane(seed.ctx, { kind: 'metrics' });
  addStrategyItem(seed.ctx, 'metricsPost', 'Conversion rates');
  const nps = addCard(seed.ctx, { stageId: stages[0]!, laneId: lane, title: 'NPS' });
  updateCard(seed.ctx, nps, { value: 32, target: 40, unit: 'pts' });

  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(linkPath(id, tokens.edit));
  await joinAs(page, 'Ada');
  await expectConnected(page);
  const card = (title: string) => page.locator('.card-node', { hasText: title });
  await expect(card('NPS').locator('.measure-line')).toHaveText(/^32 ptstarget 40 pts8 pts short$/);
  await expect(card('NPS').locator('.measure-line')).toHaveAttribute('data-standing', 'short');

  // Edited in its card's editor: a value that is no number is said so and the value kept.
  await card('NPS').getByRole('button', { name: 'Edit details of NPS' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit card' });
  await editor.getByRole('textbox', { name: 'Value', exact: true }).fill('forty');
  await editor.getByRole('textbox', { name: 'Value', exact: true }).press('Enter');
  await expect(editor.getByRole('alert')).toHaveText('“forty” is not a number; the value before it is kept.');
  await editor.getByRole('textbox', { name: 'Value', exact: true }).fill('42');
  await editor.getByRole('textbox', { name: 'Value', exact: true }).press('Enter');
  await editor.getByRole('combobox', { name: 'Measures the strategy canvas’s metric' }).selectOption({ label: 'Conversion rates · Metrics · Post-Sales' });
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(card('NPS').locator('.measure-line')).toHaveAttribute('data-standing', 'met');
  await expect(card('NPS').locator('.measure-line__gap')).toHaveText('On target');

  // Rows pasted from a spreadsheet: the usable ones are shown, the others named by row.
  await page.getByRole('button', { name: 'Import measures into Measures' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measures' });
  await dialog.getByRole('textbox', { name: 'Rows' }).fill(
    ['Stage\tMeasure\tValue\tTarget\tUnit', 'Order\tNPS\t\t45\t', 'Delivery\tOn-time delivery\t87\t95\t%', 'Checkout\tConversion\t2.1\t3\t%', 'Aftercare\tWarranty follow-up\tmany\t1\t'].join('\n'),
  );
  await expect(dialog.getByRole('status')).toHaveText('2 rows ready; 2 rows cannot be used.');
  await expect(dialog.getByRole('list', { name: 'Rows that cannot be used' }).getByRole('listitem')).toHaveText([
    'Row 4: No stage of the map is called “Checkout”.',
    'Row 5: The value “many” is not a number.',
  ]);
  await page.screenshot({ path: join(SCREENSHOTS, 'import.png') });
  await dialog.getByRole('button', { name: 'Import 2 measures' }).click();
  await expect(page.getByText('Measures imported: 1 added, 1 updated.')).toBeVisible();
  await expect(card('On-time delivery').locator('.measure-line')).toHaveText(/^87%target 95%8% short$/);
  await expect(card('NPS').locator('.measure-line__target')).toHaveText('target 45 pts');
  await page.screenshot({ path: join(SCREENSHOTS, 'measures.png') });

  // The strategy canvas's metric says how the map measures it.
  await page.getByRole('navigation', { name: 'Board views' }).getByRole('link', { name: 'Strategy canvas' }).click();
  const metric = page.locator('[data-section="metricsPost"] .strategy-item');
  await expect(metric.getByRole('list', { name: 'Measured on the map' }).getByRole('listitem')).toHaveText(['Order · NPS42 pts3 pts short']);

  // The server's copy holds what the page shows.
  await expect
    .poll(() => {
      const board = docToBoard(seed.doc);
      // Cards of different stages: compared by name, whatever order their keys give them.
      return board.cards
        .filter((c) => c.laneId === lane)
        .map((c) => [c.title, c.value, c.target, c.unit, c.metricId !== null])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    })
    .toEqual([
      ['NPS', 42, 45, 'pts', true],
      ['On-time delivery', 87, 95, '%', false],
    ]);
  seed.destroy();
});
