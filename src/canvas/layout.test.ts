import { describe, expect, it, vi } from 'vitest';
import {
  addCard,
  addConnector,
  addLane,
  addNote,
  addPersona,
  addStage,
  addStrategyItem,
  attachStrategyItemToStage,
  deleteStage,
  docToBoard,
  moveCard,
  setEmotionScore,
  setLaneCurve,
  castDot,
  endRound,
  startRound,
} from '../doc/index.ts';
import { createBoardReader } from '../doc/boardReader.ts';
import { freshContext, syncDocs } from '../doc/testing/sync.ts';
import { cardHeight, layoutJourney, nodeId, type LaneNodeData } from './layout.ts';
import { CARD, GRID } from './metrics.ts';
import { estimateLines } from './textLines.ts';

function sampleBoard() {
  const ctx = freshContext();
  const s1 = addStage(ctx, { title: 'Awareness' });
  const s2 = addStage(ctx, { title: 'Consideration' });
  const touch = addLane(ctx, { kind: 'touchpoints' });
  const mood = addLane(ctx, { kind: 'emotion' });
  const pains = addLane(ctx, { kind: 'painPoints' });
  return { ctx, s1, s2, touch, mood, pains };
}

describe('estimateLines', () => {
  it('wraps by width, counts wide characters double, and clamps', () => {
    expect(estimateLines('', 100, 10, 4)).toBe(1);
    expect(estimateLines('a'.repeat(10), 100, 10, 4)).toBe(1);
    expect(estimateLines('a'.repeat(11), 100, 10, 4)).toBe(2);
    expect(estimateLines('客户认知客户', 100, 10, 4)).toBe(2);
    expect(estimateLines('one\ntwo\nthree', 100, 10, 4)).toBe(3);
    expect(estimateLines('x'.repeat(10_000), 100, 10, 4)).toBe(4);
  });
});

