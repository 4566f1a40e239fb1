import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, boardReaderFor, docToBoard } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { layoutJourney, nodeId, type JourneyNode } from '../layout.ts';
import { CARD } from '../metrics.ts';
import { cardNodeAt, cardNodesInside } from './cardAt.ts';
import { overviewNodes, sheetNode, SHEET_NODE_ID } from './overviewNodes.ts';
import { changedAreas, sameCards } from './sheetDamage.ts';
import { faceOf } from '../cardShape.ts';
import { barsOf, dotOf, markOf, paintGroups, type SheetCard } from './sheetShapes.ts';
import { FAR_CARD, PILL } from '../metrics.ts';
import { mapSheetLevel, sheetLevel, sheetScale, SHEET_MAX_PIXELS } from './sheetScale.ts';

function twoCellBoard() {
  const ctx = freshContext();
  const s1 = addStage(ctx, { title: 'Awareness' });
  const s2 = addStage(ctx, { title: 'Purchase' });
  const lane = addLane(ctx, { kind: 'touchpoints' });
  const a = addCard(ctx, { stageId: s1, laneId: lane, title: 'Ad', color: 'blue' });
  const b = addCard(ctx, { stageId: s1, laneId: lane, title: 'Search' });
  const c = addCard(ctx, { stageId: s2, laneId: lane, title: 'Checkout', color: 'red' });
  const layout = layoutJourney(docToBoard(ctx.doc));
  const node = (id: string) => layout.nodes.find((n) => n.id === nodeId.card(id))!;
  return { layout, a, b, c, node };
}

const centre = (node: JourneyNode) => ({ x: node.position.x + node.width! / 2, y: node.position.y + node.height! / 2 });

describe('the overview sheet', () => {
  it('draws every card that is not live, with its box in its row, colour and dimming', () => {
    const { layout, a, b, c, node } = twoCellBoard();
    const sheet = sheetNode(layout, new Set([nodeId.card(b)]), new Set([c]));
    const lane = layout.rows[0]!;
    expect(sheet.data.rows).toEqual([
      {
        laneId: lane.laneId,
        lane: { kind: 'touchpoints', title: '' },
        y: lane.y,
        height: lane.height,
        cards: [
          { id: a, x: node(a).position.x, y: node(a).position.y - lane.y, width: CARD.width, height: node(a).height, color: 'blue', kind: 'touchpoints', dimmed: false },
          { id: c, x: node(c).position.x, y: node(c).position.y - lane.y, width: CARD.width, height: node(c).height, color: 'red', kind: 'touchpoints', dimmed: true },
        ],
      },
    ]);
    expect(sheet).toMatchObject({ position: { x: 0, y: 0 }, width: layout.width, height: layout.height, selectable: false, draggable: false });
  });

  it('has a row per lane with cards, so a row that grows only moves the rows below it', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const top = addLane(ctx, { kind: 'touchpoints', title: 'Top' });
    addLane(ctx, { kind: 'touchpoints', title: 'Empty' });
    const bottom = addLane(ctx, { kind: 'touchpoints', title: 'Bottom' });
    addCard(ctx, { stageId: stage, laneId: top, title: 'Ad' });
    addCard(ctx, { stageId: stage, laneId: bottom, title: 'Store' });
    const rowsOf = () => sheetNode(layoutJourney(docToBoard(ctx.doc)), new Set(), null).data.rows;
    const before = rowsOf();
    expect(before.map((row) => row.laneId)).toEqual([top, bottom]);

    for (let i = 0; i < 3; i++) addCard(ctx, { stageId: stage, laneId: top, title: `More ${i}` });
    const after = rowsOf();
    expect(after[0]!.height).toBeGreaterThan(before[0]!.height);
    expect(after[1]!.y).toBe(before[1]!.y + after[0]!.height - before[0]!.height);
    // The lower row's cards keep their place on its canvas: it moves, and is not painted again.
    expect(changedAreas(before[1]!.cards, after[1]!.cards)).toEqual([]);
  });

  it('keeps the card objects of a row that only moved, as read from the live document', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const top = addLane(ctx, { kind: 'touchpoints', title: 'Top' });
    const bottom = addLane(ctx, { kind: 'touchpoints', title: 'Bottom' });
    addCard(ctx, { stageId: stage, laneId: top, title: 'Ad' });
    addCard(ctx, { stageId: stage, laneId: bottom, title: 'Store' });
    addCard(ctx, { stageId: stage, laneId: bottom, title: 'Till' });
    const reader = boardReaderFor(ctx.doc);
    const rowsOf = () => sheetNode(layoutJourney(reader.read()), new Set(), null).data.rows;
    const before = rowsOf();
    addCard(ctx, { stageId: stage, laneId: top, title: 'Billboard' });
    const after = rowsOf();
    expect(after[1]!.y).toBeGreaterThan(before[1]!.y);
    after[1]!.cards.forEach((card, i) => expect(card).toBe(before[1]!.cards[i]));
    expect(sameCards(before[1]!.cards, after[1]!.cards)).toBe(true);
    expect(sameCards(before[0]!.cards, after[0]!.cards)).toBe(false);
  });

  it('leaves out the cards it draws, keeps live ones and every other node as they are, and goes first', () => {
    const { layout, a, b, c } = twoCellBoard();
    const live = new Set([nodeId.card(b)]);
    const shown = overviewNodes(layout.nodes, sheetNode(layout, live, null), live);
    expect(shown[0]!.id).toBe(SHEET_NODE_ID);
    const ids = shown.map((n) => n.id);
    expect(ids).not.toContain(nodeId.card(a));
    expect(ids).not.toContain(nodeId.card(c));
    expect(shown.find((n) => n.id === nodeId.card(b))).toBe(layout.nodes.find((n) => n.id === nodeId.card(b)));
    expect(shown.slice(1).filter((n) => n.type !== 'card')).toEqual(layout.nodes.filter((n) => n.type !== 'card'));
  });
});

