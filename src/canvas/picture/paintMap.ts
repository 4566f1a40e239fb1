import type { Rect } from '@xyflow/react';
import type { JourneyLayout, JourneyNode } from '../layout.ts';
import type { Brush } from './brush.ts';
import { paintBlueprintLine } from './paintBlueprint.ts';
import { paintCard } from './paintCard.ts';
import { paintConnectorLabels, paintConnectors } from './paintConnectors.ts';
import { paintCells, paintEmotion } from './paintGrid.ts';
import { paintLane, paintStage } from './paintHeaders.ts';
import { paintNote } from './paintNote.ts';

/** Space around the map in a picture of it, in map units. */
export const PICTURE_MARGIN = 40;

/** The box around everything on the map (grid and notes), with the picture's margin. */
export function pictureBounds(layout: JourneyLayout): Rect {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of layout.nodes) {
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + (node.width ?? 0));
    bottom = Math.max(bottom, node.position.y + (node.height ?? 0));
  }
  if (left > right) return { x: -PICTURE_MARGIN, y: -PICTURE_MARGIN, width: 2 * PICTURE_MARGIN, height: 2 * PICTURE_MARGIN };
  return { x: left - PICTURE_MARGIN, y: top - PICTURE_MARGIN, width: right - left + 2 * PICTURE_MARGIN, height: bottom - top + 2 * PICTURE_MARGIN };
}

export interface MapPaintOptions {
  /** Cards the filter puts in the background. */
  dimmed: ReadonlySet<string> | null;
  /** Paints a part faded, as CSS opacity fades an element as a whole. */
  faded(box: Rect, paint: (brush: Brush) => void): void;
}

/**
 * The whole journey map drawn from its layout, in map units, in the order the canvas stacks
 * it: cells, then the lanes and stage headers, the connectors, the cards, the notes, and the
 * connectors' labels on top.
 */
export function paintMap(brush: Brush, layout: JourneyLayout, { dimmed, faded }: MapPaintOptions): void {
  paintCells(brush, layout.cells);
  const cards: Extract<JourneyNode, { type: 'card' }>[] = [];
  const notes: Extract<JourneyNode, { type: 'note' }>[] = [];
  for (const node of layout.nodes) {
    const { x, y } = node.position;
    if (node.type === 'stage') paintStage(brush, node.data.stage, node.data.index, node.data.metrics, x, y, node.width!, node.height!);
    else if (node.type === 'lane') paintLane(brush, node.data.lane, x, y, node.width!, node.height!);
    else if (node.type === 'emotion') paintEmotion(brush, node.data, x, y, node.width!);
    else if (node.type === 'blueprintLine') paintBlueprintLine(brush, node.data, x, y, node.width!, node.height!);
    else if (node.type === 'card') cards.push(node);
    else if (node.type === 'note') notes.push(node);
  }
  paintConnectors(brush, layout.edges);
  for (const { data, position, width, height } of cards) {
    const paint = (on: Brush) => paintCard(on, data.card, data.laneKind, position.x, position.y, height!);
    if (dimmed?.has(data.card.id)) faded({ x: position.x, y: position.y, width: width!, height: height! }, paint);
    else paint(brush);
  }
  for (const { data, position, height } of notes) paintNote(brush, data.note, position.x, position.y, height!);
  paintConnectorLabels(brush, layout.edges);
}
