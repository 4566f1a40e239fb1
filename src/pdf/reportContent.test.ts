import { describe, expect, it } from 'vitest';
import type { Board, Card } from '../model/index.ts';
import { estimatedGrid } from './mapGrid.ts';
import { flat, pagesOf, render, template } from './pdfReading.ts';

/*
 * What the report shows where: connectors between pages, notes in cells, and an appendix that
 * carries only what the map pages did not show.
 */
const squash = (s: string) => s.replace(/\s+/g, '');

/** The nine-stage template with one lane of cards, a card in its first and last stages. */
function nineStages(): Board {
  const board = template('b2b-nine-phases.json');
  const lane = board.lanes[0]!;
  const card = (id: string, stage: number, title: string, extra: Partial<Card> = {}): Card => ({ id, stageId: board.stages[stage]!.id, laneId: lane.id, order: 'a', title, body: '', channel: '', owner: '', emotion: null, tags: [], color: 'blue', link: '', value: null, target: null, unit: '', better: 'higher', metricId: null, impact: null, effort: null, ...extra });
  board.cards = [card('first', 0, 'Kick-off meeting'), card('last', 8, 'Renewal talk'), card('second', 1, 'Discovery call')];
  board.connectors = [
    { id: 'across', from: 'first', to: 'last', label: 'promise kept' },
    { id: 'near', from: 'first', to: 'second', label: '' },
  ];
  return board;
}

describe('connectors in the report', () => {
  it('say on which page they go on when their cards are on different pages', async () => {
    const pages = pagesOf(await render(nineStages(), 'split'));
    const map = pages.map(flat);
    expect(map[1]).toMatch(/^Journey map · stages 1–5 of 9/);
    expect(map[1]).toContain('promise kept · continues on p. 3');
    expect(map[2]).toMatch(/^Journey map · stages 6–9 of 9/);
    expect(map[2]).toContain('from p. 2 · promise kept');
  });
});

describe('sticky notes in the report', () => {
  it('go into the cell they sit in, and without a map into the appendix', async () => {
    const board = nineStages();
    const grid = estimatedGrid(board);
    const row = grid.rows[1]!;
    board.notes = [{ id: 'cell', x: grid.columns[3]!.x + 20, y: row.y + 10, text: 'Ask the owner for a date', color: 'pink' }];
    const pages = pagesOf(await render(board, 'note-in-cell', { mapGrid: grid }));
    const page = flat(pages[1]!);
    // Drawn inside its lane's row: after the lane's title in reading order, before the next page.
    expect(page.indexOf('Ask the owner for a date')).toBeGreaterThan(page.indexOf(board.lanes[1]!.title));

    const noMap = pagesOf(await render({ ...template('blank-journey-map.json'), notes: board.notes }, 'note-no-map')).map(flat);
    expect(noMap.at(-1)).toMatch(/^Appendix: details .* Sticky notes Ask the owner for a date/);
  });
});

describe('the appendix', () => {
  it('carries what the map cut or cannot show, and nothing the map showed in full', async () => {
    const board = template('lighting-project.json');
    const long = `${'The installer confirms the date, brings the fittings and checks every circuit before leaving. '.repeat(6)}The end of a long description.`;
    board.cards[0] = { ...board.cards[0]!, body: long };
    board.cards[1] = { ...board.cards[1]!, link: 'https://example.com/visit' };
    board.comments = [{ id: 'c', targetId: board.cards[2]!.id, author: 'Fran', text: 'Who brings the samples?', createdAt: 1, resolved: false, replyTo: null }];
    const pages = pagesOf(await render(board, 'appendix'));
    const appendix = squash(pages.filter((p) => p.startsWith('Appendix: details')).join(''));
    expect(appendix).toContain(squash('The end of a long description.'));
    expect(appendix).toContain('https://example.com/visit');
    expect(appendix).toContain(squash('Fran: Who brings the samples?'));
    // A card the map showed whole, with nothing more to it, is not repeated.
    const plain = board.cards.slice(3).reduce((a, b) => (b.body.length < a.body.length ? b : a));
    expect(appendix).not.toContain(squash(plain.title));
  });

  it('is left out when the pages showed everything', async () => {
    const pages = pagesOf(await render(template('building-materials-lifecycle.json'), 'no-appendix'));
    expect(pages).toHaveLength(2);
    expect(pages.join('')).not.toContain('附录');
  });
});
