import { readFileSync } from 'node:fs';
import type { Rect } from '@xyflow/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addCard,
  addConnector,
  addLane,
  addNote,
  addStage,
  addStrategyItem,
  attachStrategyItemToStage,
  docToBoard,
  setEmotionScore,
  setLaneCurve,
  addPersona,
  updateCard,
} from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { translatorFor, type Locale } from '../../i18n/index.ts';
import { LANE_LOOKS } from '../laneLook.ts';
import { layoutJourney, nodeId, type JourneyLayout } from '../layout.ts';
import { CARD, PILL } from '../metrics.ts';
import { pictureType, type Brush, type Context2D } from './brush.ts';
import { paintMap, pictureBounds, PICTURE_MARGIN } from './paintMap.ts';

/** The board's real tokens, read from its stylesheet. */
const TOKENS = new Map([...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
const token = (name: string) => TOKENS.get(name) ?? '';

interface Call { name: string; args: unknown[]; fillStyle: unknown; strokeStyle: unknown; alpha: unknown; font: unknown; layer: string }

/** A 2D context that records every call, with the fill and stroke colours, the opacity and the font set at the time. */
function recordingContext(calls: Call[], layer: string): Context2D {
  const state: Record<string | symbol, unknown> = {};
  return new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push({ name: String(key), args, fillStyle: target.fillStyle, strokeStyle: target.strokeStyle, alpha: target.globalAlpha ?? 1, font: target.font, layer });
      };
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as Context2D;
}

/** Paints a layout on recording contexts: the picture's, and one for each faded part. */
function paint(layout: JourneyLayout, dimmed: ReadonlySet<string> | null = null, locale: Locale = 'en') {
  const calls: Call[] = [];
  const faded: Rect[] = [];
  const brush: Brush = { context: recordingContext(calls, 'picture'), token, type: pictureType(token), scale: 2, measure: (_, s) => 8 * [...s].length, t: translatorFor(locale), locale };
  paintMap(brush, layout, {
    dimmed,
    faded(box, draw) {
      faded.push(box);
      draw({ ...brush, context: recordingContext(calls, 'faded') });
    },
  });
  const texts = calls.filter((c) => c.name === 'fillText').map((c) => ({ text: c.args[0] as string, x: c.args[1] as number, y: c.args[2] as number, color: c.fillStyle, layer: c.layer, at: calls.indexOf(c) }));
  return { calls, texts, faded };
}

function richBoard() {
  const ctx = freshContext();
  const quote = addStage(ctx, { title: 'Quotation', window: 'Week 2-4', color: 'teal' });
  const visit = addStage(ctx, { title: '客户认知', color: 'blue' });
  const lane = addLane(ctx, { kind: 'touchpoints' });
  const feelings = addLane(ctx, { kind: 'emotion' });
  setEmotionScore(ctx, feelings, quote, 2);
  setEmotionScore(ctx, feelings, visit, -1);
  const offer = addCard(ctx, { stageId: quote, laneId: lane, title: 'Send the offer', body: 'With prices and dates', channel: 'Email', tags: ['b2b'], color: 'amber' });
  const site = addCard(ctx, { stageId: visit, laneId: lane, title: '官方网站' });
  // What is empty shows a placeholder on screen, and nothing in a picture; an untitled card says so.
  const untitled = addCard(ctx, { stageId: visit, laneId: lane });
  addStage(ctx, {});
  addLane(ctx, { kind: 'touchpoints', title: '' });
  addNote(ctx, { x: 400, y: -200 });
  addConnector(ctx, offer, site, 'leads to');
  addNote(ctx, { x: 40, y: -200, text: 'Lead times?' });
  attachStrategyItemToStage(ctx, addStrategyItem(ctx, 'metricsPre', 'NPS')!, quote);
  return { layout: layoutJourney(docToBoard(ctx.doc)), offer, site, untitled };
}

beforeAll(() => {
  // Node has no Path2D; the connectors hand theirs to stroke(), where the recording reads it.
  vi.stubGlobal('Path2D', class { constructor(readonly d: string) {} });
});
afterAll(() => vi.unstubAllGlobals());

describe('the map picture', () => {
  it('draws the title of every card inside its box, with its details row', () => {
    const { layout, offer, site, untitled } = richBoard();
    const { texts } = paint(layout);
    for (const [id, title, color] of [[offer, 'Send the offer', '--ink'], [site, '官方网站', '--ink'], [untitled, 'Untitled card', '--ink-faint']] as const) {
      const node = layout.nodes.find((n) => n.id === nodeId.card(id))!;
      const drawn = texts.find((t) => t.text === title)!;
      expect(drawn).toBeDefined();
      // Where canvas.css puts a card's text: past the stripe and the padding.
      expect(drawn.x).toBe(node.position.x + CARD.stripe + CARD.paddingX);
      expect(drawn.y).toBeGreaterThan(node.position.y);
      expect(drawn.y).toBeLessThan(node.position.y + node.height!);
      expect(drawn.color).toBe(token(color));
    }
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['With prices and dates', 'Email', '#b2b']));
  });

  it('draws the headers, the metric, the note and the connector label, and leaves out what is only for editing', () => {
    const { texts } = paint(richBoard().layout);
    const drawn = texts.map((t) => t.text);
    expect(drawn).toEqual(expect.arrayContaining(['1', 'Quotation', 'Week 2-4', '2', '客户认知', 'Touchpoints', 'Emotions', 'NPS', 'Lead times?', 'leads to']));
    expect(drawn.some((t) => /Add card|Add time window|Untitled stage|Untitled lane|Double-click/.test(t))).toBe(false);
    // The untitled stage still shows its number, as on screen.
    expect(drawn).toContain('3');
  });

  it('stacks as the canvas does: connectors over the cells, cards over connectors, notes, and connector labels on top', () => {
    const { layout } = richBoard();
    const { calls, texts } = paint(layout);
    // The line the picture strokes is the one the canvas draws (lane marks are stroked paths too).
    const edge = layout.edges[0]!;
    const connector = calls.findIndex((c) => c.name === 'stroke' && (c.args[0] as { d?: string })?.d === edge.data!.path);
    expect(connector).toBeGreaterThan(-1);
    const firstCell = calls.findIndex((c) => c.name === 'roundRect');
    const card = texts.find((t) => t.text === 'Send the offer')!.at;
    const note = texts.find((t) => t.text === 'Lead times?')!.at;
    const label = texts.find((t) => t.text === 'leads to')!;
    expect(firstCell).toBeLessThan(connector);
    expect(connector).toBeLessThan(card);
    expect(card).toBeLessThan(note);
    expect(note).toBeLessThan(label.at);
    // The label sits where the canvas puts it.
    expect(label.x).toBe(edge.data!.labelX);
  });

  it('draws the emotion curve through each scored stage over its green and red bands, with a face on each', () => {
    const { calls } = paint(richBoard().layout);
    expect(calls.filter((c) => c.name === 'bezierCurveTo')).toHaveLength(1);
    // The positive band above the neutral line and the negative one below, then the faces of
    // the +2 and the -1 stage, each in its tone.
    const tones = calls.filter((c) => c.name === 'fill' && (c.fillStyle === token('--success-soft') || c.fillStyle === token('--danger-soft')));
    expect(tones.map((c) => c.fillStyle)).toEqual([token('--success-soft'), token('--danger-soft'), token('--success-soft'), token('--danger-soft')]);
    // A face per score: +2 smiles (its mouth bends down, below its ends), -1 frowns.
    const mouths = calls.filter((c) => c.name === 'stroke' && (c.args[0] as { d?: string })?.d?.startsWith('M -')).map((c) => (c.args[0] as { d: string }).d);
    expect(mouths).toHaveLength(2);
    const bend = (d: string) => { const [, y, , cy] = d.match(/-?[\d.]+/g)!.map(Number); return cy! - y!; };
    expect(bend(mouths[0]!)).toBeGreaterThan(0);
    expect(bend(mouths[1]!)).toBeLessThan(0);
  });

  it('draws each curve in its persona’s colour, the to-be one dashed over the as-is one, pale', () => {
    const ctx = freshContext();
    const [s1, s2] = [addStage(ctx, { title: 'Visit' }), addStage(ctx, { title: 'Order' })];
    const ann = addPersona(ctx, { name: 'Ann', color: 'teal' })!;
    const asIs = addLane(ctx, { kind: 'emotion' });
    const toBe = addLane(ctx, { kind: 'emotion' });
    setLaneCurve(ctx, asIs, ann, 'asIs');
    setLaneCurve(ctx, toBe, ann, 'toBe');
    for (const [lane, scores] of [[asIs, [-1, -2]], [toBe, [1, 2]]] as const) scores.forEach((score, i) => setEmotionScore(ctx, lane, [s1, s2][i]!, score));
    const { calls } = paint(layoutJourney(docToBoard(ctx.doc)));
    const curves = calls.filter((c) => c.name === 'stroke' && c.strokeStyle === token('--edge-teal'));
    // The as-is row; then the to-be row: its as-is curve, pale, under its own.
    expect(curves.map((c) => [c.strokeStyle, c.alpha])).toEqual([
      [token('--edge-teal'), 1],
      [token('--edge-teal'), 0.25],
      [token('--edge-teal'), 1],
    ]);
    const dashes = calls.filter((c) => c.name === 'setLineDash').map((c) => (c.args[0] as number[]).join(','));
    expect(dashes).toContain('10,8');
  });

  it('gives each lane kind its look: marks on pain points and opportunities, washed cells, channels as pills', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Quotation' });
    const pains = addLane(ctx, { kind: 'painPoints' });
    const channels = addLane(ctx, { kind: 'channels' });
    const wait = addCard(ctx, { stageId: stage, laneId: pains, title: 'Waiting two weeks' });
    const email = addCard(ctx, { stageId: stage, laneId: channels, title: 'Email', body: 'Not drawn in a pill' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    const { calls, texts } = paint(layout);
    const node = (id: string) => layout.nodes.find((n) => n.id === nodeId.card(id))!;
    // The pain point's mark is its lane's icon, in its lane's colour, and its text starts after it.
    const marks = calls.filter((c) => c.name === 'stroke' && (c.args[0] as { d?: string })?.d === LANE_LOOKS.painPoints.icon);
    expect(marks.length).toBeGreaterThanOrEqual(2); // the header's icon and the card's mark
    expect(texts.find((t) => t.text === 'Waiting two weeks')!.x).toBe(node(wait).position.x + CARD.stripe + CARD.paddingX + CARD.markGutter);
    // Its cell is washed in the soft red.
    expect(calls.some((c) => c.name === 'fill' && c.fillStyle === token('--danger-soft'))).toBe(true);
    // The channel is a pill one line high, without its body.
    expect(node(email).height).toBe(PILL.height);
    const title = texts.find((t) => t.text === 'Email')!;
    expect(title.y).toBe(node(email).position.y + PILL.height / 2);
    expect(texts.some((t) => t.text === 'Not drawn in a pill')).toBe(false);
  });

  it('draws a measure with its value, target and gap, and a service blueprint’s line with its name', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Delivery' });
    const measures = addLane(ctx, { kind: 'metrics' });
    addLane(ctx, { kind: 'backstage', title: 'Warehouse' });
    const nps = addCard(ctx, { stageId: stage, laneId: measures, title: 'NPS' });
    updateCard(ctx, nps, { value: 32, target: 40, unit: 'pts' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    const { calls, texts } = paint(layout);
    const card = layout.nodes.find((n) => n.id === nodeId.card(nps))!;
    const value = texts.find((t) => t.text === '32 pts')!;
    expect(value.y).toBeGreaterThan(texts.find((t) => t.text === 'NPS')!.y);
    expect(value.y).toBeLessThan(card.position.y + card.height!);
    expect(texts.find((t) => t.text === 'target 40 pts')!.x).toBeGreaterThan(value.x);
    expect(texts.find((t) => t.text === '8 pts short')!.color).toBe(token('--warning'));
    const line = texts.find((t) => t.text === 'Line of interaction · Line of visibility')!;
    expect(line.y).toBeGreaterThan(card.position.y + card.height!);
    expect(calls.some((c) => c.name === 'setLineDash' && (c.args[0] as number[]).length === 2)).toBe(true);
  });

  it('names lanes without a title of their own in the picture’s language', () => {
    const { texts } = paint(richBoard().layout, null, 'zh');
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['触点', '情绪', '未命名卡片']));
    expect(texts.some((t) => t.text === 'Touchpoints' || t.text === 'TOUCHPOINTS')).toBe(false);
  });

  it('fades the cards the filter puts in the background, each as a whole', () => {
    const { layout, site } = richBoard();
    const { texts, faded } = paint(layout, new Set([site]));
    const node = layout.nodes.find((n) => n.id === nodeId.card(site))!;
    expect(faded).toEqual([{ x: node.position.x, y: node.position.y, width: node.width, height: node.height }]);
    expect(texts.find((t) => t.text === '官方网站')!.layer).toBe('faded');
    expect(texts.find((t) => t.text === 'Send the offer')!.layer).toBe('picture');
  });

  it('frames everything on the map, notes above the grid included, with a margin', () => {
    const { layout } = richBoard();
    const bounds = pictureBounds(layout);
    expect(bounds.y).toBe(-200 - PICTURE_MARGIN);
    expect(bounds.x).toBe(-PICTURE_MARGIN);
    expect(bounds.x + bounds.width).toBe(layout.width + PICTURE_MARGIN);
  });
});
