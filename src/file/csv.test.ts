import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addLane, addPersona, addStage, setLaneCurve, updateCard, addStrategyItem, attachStrategyItemToStage, createEditContext, docToBoard, castDot, revealRound, setLocale, startRound } from '../doc/index.ts';
import { readFileSync } from 'node:fs';
import { readBoardFile } from './read.ts';
import { boardToCsv } from './csv.ts';
import { readMeasuresTable } from './measuresImport.ts';
import { translatorFor } from '../i18n/index.ts';

/** A minimal RFC 4180 reader, to check the file as a spreadsheet program would read it. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && csv[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('boardToCsv', () => {
  const doc = new Y.Doc();
  const ctx = createEditContext(doc, 'test');
  const s1 = addStage(ctx, { title: '客户认知' });
  const s2 = addStage(ctx, { title: 'Purchase' });
  const touch = addLane(ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  const pains = addLane(ctx, { kind: 'painPoints', title: 'Pain points' });
  addCard(ctx, { stageId: s2, laneId: touch, title: 'Quote, "final"', body: 'line one\nline two', channel: 'Email', owner: 'Sales', emotion: -2, tags: ['b2b', 'price'] });
  const first = addCard(ctx, { stageId: s1, laneId: pains, title: '=HYPERLINK("http://evil")' });
  addCard(ctx, { stageId: s1, laneId: touch, title: '官方网站' });
  const orphan = addCard(ctx, { stageId: s1, laneId: touch, title: '@SUM(A1)' });
  const round = startRound(ctx, { title: 'Fix first', laneIds: [pains], cardIds: [orphan], budget: 3, onePerCard: false });
  castDot(ctx, round, first, 'ada');
  castDot(ctx, round, first, 'bob');
  revealRound(ctx, round);

  it('starts with a byte order mark and a header, and lists cards in the map’s order', () => {
    const csv = boardToCsv(docToBoard(doc));
    expect(csv.startsWith('\uFEFFStage,Lane,Title,Description,Channel,Owner,Emotion,Tags,Impact,Effort,Dots (Fix first)\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['客户认知', 'Touchpoints', '官方网站'],
      ['客户认知', 'Touchpoints', `'@SUM(A1)`],
      ['客户认知', 'Pain points', `'=HYPERLINK("http://evil")`],
      ['Purchase', 'Touchpoints', 'Quote, "final"'],
    ]);
  });

  it('keeps commas, quotes and line breaks inside their cell, and every field in its column', () => {
    const rows = parseCsv(boardToCsv(docToBoard(doc)).slice(1));
    expect(rows[4]).toEqual(['Purchase', 'Touchpoints', 'Quote, "final"', 'line one\nline two', 'Email', 'Sales', '-2', 'b2b, price', '', '', '']);
    // The dots of the latest revealed round: 0 on a card it covered that no one chose, nothing on one it did not cover.
    expect(rows.slice(1).map((r) => r[10])).toEqual(['', '0', '2', '']);
    expect(rows.every((r) => r.length === 11)).toBe(true);
  });

  it('escapes every text cell that a spreadsheet would run as a formula', () => {
    // As if someone deleted the card's stage while it was being added: the card is unplaced.
    const board = docToBoard(doc);
    board.cards = board.cards.map((c) => (c.id === orphan ? { ...c, stageId: 'deleted' } : c));
    const csv = boardToCsv(board);
    const cells = parseCsv(csv.slice(1)).flat();
    expect(cells.filter((c) => /^[=+@]/.test(c))).toEqual([]);
    // A card of a deleted stage has no stage left, and is still exported.
    expect(parseCsv(csv.slice(1)).at(-1)!.slice(0, 3)).toEqual(['(no stage)', 'Touchpoints', `'@SUM(A1)`]);
  });

  it('gives a strategy-only board one row per strategy item: section, text and stage, in the canvas’s fill order', () => {
    const read = readBoardFile(readFileSync(new URL('../templates/strategy-canvas-furn-co.json', import.meta.url), 'utf8'));
    if (!read.ok) throw new Error(read.error);
    // The canvas alone, without the template's map and persona.
    const board = { ...read.file.board, stages: [], lanes: [], cards: [], personas: [] };
    const rows = parseCsv(boardToCsv(board).slice(1));
    expect(rows[0]).toEqual(['Section', 'Text', 'Stage']);
    expect(rows).toHaveLength(1 + board.strategy.length);
    expect(rows[1]).toEqual(['Who', 'Bargain seeking households who still want quality furniture', '']);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(board.strategy.map((i) => i.text).sort());
    // Twin sections are told apart by their phase.
    expect(rows.some((r) => r[0] === 'Needs · Pre-Sales')).toBe(true);
    expect(rows.some((r) => r[0] === 'Needs · Post-Sales')).toBe(true);
  });

  it('puts the strategy items after the cards, after an empty line, with a metric’s stage and section names in the board’s language', () => {
    const both = new Y.Doc();
    const c = createEditContext(both, 'test');
    setLocale(c, 'zh-CN');
    const stage = addStage(c, { title: '使用' });
    const lane = addLane(c, { kind: 'touchpoints', title: '触点' });
    addCard(c, { stageId: stage, laneId: lane, title: '售后热线' });
    const metric = addStrategyItem(c, 'metricsPost', '=NPS')!;
    attachStrategyItemToStage(c, metric, stage);
    addStrategyItem(c, 'who', '家庭用户');
    const csv = boardToCsv(docToBoard(both));
    const [cards, items] = csv.slice(1).split('\r\n\r\n');
    expect(parseCsv(cards! + '\r\n')).toEqual([
      ['Stage', 'Lane', 'Title', 'Description', 'Channel', 'Owner', 'Emotion', 'Tags', 'Impact', 'Effort', 'Dots'],
      ['使用', '触点', '售后热线', '', '', '', '', '', '', '', ''],
    ]);
    expect(parseCsv(items!)).toEqual([
      ['Section', 'Text', 'Stage'],
      ['目标客户', '家庭用户', ''],
      ['指标 · 售后', "'=NPS", '使用'],
    ]);
  });

  it('names a lane without a title by its kind, in the board’s language', () => {
    const untitled = new Y.Doc();
    const c = createEditContext(untitled, 'test');
    setLocale(c, 'zh-CN');
    const stage = addStage(c, { title: '使用' });
    addCard(c, { stageId: stage, laneId: addLane(c, { kind: 'painPoints', title: '' }), title: '等待太久' });
    expect(parseCsv(boardToCsv(docToBoard(untitled)).slice(1))[1]!.slice(0, 3)).toEqual(['使用', '痛点', '等待太久']);
  });

  it('lists the personas between the cards and the strategy items, each with the curves the map draws for them', () => {
    const board = new Y.Doc();
    const c = createEditContext(board, 'test');
    const stage = addStage(c, { title: 'Visit' });
    addCard(c, { stageId: stage, laneId: addLane(c, { kind: 'touchpoints', title: 'Touchpoints' }), title: 'Shop window' });
    const asIs = addLane(c, { kind: 'emotion', title: 'Feeling today' });
    const toBe = addLane(c, { kind: 'emotion', title: '' });
    const households = addPersona(c, { name: 'Bargain seeking households', goals: 'Quality, cheaply', quote: '-no frills' })!;
    addPersona(c, { name: 'Trade buyers' });
    setLaneCurve(c, asIs, households, 'asIs');
    setLaneCurve(c, toBe, households, 'toBe');
    addStrategyItem(c, 'who', 'Households');
    const [cards, personas, items] = boardToCsv(docToBoard(board)).slice(1).split('\r\n\r\n');
    expect(parseCsv(cards! + '\r\n')).toHaveLength(2);
    expect(parseCsv(personas! + '\r\n')).toEqual([
      ['Persona', 'Description', 'Goals', 'Needs', 'Frustrations', 'Quote', 'Curves'],
      ['Bargain seeking households', '', 'Quality, cheaply', '', '', "'-no frills", 'Feeling today (As-is); Emotions (To-be)'],
      ['Trade buyers', '', '', '', '', '', ''],
    ]);
    expect(parseCsv(items!)[1]).toEqual(['Who', 'Households', '']);
  });

  it('gives measures a table of their own, with their gap, that the measures import reads back', () => {
    const board = new Y.Doc();
    const c = createEditContext(board, 'test');
    const stages = [addStage(c, { title: 'Checkout' }), addStage(c, { title: 'Delivery' })];
    addCard(c, { stageId: stages[0]!, laneId: addLane(c, { kind: 'touchpoints', title: 'Touchpoints' }), title: 'Web shop' });
    const lane = addLane(c, { kind: 'metrics' });
    const metric = addStrategyItem(c, 'metricsPost', 'Conversion rates')!;
    const conversion = addCard(c, { stageId: stages[0]!, laneId: lane, title: 'Conversion' });
    updateCard(c, conversion, { value: 2.5, target: 3, unit: '%', metricId: metric });
    const wait = addCard(c, { stageId: stages[1]!, laneId: lane, title: 'Days to deliver' });
    updateCard(c, wait, { value: 3, target: 5, better: 'lower' });
    addCard(c, { stageId: stages[1]!, laneId: lane, title: '=Repeat' });
    addPersona(c, { name: 'Households' });
    const [cards, measures] = boardToCsv(docToBoard(board)).slice(1).split('\r\n\r\n');
    expect(parseCsv(cards! + '\r\n').map((r) => r[2])).toEqual(['Title', 'Web shop']);
    const rows = parseCsv(measures! + '\r\n');
    expect(rows).toEqual([
      ['Stage', 'Lane', 'Measure', 'Value', 'Target', 'Unit', 'Better when', 'Gap', 'Standing', 'Strategy metric'],
      ['Checkout', 'Measures', 'Conversion', '2.5', '3', '%', 'Higher is better', '-0.5', 'Short', 'Conversion rates'],
      ['Delivery', 'Measures', 'Days to deliver', '3', '5', '', 'Lower is better', '2', 'On target', ''],
      ['Delivery', 'Measures', "'=Repeat", '', '', '', 'Higher is better', '', '', ''],
    ]);
    // The whole file read back by the import: its measures table alone, names unescaped.
    const read = readMeasuresTable(boardToCsv(docToBoard(board)), docToBoard(board), translatorFor('en'));
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.stageId, r.name, r.value, r.target, r.unit])).toEqual([
      [stages[0], 'Conversion', 2.5, 3, '%'],
      [stages[1], 'Days to deliver', 3, 5, ''],
      [stages[1], '=Repeat', null, null, ''],
    ]);
  });
});
