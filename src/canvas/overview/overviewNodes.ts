import type { Node } from '@xyflow/react';
import type { Card, Lane, LaneKind } from '../../model/index.ts';
import type { JourneyLayout, JourneyNode } from '../layout.ts';
import type { SheetCard } from './sheetShapes.ts';

/** One lane row of the sheet: its lane, where the row is on the map, and its cards placed relative to the row's top left. */
export interface SheetRow {
  laneId: string;
  lane: Pick<Lane, 'kind' | 'title'>;
  y: number;
  height: number;
  cards: readonly SheetCard[];
}

export interface CardSheetData extends Record<string, unknown> {
  rows: readonly SheetRow[];
}

export type CardSheetNode = Node<CardSheetData, 'cardSheet'>;

export const SHEET_NODE_ID = 'sheet:cards';

/*
 * Far away, a map of thousands of cards as thousands of DOM nodes costs seconds to build and a
 * repaint of every card on each frame of a pan. There, the cards are drawn on one node, the
 * sheet, with a canvas per lane row, and only the "live" ones — under the pointer, selected
 * here or by someone else, being edited, or joined by a connector — stay real nodes, which
 * React Flow drags, selects and connects as before.
 */

/**
 * The sheet: one node over the whole grid, under the cards and above the cells, drawing every
 * card but the `held` ones on a canvas per lane row. A canvas per row, because a card that
 * makes its row taller moves every row below: their canvases then only move, and just the one
 * row is painted again. One node, because it always overlaps the view, so React Flow never
 * culls it and nothing of it mounts in the middle of a pan.
 */
export function sheetNode(layout: JourneyLayout, held: ReadonlySet<string>, dimmed: ReadonlySet<string> | null): CardSheetNode {
  const rows = new Map(layout.rows.map((row) => [row.laneId, { laneId: row.laneId, lane: { kind: 'touchpoints' as LaneKind, title: '' }, y: row.y, height: row.height, cards: [] as SheetCard[] }]));
  for (const node of layout.nodes) {
    if (node.type === 'lane') {
      const row = rows.get(node.data.lane.id);
      if (row) row.lane = { kind: node.data.lane.kind, title: node.data.lane.title };
    }
    if (node.type !== 'card' || held.has(node.id)) continue;
    const { card, laneKind } = node.data;
    const row = rows.get(card.laneId);
    row?.cards.push(sheetCard(card, laneKind, node.position.x, node.position.y - row.y, node.width ?? 0, node.height ?? 0, dimmed?.has(card.id) ?? false));
  }
  return {
    id: SHEET_NODE_ID,
    type: 'cardSheet',
    position: { x: 0, y: 0 },
    width: layout.width,
    height: layout.height,
    measured: { width: layout.width, height: layout.height },
    handles: [],
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    deletable: false,
    data: { rows: [...rows.values()].filter((row) => row.cards.length > 0) },
  };
}

/**
 * Sheet cards by card object, kept while the card is drawn the same within its row. A row whose
 * cards all stayed (say, a row pushed down by the one above) then has the very same cards, and
 * its canvas is neither rendered nor compared card by card (CardSheet.tsx).
 */
const knownSheetCards = new WeakMap<Card, SheetCard>();

function sheetCard(card: Card, kind: LaneKind, x: number, y: number, width: number, height: number, dimmed: boolean): SheetCard {
  const known = knownSheetCards.get(card);
  if (known && known.x === x && known.y === y && known.width === width && known.height === height && known.kind === kind && known.dimmed === dimmed) return known;
  const drawn = { id: card.id, x, y, width, height, color: card.color, kind, dimmed };
  knownSheetCards.set(card, drawn);
  return drawn;
}

/**
 * The nodes React Flow gets in the overview: the sheet first (so cards, later in the same
 * layer, sit above it), then every node but the cards that are not live. Those are left out,
 * not hidden: far away React Flow draws every node it is given while they are few (no
 * culling, so nothing mounts in the middle of a pan or zoom), and a hidden node would still
 * cost it a component.
 */
export function overviewNodes(nodes: readonly JourneyNode[], sheet: CardSheetNode, live: ReadonlySet<string>): JourneyNode[] {
  const shown: JourneyNode[] = [sheet];
  for (const node of nodes) {
    if (node.type !== 'card' || live.has(node.id)) shown.push(node);
  }
  return shown;
}
