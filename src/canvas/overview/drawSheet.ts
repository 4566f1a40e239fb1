import type { Rect } from '@xyflow/react';
import { rootToken } from '../../browser/cssToken.ts';
import { CARD } from '../metrics.ts';
import { overlaps } from './sheetDamage.ts';
import { DIMMED_ALPHA, faceOf } from '../cardShape.ts';
import { LANE_LOOKS } from '../laneLook.ts';
import { barsOf, dotOf, markOf, paintGroups, type SheetCard } from './sheetShapes.ts';

/**
 * Paints the cards of the overview sheet. Shapes of one colour go into one path and are filled
 * at once: a few fills for the whole map, where a fill per card took longer than the frame.
 * Layers as canvas.css draws a card: the stripe colour under the whole box, the border line
 * over all but the stripe, the white face inside, then the lane's mark and the bars for the
 * text; a channel's pill as lanes.css draws it: its line, its face, its dot and one bar.
 *
 * Given `areas` (flow units), only those are cleared and painted again, with every card that
 * reaches into them: a remote move of one card repaints two cells' worth, not the whole row.
 */
export function drawSheet(canvas: HTMLCanvasElement, cards: readonly SheetCard[], scale: number, areas: readonly Rect[] | null = null): void {
  // Nothing changed: the canvas is not touched at all, as the first change to a canvas the
  // screen shows costs a copy of its pixels.
  if (areas?.length === 0) return;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  let painted = cards;
  if (areas) {
    // Whole device pixels, two beyond each area for the edges antialiasing smears past a box:
    // a clip on pixel boundaries blends nothing, so the result is what a full repaint gives.
    const pixels = areas.map((a) => {
      const x = Math.floor(a.x * scale) - 2;
      const y = Math.floor(a.y * scale) - 2;
      return { x, y, width: Math.ceil((a.x + a.width) * scale) + 2 - x, height: Math.ceil((a.y + a.height) * scale) + 2 - y };
    });
    const clip = new Path2D();
    for (const area of pixels) clip.rect(area.x, area.y, area.width, area.height);
    context.clip(clip);
    for (const area of pixels) context.clearRect(area.x, area.y, area.width, area.height);
    const reached = pixels.map((p) => ({ x: p.x / scale, y: p.y / scale, width: p.width / scale, height: p.height / scale }));
    painted = cards.filter((card) => reached.some((area) => overlaps(card, area)));
  } else {
    context.clearRect(0, 0, canvas.width, canvas.height);
  }
  for (const group of paintGroups(painted)) {
    if (!group.dimmed) {
      paintCards(context, group.byColor, scale);
      continue;
    }
    // Faded as a whole, as CSS opacity fades a card: layers faded one by one would let the
    // stripe colour show through the face. So the faded cards are painted apart, then laid on.
    const fadedContext = fadedLayerFor(canvas);
    if (!fadedContext) continue;
    paintCards(fadedContext, group.byColor, scale);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = DIMMED_ALPHA;
    context.drawImage(fadedContext.canvas, 0, 0);
    context.globalAlpha = 1;
  }
  context.restore();
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** One faded layer per sheet, kept: allocating a canvas as big as the sheet on every redraw churns tens of megabytes. */
const fadedLayers = new WeakMap<HTMLCanvasElement, OffscreenCanvas>();

function fadedLayerFor(canvas: HTMLCanvasElement): OffscreenCanvasRenderingContext2D | null {
  let layer = fadedLayers.get(canvas);
  if (!layer || layer.width !== canvas.width || layer.height !== canvas.height) {
    layer = new OffscreenCanvas(canvas.width, canvas.height);
    fadedLayers.set(canvas, layer);
  }
  const context = layer.getContext('2d');
  context?.setTransform(1, 0, 0, 1, 0, 0);
  context?.clearRect(0, 0, layer.width, layer.height);
  return context;
}

function paintCards(context: Context2D, byColor: ReadonlyMap<string, SheetCard[]>, scale: number): void {
  // Below two pixels a rounded corner cannot be seen, and plain rectangles fill several times faster.
  const radius = parseFloat(rootToken('--radius-md')) || 0;
  const rounded = radius * scale >= 2;
  const box = (path: Path2D, x: number, y: number, width: number, height: number, radii: number | number[]) =>
    rounded ? path.roundRect(x, y, width, height, radii) : path.rect(x, y, width, height);
  const line = rootToken('--line');
  const all = [...byColor.values()].flat();
  const isPill = (card: SheetCard) => LANE_LOOKS[card.kind].form === 'pill';
  const cards = all.filter((card) => !isPill(card));
  const pills = all.filter(isPill);
  context.setTransform(scale, 0, 0, scale, 0, 0);
  for (const [color, same] of byColor) {
    const edge = rootToken(`--edge-${color}`) || line;
    fill(context, edge, same.filter((card) => !isPill(card)), (path, c) => box(path, c.x, c.y, c.width, c.height, radius));
  }
  fill(context, line, cards, (path, c) => box(path, c.x + CARD.stripe, c.y, c.width - CARD.stripe, c.height, [0, radius, radius, 0]));
  fill(context, rootToken('--line-strong'), pills, (path, c) => box(path, c.x, c.y, c.width, c.height, c.height / 2));
  fill(context, rootToken('--surface'), cards, (path, c) => {
    const face = faceOf(c);
    box(path, face.x, face.y, face.width, face.height, [0, radius - 1, radius - 1, 0]);
  });
  fill(context, rootToken('--surface'), pills, (path, c) => box(path, c.x + CARD.border, c.y + CARD.border, c.width - 2 * CARD.border, c.height - 2 * CARD.border, c.height / 2 - CARD.border));
  for (const [color, same] of byColor) {
    fill(context, rootToken(`--edge-${color}`) || line, same.filter(isPill), (path, c) => circle(path, dotOf(c)));
  }
  for (const [kind, { accent }] of Object.entries(LANE_LOOKS)) {
    fill(context, rootToken(accent), cards.filter((card) => card.kind === kind), (path, c) => {
      const mark = markOf(c);
      if (mark) circle(path, mark);
    });
  }
  fill(context, line, all, (path, c) => {
    for (const bar of barsOf(c)) path.rect(bar.x, bar.y, bar.width, bar.height);
  });
}

/** Adds the circle inside a square to a path. */
function circle(path: Path2D, square: Rect): void {
  const r = square.width / 2;
  path.moveTo(square.x + 2 * r, square.y + r);
  path.arc(square.x + r, square.y + r, r, 0, 2 * Math.PI);
}

function fill(context: Context2D, style: string, cards: readonly SheetCard[], add: (path: Path2D, card: SheetCard) => void): void {
  if (cards.length === 0) return;
  const path = new Path2D();
  for (const card of cards) add(path, card);
  context.fillStyle = style;
  context.fill(path);
}
