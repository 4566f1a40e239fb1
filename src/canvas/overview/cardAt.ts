import type { Rect } from '@xyflow/react';
import { cellAt, type Point } from '../changes.ts';
import { indexByCell, type CellIndex } from '../cellIndex.ts';
import type { JourneyLayout, JourneyNode } from '../layout.ts';

type CardNode = Extract<JourneyNode, { type: 'card' }>;

/** Each layout's cards by cell, indexed on first use: the pointer asks on every move. */
const cardsByCell = new WeakMap<JourneyLayout, CellIndex<CardNode>>();

function cellCards(layout: JourneyLayout, stageId: string, laneId: string): CardNode[] | undefined {
  let index = cardsByCell.get(layout);
  if (!index) {
    index = indexByCell(layout.nodes.filter((node): node is CardNode => node.type === 'card'), (node) => node.data.card);
    cardsByCell.set(layout, index);
  }
  return index.get(stageId, laneId);
}

const contains = (node: JourneyNode, point: Point) =>
  point.x >= node.position.x && point.x < node.position.x + (node.width ?? 0) && point.y >= node.position.y && point.y < node.position.y + (node.height ?? 0);

/** The card under a point of the map, or null. */
export function cardNodeAt(layout: JourneyLayout, point: Point): CardNode | null {
  const cell = cellAt(layout, point);
  if (!cell) return null;
  return cellCards(layout, cell.stageId, cell.laneId)?.find((node) => contains(node, point)) ?? null;
}

/** The cards lying wholly inside a box of the map, as a selection box takes them. */
export function cardNodesInside(layout: JourneyLayout, box: Rect): CardNode[] {
  return layout.nodes.filter(
    (node): node is CardNode =>
      node.type === 'card' &&
      node.position.x >= box.x &&
      node.position.y >= box.y &&
      node.position.x + (node.width ?? 0) <= box.x + box.width &&
      node.position.y + (node.height ?? 0) <= box.y + box.height,
  );
}