describe('finding cards on the sheet', () => {
  it('finds the card under a point, and nothing between cards or outside the grid', () => {
    const { layout, a, b, c, node } = twoCellBoard();
    expect(cardNodeAt(layout, centre(node(a)))?.id).toBe(nodeId.card(a));
    expect(cardNodeAt(layout, centre(node(b)))?.id).toBe(nodeId.card(b));
    expect(cardNodeAt(layout, centre(node(c)))?.id).toBe(nodeId.card(c));
    const between = { x: centre(node(a)).x, y: node(a).position.y + node(a).height! + 2 };
    expect(cardNodeAt(layout, between)).toBeNull();
    expect(cardNodeAt(layout, { x: -50, y: -50 })).toBeNull();
  });

  it('takes only the cards a box wholly covers', () => {
    const { layout, a, b, node } = twoCellBoard();
    const first = node(a);
    const box = { x: first.position.x - 1, y: first.position.y - 1, width: first.width! + 2, height: node(b).position.y + node(b).height! - first.position.y + 2 };
    expect(cardNodesInside(layout, box).map((n) => n.id)).toEqual([nodeId.card(a), nodeId.card(b)]);
    expect(cardNodesInside(layout, { ...box, height: box.height - 4 }).map((n) => n.id)).toEqual([nodeId.card(a)]);
  });
});

describe('sheet shapes', () => {
  const card: SheetCard = { id: 'c1', x: 100, y: 50, width: CARD.width, height: 100, color: 'teal', kind: 'touchpoints', dimmed: false };

  it('keeps the face inside the stripe and the border', () => {
    expect(faceOf(card)).toEqual({ x: 100 + CARD.stripe, y: 51, width: CARD.width - CARD.stripe - 1, height: 98 });
  });

  it('lays a bar per line of text inside the padding, the last one cut at the text area', () => {
    const bars = barsOf(card);
    const top = 51 + FAR_CARD.paddingY;
    const bottom = 149 - FAR_CARD.paddingY;
    expect(bars.map((b) => b.y)).toEqual([top, top + 22, top + 44, top + 66].filter((y) => y < bottom));
    expect(bars.at(-1)!.y + bars.at(-1)!.height).toBeLessThanOrEqual(bottom);
    expect(bars.every((b) => b.x === 100 + CARD.stripe + CARD.paddingX)).toBe(true);
    expect(markOf(card)).toBeNull();
  });

  it('starts the bars of a marked lane’s card after its mark, which sits where its icon does near', () => {
    const pain = { ...card, kind: 'painPoints' as const };
    const mark = markOf(pain)!;
    expect(mark).toEqual({ x: 100 + CARD.stripe + CARD.paddingX, y: 51 + FAR_CARD.paddingY, width: CARD.markSize, height: CARD.markSize });
    expect(barsOf(pain).every((b) => b.x === mark.x + CARD.markGutter && b.x + b.width === 100 + CARD.width - CARD.border - CARD.paddingX)).toBe(true);
  });

  it('draws a channel as a pill: a dot of its colour and one bar in the middle', () => {
    const pill = { ...card, kind: 'channels' as const, height: PILL.height };
    const bars = barsOf(pill);
    expect(bars).toHaveLength(1);
    expect(bars[0]!.y + bars[0]!.height / 2).toBe(50 + PILL.height / 2);
    const dot = dotOf(pill);
    expect(dot.y + dot.height / 2).toBe(50 + PILL.height / 2);
    expect(bars[0]!.x).toBe(dot.x + PILL.dot + PILL.dotGap);
  });

  it('paints faded cards apart from the rest, each group by colour', () => {
    const groups = paintGroups([card, { ...card, color: 'red' }, { ...card, dimmed: true }, { ...card, x: 400 }]);
    expect(groups.map((g) => [g.dimmed, [...g.byColor.keys()], [...g.byColor.values()].map((cards) => cards.length)])).toEqual([
      [false, ['teal', 'red'], [2, 1]],
      [true, ['teal'], [1]],
    ]);
  });
});

