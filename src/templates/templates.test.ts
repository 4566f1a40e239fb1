import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToBoard } from '../doc/index.ts';
import { readBoardFile, writeBoardToDoc } from '../file/index.ts';
import { blueprintLines, type Board } from '../model/index.ts';
import { BUILT_IN_TEMPLATES } from './catalog.ts';

/*
 * The templates' content against the source documents, which are kept in tests/fixtures/seeds.
 * A text must appear in its document word for word; the few exceptions are listed here with
 * the document's own words: a typo corrected, or a line the flattened slides interleaved with
 * another, given as the fragments that do appear.
 */
const READINGS: Record<string, string[]> = {
  Hunting: ['HUnting'],
  'CRM link to iPad in store so team member can see customer details if previously purchased': ['CRM link to i. Pad in store so team member can see customer details if previously purchased'],
  'Deliver great post sales service': ['Deliver great post sales', 'experience service'],
  'Keep customers engaged post sale': ['Keep customers engaged post', 'business sale'],
  'Customer first – do what you can to give customers great experience': ['Customer first – do what you can to give customers great', 'Culture experience'],
  'Write additional information.\nAdd more details': ['Write additional information.', 'Add more details'],
  'Based on various gauge\nBased on Hire vs outright purchase': ['Based on various gauge', 'Based on Hire vs outright purchase'],
  'Warranty Follow-Up after 6 months': ['Warranty Follow-Up', 'after 6 and 12 months'],
  'Warranty Follow-Up after 12 months': ['Warranty Follow-Up', 'after 6 and 12 months'],
};

/** The source document each template is taken from, as the seeds' file names it. */
const SEEDS: Record<string, string> = {
  'lighting-project': '000_4a488e6aee33bec3.txt',
  'b2b-nine-phases': '001_8d5da5f2fd3f174f.txt',
  chrystals: '002_46bd654231a0400f.txt',
  'strategy-canvas-blank': '003_ae113ebcb7fb094d.txt',
  'strategy-canvas-furn-co': '003_ae113ebcb7fb094d.txt',
  'building-materials-lifecycle': '004_1c42fff6d621205f.txt',
};

const seed = (document: string) => readFileSync(new URL(`../../tests/fixtures/seeds/${document}`, import.meta.url), 'utf8');

async function readTemplate(id: string) {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id)!;
  const read = readBoardFile(await template.load());
  if (!read.ok) throw new Error(`${id}: ${read.error}`);
  expect(read.repairs, `${id} needed repairs`).toEqual([]);
  return read.file;
}

async function loadTemplate(id: string): Promise<Board> {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, (await readTemplate(id)).board);
  return docToBoard(doc);
}

function expectFromDocument(text: string, document: string): void {
  const source = seed(document);
  for (const fragment of READINGS[text] ?? [text]) expect(source, `“${fragment}” is not in ${document}`).toContain(fragment);
}

