import type { Node } from '@xyflow/react';
import type { JourneyLayout, JourneyNode } from '../layout.ts';
import type { SheetCard } from './sheetShapes.ts';

export interface CardSheetData extends Record<string, unknown> {
  /** The lane row's cards, placed relative to the row's top left. */
  cards: readonly SheetCard[];
  laneTitle: string;
  /** The whole map's size: every row's sheet is drawn at the resolution the whole map allows. */
  map: { width: number; height: number };
}

export type CardSheetNode = Node<CardSheetData, 'cardSheet'>;

export const sheetNodeId = (laneId: string) => `sheet:${laneId}`;

/*
 * Far away, a map of thousands of cards as thousands of DOM nodes costs seconds to build and a
 * repaint of every card on each frame of a pan. There, the cards are drawn on canvases, one
 * per lane row (the sheets), and only the "live" ones — under the pointer, selected here or by
 * someone else, being edited, or joined by a connector — stay real nodes, which React Flow
 * drags, selects and connects as before.
 */

/**
 * The sheets: one node per lane row that has cards to draw, as wide as the grid and as tall as
 * the row, under the cards and above the cells; each draws its row's cards but the `held` ones.
 * A row of its own, because a card that makes its row taller moves every row below: their
 * sheets then only move, and just the one row is painted again.
 */
export function sheetNodes(layout: JourneyLayout, held: ReadonlySet<string>, dimmed: ReadonlySet<string> | null): CardSheetNode[] {
  const rows = new Map(layout.rows.map((row) => [row.laneId, { row, cards: [] as SheetCard[], title: '' }]));
  for (const node of layout.nodes) {
    if (node.type === 'lane') {
      const entry = rows.get(node.data.lane.id);
      if (entry) entry.title = node.data.lane.title;
    }
    if (node.type !== 'card' || held.has(node.id)) continue;
    const { card } = node.data;
    const entry = rows.get(card.laneId);
    entry?.cards.push({ id: card.id, x: node.position.x, y: node.position.y - entry.row.y, width: node.width ?? 0, height: node.height ?? 0, color: card.color, dimmed: dimmed?.has(card.id) ?? false });
  }
  const map = { width: layout.width, height: layout.height };
  return [...rows.values()]
    .filter((entry) => entry.cards.length > 0)
    .map(({ row, cards, title }) => ({
      id: sheetNodeId(row.laneId),
      type: 'cardSheet',
      position: { x: 0, y: row.y },
      width: layout.width,
      height: row.height,
      measured: { width: layout.width, height: row.height },
      handles: [],
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      data: { cards, laneTitle: title, map },
    }));
}

/**
 * The nodes React Flow gets in the overview: the sheets first (so cards, later in the same
 * layer, sit above them), then every node but the cards that are not live. Those are left out,
 * not hidden: far away React Flow draws every node it is given while they are few (no
 * culling, so nothing mounts in the middle of a pan or zoom), and a hidden node would still
 * cost it a component.
 */
export function overviewNodes(nodes: readonly JourneyNode[], sheets: readonly CardSheetNode[], live: ReadonlySet<string>): JourneyNode[] {
  const shown: JourneyNode[] = [...sheets];
  for (const node of nodes) {
    if (node.type !== 'card' || live.has(node.id)) shown.push(node);
  }
  return shown;
}
