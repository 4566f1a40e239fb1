import type { Node } from '@xyflow/react';
import type { JourneyLayout, JourneyNode } from '../layout.ts';
import type { SheetCard } from './sheetShapes.ts';

export interface CardSheetData extends Record<string, unknown> {
  cards: readonly SheetCard[];
}

export type CardSheetNode = Node<CardSheetData, 'cardSheet'>;

export const SHEET_NODE_ID = 'sheet:cards';

/*
 * Far away, a map of thousands of cards as thousands of DOM nodes costs seconds to build and a
 * repaint of every card on each frame of a pan. There, the cards are drawn on one canvas (the
 * sheet), and only the "live" ones — under the pointer, selected here or by someone else, or
 * being edited — stay real nodes, which React Flow drags, selects and connects as before.
 */

/** The sheet: one node over the whole grid, under the cards and above the cells, drawing every card but the `held` ones. */
export function sheetNode(layout: JourneyLayout, held: ReadonlySet<string>, dimmed: ReadonlySet<string> | null): CardSheetNode {
  const cards: SheetCard[] = [];
  for (const node of layout.nodes) {
    if (node.type !== 'card' || held.has(node.id)) continue;
    const { card } = node.data;
    cards.push({ x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0, color: card.color, dimmed: dimmed?.has(card.id) ?? false });
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
    data: { cards },
  };
}

/**
 * The nodes React Flow gets in the overview: the sheet first (so cards, later in the same
 * layer, sit above it), then every node, with the cards that are not live hidden. A hidden
 * card keeps one object for as long as its node does, so React Flow sees it unchanged.
 */
export function overviewNodes(nodes: readonly JourneyNode[], sheet: CardSheetNode, live: ReadonlySet<string>, hiddenCopies: WeakMap<JourneyNode, JourneyNode>): JourneyNode[] {
  const shown: JourneyNode[] = [sheet];
  for (const node of nodes) {
    if (node.type !== 'card' || live.has(node.id)) {
      shown.push(node);
      continue;
    }
    let hidden = hiddenCopies.get(node);
    if (!hidden) {
      hidden = { ...node, hidden: true };
      hiddenCopies.set(node, hidden);
    }
    shown.push(hidden);
  }
  return shown;
}