/** Each text's place in the document; the list must be in the document's order. */
function expectInDocumentOrder(texts: string[], document: string): void {
  const source = seed(document);
  const at = texts.map((t) => source.indexOf(t));
  expect(at.every((p) => p >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

describe('the built-in templates', () => {
  it('all load through the importer without repairs, and each names its source document by the title the document gives', async () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const board = await loadTemplate(template.id);
      expect(board.meta.title).not.toBe('');
      expect(template.source === null, template.id).toBe(SEEDS[template.id] === undefined);
      if (!template.source) continue;
      expect(seed(SEEDS[template.id]!)).toContain(template.source.title);
      expect((await readTemplate(template.id)).source.document).toBe(template.source.title);
      if (template.source.by) expect(seed(SEEDS[template.id]!)).toContain(template.source.by.split(',')[0]);
    }
  });

  it('lighting project: six phases with their time windows, every step in order with its description', async () => {
    const board = await loadTemplate('lighting-project');
    const doc = '000_4a488e6aee33bec3.txt';
    expect(board.stages.map((s) => `${s.title} (${s.window})`)).toEqual([
      'Initial Contact and Needs Assessment (Week 0-2)',
      'Quotation and Agreement (Week 2-4)',
      'Production and Quality Assurance (Week 4-12)',
      'Delivery and Installation (Week 12-14)',
      'Handover and Follow-Up (Week 14-16)',
      'Aftercare and Maintenance (1-24 months after delivery)',
    ]);
    board.stages.forEach((s) => expectFromDocument(`${s.title} (${s.window})`, doc));
    const steps = board.stages.flatMap((s) => board.cards.filter((c) => c.stageId === s.id && c.laneId === 'touchpoints'));
    expect(steps).toHaveLength(17);
    expectInDocumentOrder(steps.map((c) => `${c.title}: ${c.body}`), doc);
  });

  it('lighting project: the warranty follow-ups after 6 and 12 months are measures of the aftercare stage, with no numbers the document does not give', async () => {
    const board = await loadTemplate('lighting-project');
    const lane = board.lanes.find((l) => l.kind === 'metrics')!;
    const measures = board.cards.filter((c) => c.laneId === lane.id);
    expect(measures.map((c) => [board.stages.find((s) => s.id === c.stageId)!.title, c.title, c.value, c.target])).toEqual([
      ['Aftercare and Maintenance', 'Warranty Follow-Up after 6 months', null, null],
      ['Aftercare and Maintenance', 'Warranty Follow-Up after 12 months', null, null],
    ]);
    measures.forEach((c) => expectFromDocument(c.title, '000_4a488e6aee33bec3.txt'));
  });

  it('B2B: the nine phases with their definitions, the up-sell lane and, behind the line of visibility, the internal owners, left empty', async () => {
    const board = await loadTemplate('b2b-nine-phases');
    const doc = '001_8d5da5f2fd3f174f.txt';
    expect(board.stages.map((s) => s.title)).toEqual([
      'Awareness', 'Considerations', 'Prospecting', 'Purchase design', 'Advice and solution design',
      'Decision', 'Delivery/implementation', 'Aftersales', 'Loyalty',
    ]);
    expectInDocumentOrder(board.stages.map((s) => `${s.title}:${s.description}`), doc);
    expect(board.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['opportunities', 'Up-sell / cross-sell'],
      ['backstage', 'Internal owner'],
    ]);
    expect(blueprintLines(board.lanes)).toEqual([[], ['interaction', 'visibility']]);
    expect(board.cards).toEqual([]);
    board.notes.forEach((n) => expectFromDocument(n.text, doc));
  });

  it('Chrystals: five stages with the board’s descriptions, touchpoints and CX cards as the board had them', async () => {
    const board = await loadTemplate('chrystals');
    const doc = '002_46bd654231a0400f.txt';
    expect(board.stages.map((s) => s.title)).toEqual(['AWARENESS', 'CONSIDERATION', 'PURCHASE', 'RETENTION', 'ADVOCACY']);
    board.stages.forEach((s) => expectFromDocument(`${s.title}\n\n${s.description}`, doc));
    expect(board.lanes.map((l) => l.title)).toEqual(['Touchpoint', 'CX']);
    for (const card of board.cards) {
      expectFromDocument(card.title, doc);
      if (card.body) expectFromDocument(card.body, doc);
    }
    expect(board.cards.filter((c) => c.laneId === board.lanes[1]!.id).map((c) => c.title)).toEqual([
      'Follow up on customer satisfaction levels',
      'Follow up with a thank you note',
    ]);
    board.notes.forEach((n) => expectFromDocument(n.text, doc));
  });

  it('strategy canvas: blank, and the Furn. Co example with every section filled from the document', async () => {
    const blank = await loadTemplate('strategy-canvas-blank');
    expect(blank.strategy).toEqual([]);
    const furn = await loadTemplate('strategy-canvas-furn-co');
    const sections = new Set(furn.strategy.map((i) => i.sectionId));
    expect(sections.size).toBe(18);
    furn.strategy.forEach((item) => expectFromDocument(item.text, '003_ae113ebcb7fb094d.txt'));
    expect(furn.strategy.filter((i) => i.sectionId === 'metricsPost').map((i) => i.text)).toEqual(['NPS (End to End)', 'CES (service)', 'NPS (Delivery)', 'Reviews', 'FCR']);
  });

  it('Furn. Co: its “Who” is a persona, and its metrics are measures of the canvas’s two phases, each linked to its metric', async () => {
    const furn = await loadTemplate('strategy-canvas-furn-co');
    const doc = '003_ae113ebcb7fb094d.txt';
    const section = (id: string) => furn.strategy.filter((i) => i.sectionId === id);
    expect(furn.personas).toHaveLength(1);
    const [persona] = furn.personas;
    expect(persona!.name).toBe('Bargain seeking households');
    expect(persona!.description.split('\n')).toEqual(section('who').map((i) => i.text));
    expect(persona!.needs.split('\n')).toEqual([...section('needsPre'), ...section('needsPost')].map((i) => i.text));
    expect([persona!.goals, persona!.frustrations, persona!.quote]).toEqual(['', '', '']);
    expectFromDocument(persona!.name, doc);
    expect(furn.stages.map((s) => s.title)).toEqual(['Pre-Sales', 'Post-Sales']);
    furn.stages.forEach((s) => expectFromDocument(s.title, doc));
    const cardsOf = (kind: string, stage: number) => furn.cards.filter((c) => furn.lanes.find((l) => l.id === c.laneId)!.kind === kind && c.stageId === furn.stages[stage]!.id);
    expect(cardsOf('actions', 0).map((c) => c.title)).toEqual(section('customerActivitiesPre').map((i) => i.text));
    expect(cardsOf('actions', 1).map((c) => c.title)).toEqual(section('customerActivitiesPost').map((i) => i.text));
    // Each measure is its metric, linked to it, with no value or target the document does not give.
    for (const [stage, metrics] of [[0, section('metricsPre')], [1, section('metricsPost')]] as const) {
      expect(cardsOf('metrics', stage).map((c) => [c.title, c.metricId, c.value, c.target])).toEqual(metrics.map((i) => [i.text, i.id, null, null]));
    }
  });

  it('建材卫浴: five lifecycle stages in order, in Chinese, with strategies, touchpoints and the feedback loop', async () => {
    const board = await loadTemplate('building-materials-lifecycle');
    const doc = '004_1c42fff6d621205f.txt';
    expect(board.meta.locale).toBe('zh-CN');
    expect(board.stages.map((s) => s.title)).toEqual(['客户认知', '客户考虑', '购买决策', '使用', '再次购买或推荐']);
    expectInDocumentOrder(board.stages.map((s) => s.description), doc);
    board.cards.forEach((c) => expectFromDocument(c.title, doc));
    expect(board.cards.length).toBeGreaterThanOrEqual(30);
    const loop = board.connectors[0]!;
    const from = board.cards.find((c) => c.id === loop.from)!;
    const to = board.cards.find((c) => c.id === loop.to)!;
    expect([from.title, to.title, loop.label]).toEqual(['收集客户使用反馈', '利用产品特色吸引潜在客户的注意', '反馈到产品研发和营销策略制定环节']);
    expectFromDocument(loop.label, doc);
  });
});
