import type { Rect } from '@xyflow/react';
import { rootToken as token } from '../../browser/cssToken.ts';
import type { JourneyNode } from '../layout.ts';
import { toMinimap, type MinimapFrame, type MinimapSize } from './minimapFrame.ts';

type Colors = Record<'sunken' | 'cell' | 'note' | 'card' | 'header', string>;

/** The rectangles a node is drawn as: the cell grid as its cells, any other node as its box. */
function boxesOf(node: JourneyNode, colors: Colors): { box: Rect; fill: string }[] {
  switch (node.type) {
    case 'cellGrid':
      return node.data.cells.map((cell) => ({ box: cell, fill: cell.empty ? colors.sunken : colors.cell }));
    case 'note':
    case 'card':
      return [{ box: boxOf(node), fill: colors[node.type] }];
    default:
      return [{ box: boxOf(node), fill: colors.header }];
  }
}

const boxOf = (node: JourneyNode): Rect => ({ x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 });

/**
 * Draws every node of the map, cards included, as flat rectangles on one canvas: ten thousand
 * rectangles take a few milliseconds here, where as SVG elements they were ten thousand DOM
 * nodes to lay out and repaint. Cells first, so cards sit on them. Within a layer the boxes do
 * not overlap, so each colour is one path filled once: a fill per box was most of the drawing.
 */
export function drawMinimap(canvas: HTMLCanvasElement, nodes: readonly JourneyNode[], frame: MinimapFrame, size: MinimapSize): void {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(size.width * ratio);
  const height = Math.round(size.height * ratio);
  // Setting a canvas's size, even to the one it has, gives it a fresh bitmap.
  if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = token('--surface');
  context.fillRect(0, 0, size.width, size.height);
  const colors: Colors = { sunken: token('--sunken'), cell: token('--tint-blue'), note: token('--edge-amber'), card: token('--edge-slate'), header: token('--line-strong') };
  const layers = [nodes.filter((n) => n.type !== 'card' && n.type !== 'note'), nodes.filter((n) => n.type === 'card'), nodes.filter((n) => n.type === 'note')];
  for (const layer of layers) {
    const paths = new Map<string, Path2D>();
    for (const { box, fill } of layer.flatMap((node) => boxesOf(node, colors))) {
      const r = toMinimap(frame, box);
      let path = paths.get(fill);
      if (!path) paths.set(fill, (path = new Path2D()));
      // At this scale a card is a few pixels: at least one, or small maps lose their cards.
      path.rect(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
    }
    for (const [fill, path] of paths) {
      context.fillStyle = fill;
      context.fill(path);
    }
  }
}
