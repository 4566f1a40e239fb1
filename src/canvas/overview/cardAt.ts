import type { Rect } from '@xyflow/react';
import { cellAt, type Point } from '../changes.ts';
import { nodeId, type JourneyLayout, type JourneyNode } from '../layout.ts';

type CardNode = Extract<JourneyNode, { type: 'card' }>;

/** Each layout's cards by cell, built on first use: the pointer asks on every move. */
const cardsByCell = new WeakMap<JourneyLayout, Map<string, CardNode[]>>();

function cellCards(layout: JourneyLayout): Map<string, CardNode[]> {
  let byCell = cardsByCell.get(layout);
  if (!byCell) {
    byCell = new Map();
    for (const node of layout.nodes) {
      if (node.type !== 'card') continue;
      const key = nodeId.cell(node.data.card.stageId, node.data.card.laneId);
      const cards = byCell.get(key);
      if (cards) cards.push(node);
      else byCell.set(key, [node]);
    }
    cardsByCell.set(layout, byCell);
  }
  return byCell;
}

const contains = (node: JourneyNode, point: Point) =>
  point.x >= node.position.x && point.x < node.position.x + (node.width ?? 0) && point.y >= node.position.y && point.y < node.position.y + (node.height ?? 0);

/** The card under a point of the map, or null. */
export function cardNodeAt(layout: JourneyLayout, point: Point): CardNode | null {
  const cell = cellAt(layout, point);
  if (!cell) return null;
  return cellCards(layout).get(nodeId.cell(cell.stageId, cell.laneId))?.find((node) => contains(node, point)) ?? null;
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