describe('what a change of the sheet repaints', () => {
  const at = (id: string, x: number, y: number, color = 'teal'): SheetCard => ({ id, x, y, width: CARD.width, height: 80, color, kind: 'touchpoints', dimmed: false });
  const box = (card: ReturnType<typeof at>) => ({ x: card.x, y: card.y, width: card.width, height: card.height });
  const column = Array.from({ length: 24 }, (_, i) => at(`c${i}`, 100, 100 * i));

  it('repaints nothing when the same cards come again', () => {
    expect(changedAreas(column, column.map((card) => ({ ...card })))).toEqual([]);
  });

  it('repaints where a card was and where it now is, and a card whose colour, fading or lane kind changed', () => {
    const moved = column.map((card, i) => (i === 3 ? at('c3', 600, 0) : card));
    expect(changedAreas(column, moved)).toEqual([box(at('c3', 600, 0)), box(column[3]!)]);
    const recoloured = column.map((card, i) => (i === 5 ? { ...card, color: 'red' } : i === 6 ? { ...card, dimmed: true } : i === 7 ? { ...card, kind: 'painPoints' as const } : card));
    expect(changedAreas(column, recoloured)).toEqual([box(column[5]!), box(column[6]!), box(column[7]!)]);
  });

  it('repaints an added card and a removed one', () => {
    expect(changedAreas(column, [...column, at('new', 600, 0)])).toEqual([box(at('new', 600, 0))]);
    expect(changedAreas(column, column.slice(1))).toEqual([box(column[0]!)]);
  });

  it('repaints everything when most of the cards changed', () => {
    expect(changedAreas(column, column.map((card) => at(card.id, card.x, card.y + 40)))).toBeNull();
  });
});

describe('sheet resolution', () => {
  it('rounds the zoom up to a step of √2, so it is never blurrier than the view', () => {
    for (const zoom of [0.1, 0.13, 0.2, 0.3, 0.44, 0.9]) {
      const level = sheetLevel(zoom);
      expect(level).toBeGreaterThanOrEqual(zoom - 1e-9);
      expect(level).toBeLessThan(zoom * Math.SQRT2 + 1e-9);
    }
    expect(sheetLevel(0.2)).toBe(sheetLevel(0.21));
  });

  it('draws a very big map coarser rather than as impossible canvases', () => {
    const map = { width: 9000, height: 8000 };
    expect(sheetScale(mapSheetLevel(0.25, map), { width: 9000, height: 1000 })).toBe(0.25);
    const tall = { width: 9000, height: 60_000 };
    const scale = sheetScale(mapSheetLevel(0.5, tall), { width: 9000, height: 2000 });
    expect(9000 * scale * 60_000 * scale).toBeLessThanOrEqual(SHEET_MAX_PIXELS + 1);
    const narrow = { width: 1000, height: 60_000 };
    expect(60_000 * sheetScale(mapSheetLevel(2, narrow), narrow)).toBeLessThanOrEqual(16_384);
  });

  it('keeps the level of a big map while one of its rows grows a little', () => {
    const before = mapSheetLevel(1, { width: 9000, height: 30_000 });
    expect(before).toBeLessThan(1);
    expect(mapSheetLevel(1, { width: 9000, height: 30_150 })).toBe(before);
  });
});