describe('layoutJourney', () => {
  it('puts stages in columns and lanes in rows, in order', () => {
    const { ctx, s1, s2, touch, pains } = sampleBoard();
    const layout = layoutJourney(docToBoard(ctx.doc));
    expect(layout.columns.map((c) => c.stageId)).toEqual([s1, s2]);
    expect(layout.columns[1]!.x - layout.columns[0]!.x).toBe(GRID.columnWidth + GRID.gap);
    expect(layout.rows.map((r) => r.laneId)).toEqual([touch, expect.any(String), pains]);
    expect(layout.rows[0]!.y).toBe(GRID.stageHeaderHeight + GRID.gap);
    expect(layout.rows[1]!.cards).toBe(false); // the emotion lane holds a curve, not cards
  });

  it('runs a service blueprint’s lines across the whole map, in the widened gaps between the right lanes', () => {
    const ctx = freshContext();
    addStage(ctx, { title: 'Order' });
    addStage(ctx, { title: 'Delivery' });
    const actions = addLane(ctx, { kind: 'actions' });
    const front = addLane(ctx, { kind: 'frontstage' });
    const back = addLane(ctx, { kind: 'backstage' });
    const support = addLane(ctx, { kind: 'support' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    const row = (id: string) => layout.rows.find((r) => r.laneId === id)!;
    const lines = layout.nodes.filter((n) => n.type === 'blueprintLine');
    expect(lines.map((n) => [n.id, n.type === 'blueprintLine' && n.data.lines])).toEqual([
      [nodeId.blueprintLine(front), ['interaction']],
      [nodeId.blueprintLine(back), ['visibility']],
      [nodeId.blueprintLine(support), ['internal']],
    ]);
    for (const [line, above, below] of [[lines[0]!, actions, front], [lines[1]!, front, back], [lines[2]!, back, support]] as const) {
      // From the bottom of the lane above to the top of the lane below, over the grid's whole width.
      expect(line.position.y).toBe(row(above).y + row(above).height);
      expect(line.position.y + line.height!).toBe(row(below).y);
      expect(line.position.x).toBe(0);
      expect(line.width).toBe(layout.width);
    }
    expect(row(front).y - (row(actions).y + row(actions).height)).toBe(GRID.gap + GRID.blueprintGap);
  });

  it('grows a row with its fullest cell, keeping every cell of the row the same height', () => {
    const { ctx, s1, s2, touch, pains } = sampleBoard();
    for (let i = 0; i < 6; i++) addCard(ctx, { stageId: s1, laneId: touch, title: `Card ${i}` });
    addCard(ctx, { stageId: s2, laneId: touch, title: 'Alone' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    const row = layout.rows[0]!;
    expect(row.height).toBeGreaterThan(GRID.minRowHeight);
    const cellHeights = layout.cells.filter((cell) => cell.laneId === touch).map((cell) => cell.height);
    expect(new Set(cellHeights)).toEqual(new Set([row.height]));
    const cards = layout.nodes.filter((n) => n.type === 'card' && n.data.card.stageId === s1);
    const last = cards.at(-1)!;
    expect(last.position.y + last.height!).toBeLessThanOrEqual(row.y + row.height - GRID.addCardSpace + GRID.cardGap);
    // The next row starts below the grown one.
    const painsRow = layout.rows.find((r) => r.laneId === pains)!;
    expect(painsRow.y).toBe(layout.rows[1]!.y + layout.rows[1]!.height + GRID.gap);
  });

  it('stacks a cell’s cards in their order without overlap', () => {
    const { ctx, s1, touch } = sampleBoard();
    addCard(ctx, { stageId: s1, laneId: touch, title: 'Research' });
    addCard(ctx, { stageId: s1, laneId: touch, title: 'A much longer touchpoint title that wraps over several lines of the card' });
    addCard(ctx, { stageId: s1, laneId: touch, title: 'Referrals', index: 0 });
    const cards = layoutJourney(docToBoard(ctx.doc)).nodes.filter((n) => n.type === 'card');
    expect(cards.map((n) => n.type === 'card' && n.data.card.title)).toEqual(['Referrals', 'Research', expect.stringContaining('A much longer')]);
    for (let i = 1; i < cards.length; i++) {
      expect(cards[i]!.position.y).toBe(cards[i - 1]!.position.y + cards[i - 1]!.height! + GRID.cardGap);
    }
    expect(cards[2]!.height).toBeGreaterThan(cards[1]!.height!);
  });

  it('reserves room for a body and a row of details', () => {
    const { ctx, s1, touch } = sampleBoard();
    const plain = docToBoard(ctx.doc);
    const body = 'Preparing a detailed quotation, including product descriptions, prices, delivery times, and payment terms, then reviewing it together.';
    addCard(ctx, { stageId: s1, laneId: touch, title: 'Quotation', body, channel: 'Email' });
    const card = docToBoard(ctx.doc).cards[0]!;
    expect(plain.cards).toHaveLength(0);
    // The body is clamped to its maximum lines, and the channel adds a row of details.
    expect(cardHeight(card)).toBe(2 * CARD.paddingY + CARD.titleLine + CARD.bodyGap + CARD.bodyMaxLines * CARD.bodyLine + CARD.metaRow);
    expect(cardHeight({ ...card, channel: '' })).toBe(cardHeight(card) - CARD.metaRow);
    // A link the card will not show (not http, https or mailto) makes no row of details.
    expect(cardHeight({ ...card, channel: '', link: 'javascript:alert(1)' })).toBe(cardHeight(card) - CARD.metaRow);
    expect(cardHeight({ ...card, channel: '', link: 'https://example.com' })).toBe(cardHeight(card));
  });

  it('draws the emotion lane from its scores, one point per stage', () => {
    const { ctx, s1, s2, mood } = sampleBoard();
    setEmotionScore(ctx, mood, s1, -1);
    const node = layoutJourney(docToBoard(ctx.doc)).nodes.find((n) => n.id === nodeId.emotion(mood))!;
    expect(node.type === 'emotion' && node.data.points.map((p) => [p.stageId, p.score])).toEqual([
      [s1, -1],
      [s2, null],
    ]);
  });

  it('leaves out cards of a deleted stage (they are unplaced), and places notes and connectors', () => {
    const { ctx, s1, touch } = sampleBoard();
    const a = addCard(ctx, { stageId: s1, laneId: touch });
    const b = addCard(ctx, { stageId: 'gone', laneId: touch });
    addConnector(ctx, a, b);
    addNote(ctx, { x: 900, y: -40, text: 'Parking lot' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    expect(layout.nodes.filter((n) => n.type === 'card').map((n) => n.id)).toEqual([nodeId.card(a)]);
    expect(layout.nodes.find((n) => n.type === 'note')!.position).toEqual({ x: 900, y: -40 });
    // The connector is kept in the document, but drawn only once its unplaced card is placed again.
    expect(layout.edges).toHaveLength(0);
    moveCard(ctx, b, { stageId: s1, laneId: touch });
    expect(layoutJourney(docToBoard(ctx.doc)).edges.map((e) => [e.source, e.target])).toEqual([[nodeId.card(a), nodeId.card(b)]]);
  });

  it('shows on each stage the metrics attached to it, and no other items', () => {
    const { ctx, s1, s2 } = sampleBoard();
    const nps = addStrategyItem(ctx, 'metricsPre', 'NPS (Sales Episode)')!;
    const fcr = addStrategyItem(ctx, 'metricsPost', 'FCR')!;
    const goal = addStrategyItem(ctx, 'goalsPre', 'Be referred by customers')!;
    for (const id of [nps, goal]) attachStrategyItemToStage(ctx, id, s1);
    attachStrategyItemToStage(ctx, fcr, s2);
    const metricsOf = (board: ReturnType<typeof docToBoard>) =>
      layoutJourney(board).nodes.flatMap((n) => (n.type === 'stage' ? [[n.data.stage.title, n.data.metrics]] : []));
    expect(metricsOf(docToBoard(ctx.doc))).toEqual([
      ['Awareness', ['NPS (Sales Episode)']],
      ['Consideration', ['FCR']],
    ]);
    deleteStage(ctx, s2);
    expect(metricsOf(docToBoard(ctx.doc))).toEqual([['Awareness', ['NPS (Sales Episode)']]]);
  });

  it('is deterministic: two independent computations of one board agree', async () => {
    const { ctx, s1, s2, touch, mood, pains } = sampleBoard();
    const a = addCard(ctx, { stageId: s1, laneId: touch, title: 'Research', body: 'Reads reviews and compares prices on three sites before calling.' });
    const b = addCard(ctx, { stageId: s2, laneId: pains, title: 'A much longer pain point title that wraps over several lines of the card', channel: 'Phone' });
    addCard(ctx, { stageId: s1, laneId: touch, title: 'Referrals', index: 0 });
    addConnector(ctx, a, b);
    setEmotionScore(ctx, mood, s2, 2);
    addNote(ctx, { x: 900, y: -40, text: 'Parking lot' });
    attachStrategyItemToStage(ctx, addStrategyItem(ctx, 'metricsPre', 'NPS')!, s1);

    // The layout keeps heights and card nodes by card object (a cache): the second computation
    // reads a copy of the document, so no card object is shared, with the module loaded afresh,
    // so no cache is either. Otherwise it would compare the cache with itself.
    const first = layoutJourney(docToBoard(ctx.doc));
    const copy = freshContext('copy');
    syncDocs(ctx.doc, copy.doc);
    vi.resetModules();
    const fresh = await import('./layout.ts');
    const second = fresh.layoutJourney(docToBoard(copy.doc));
    const cardNode = (layout: ReturnType<typeof layoutJourney>) => layout.nodes.find((n) => n.id === nodeId.card(b));
    expect(cardNode(second)).not.toBe(cardNode(first));
    expect(second.nodes.length).toBeGreaterThan(8);
    expect(second).toStrictEqual(first);
  });

  it('keeps the node of a card that neither changed nor moved, and makes a new one for a card that did', () => {
    const { ctx, s1, s2, touch } = sampleBoard();
    const still = addCard(ctx, { stageId: s1, laneId: touch, title: 'Still' });
    const moving = addCard(ctx, { stageId: s2, laneId: touch, title: 'Moving' });
    const reader = createBoardReader(ctx.doc);
    const cardNode = (layout: ReturnType<typeof layoutJourney>, id: string) => layout.nodes.find((n) => n.id === nodeId.card(id));
    const before = layoutJourney(reader.read());
    moveCard(ctx, moving, { stageId: s1, laneId: touch, index: 1 });
    const after = layoutJourney(reader.read());
    expect(cardNode(after, still)).toBe(cardNode(before, still));
    expect(cardNode(after, moving)).not.toBe(cardNode(before, moving));
    expect(cardNode(after, moving)!.position.x).toBe(cardNode(after, still)!.position.x);
    // A card put above it moves it down: same card object, new node in the new place.
    addCard(ctx, { stageId: s1, laneId: touch, title: 'Above', index: 0 });
    const pushed = layoutJourney(reader.read());
    expect(cardNode(pushed, still)).not.toBe(cardNode(after, still));
    expect(cardNode(pushed, still)!.position.y).toBeGreaterThan(cardNode(after, still)!.position.y);
    // A round on its lane gives it a row for dots; a dot placed is not the layout's (who sees
    // it depends on the person), so the node stays; the row goes when the round ends.
    const round = startRound(ctx, { laneIds: [touch], cardIds: [], budget: 3, onePerCard: false });
    const voting = cardNode(layoutJourney(reader.read()), still)!;
    expect(voting.data.voting).toBe(true);
    expect(voting.height).toBe(cardNode(pushed, still)!.height! + CARD.dotsRow);
    castDot(ctx, round, still, 'voter');
    expect(cardNode(layoutJourney(reader.read()), still)).toBe(voting);
    endRound(ctx);
    expect(cardNode(layoutJourney(reader.read()), still)!.height).toBe(cardNode(pushed, still)!.height);
  });
});

describe('estimateLines wraps by words', () => {
  it('moves a word that does not fit to the next line, as the browser does', () => {
    // 10 characters a line: 18 letters would fit on 2 lines, but by words they take 3.
    expect(estimateLines('Social Media sites', 100, 10, 4)).toBe(3);
    expect(estimateLines('aaaa bbbb cc', 100, 10, 4)).toBe(2);
    expect(estimateLines('aaaaaa bbbbbbbb cccccc', 100, 10, 4)).toBe(3);
    expect(estimateLines('建立与潜在客户的有效沟通机制', 224, 7.9, 4)).toBe(2);
  });
});

describe('one curve per persona', () => {
  it('hands each emotion lane its persona, whose colour its curve and legend take, and none to a lane of no one', () => {
    const { ctx, s1, mood } = sampleBoard();
    const toBe = addLane(ctx, { kind: 'emotion', title: 'Ann, to be' });
    const loose = addLane(ctx, { kind: 'emotion', title: 'Nobody' });
    const ann = addPersona(ctx, { name: 'Ann', color: 'teal' })!;
    setLaneCurve(ctx, mood, ann, 'asIs');
    setLaneCurve(ctx, toBe, ann, 'toBe');
    setEmotionScore(ctx, toBe, s1, 2);
    const layout = layoutJourney(docToBoard(ctx.doc));
    const emotion = (laneId: string) => layout.nodes.find((node) => node.id === nodeId.emotion(laneId))!.data as { persona: { id: string; color: string } | null; lane: { curve: string } };
    expect([mood, toBe, loose].map((laneId) => [emotion(laneId).persona?.id ?? null, emotion(laneId).lane.curve])).toEqual([
      [ann, 'asIs'],
      [ann, 'toBe'],
      [null, 'asIs'],
    ]);
    const header = layout.nodes.find((node) => node.id === nodeId.lane(toBe))!.data as LaneNodeData;
    expect(header.persona?.name).toBe('Ann');
    expect(header.personas).toHaveLength(1);
  });

  it('reads no score for a stage whose id names something every object has', () => {
    const board = docToBoard(sampleBoard().ctx.doc);
    const mood = board.lanes.find((lane) => lane.kind === 'emotion')!;
    board.stages = [{ ...board.stages[0]!, id: 'constructor' }, { ...board.stages[1]!, id: 'toString' }];
    const node = layoutJourney(board).nodes.find((n) => n.id === nodeId.emotion(mood.id))!;
    expect(node.type === 'emotion' && node.data.points.map((p) => p.score)).toEqual([null, null]);
  });

  it('draws a to-be curve over its persona’s as-is curve, and no other curve over anything', () => {
    const { ctx, s1, s2, mood } = sampleBoard();
    const toBe = addLane(ctx, { kind: 'emotion', title: 'Ann, to be' });
    const bobToBe = addLane(ctx, { kind: 'emotion', title: 'Bob, to be' });
    const ann = addPersona(ctx, { name: 'Ann', color: 'teal' })!;
    const bob = addPersona(ctx, { name: 'Bob', color: 'violet' })!;
    setLaneCurve(ctx, mood, ann, 'asIs');
    setLaneCurve(ctx, toBe, ann, 'toBe');
    setLaneCurve(ctx, bobToBe, bob, 'toBe');
    setEmotionScore(ctx, mood, s1, -1);
    setEmotionScore(ctx, mood, s2, -2);
    const layout = layoutJourney(docToBoard(ctx.doc));
    const node = (laneId: string) => layout.nodes.find((n) => n.id === nodeId.emotion(laneId))!.data as { asIs: Record<string, number> | null };
    expect(node(toBe).asIs).toEqual({ [s1]: -1, [s2]: -2 });
    expect(node(mood).asIs).toBeNull(); // an as-is curve is over nothing
    expect(node(bobToBe).asIs).toBeNull(); // Bob has no as-is curve
    expect((layout.nodes.find((n) => n.id === nodeId.lane(toBe))!.data as LaneNodeData).asIsShown).toBe(true);
  });
});
