import { cssToken } from '../../ui/cssToken.ts';
import type { JourneyNode } from '../layout.ts';
import { MINIMAP_SIZE, toMinimap, type MinimapFrame } from './minimapFrame.ts';

const token = (name: string) => cssToken(document.documentElement, name);

function fillOf(node: JourneyNode, colors: Record<string, string>): string {
  switch (node.type) {
    case 'cell':
      return node.data.empty ? colors.sunken! : colors.cell!;
    case 'note':
      return colors.note!;
    case 'card':
      return colors.card!;
    default:
      return colors.header!;
  }
}

/**
 * Draws every node of the map, cards included, as flat rectangles on one canvas: ten thousand
 * rectangles take a few milliseconds here, where as SVG elements they were ten thousand DOM
 * nodes to lay out and repaint. Cells first, so cards sit on them.
 */
export function drawMinimap(canvas: HTMLCanvasElement, nodes: readonly JourneyNode[], frame: MinimapFrame): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(MINIMAP_SIZE.width * ratio);
  canvas.height = Math.round(MINIMAP_SIZE.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = token('--surface');
  context.fillRect(0, 0, MINIMAP_SIZE.width, MINIMAP_SIZE.height);
  const colors = { sunken: token('--sunken'), cell: token('--tint-blue'), note: token('--edge-amber'), card: token('--edge-slate'), header: token('--line-strong') };
  const layers = [nodes.filter((n) => n.type !== 'card' && n.type !== 'note'), nodes.filter((n) => n.type === 'card'), nodes.filter((n) => n.type === 'note')];
  for (const layer of layers) {
    for (const node of layer) {
      const r = toMinimap(frame, { x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 });
      context.fillStyle = fillOf(node, colors);
      // At this scale a card is a few pixels: at least one, or small maps lose their cards.
      context.fillRect(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
    }
  }
}
