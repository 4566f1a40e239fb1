import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLatestCallback } from '../../browser/useLatestCallback.ts';
import type { Point } from '../changes.ts';
import { nodeId, recordIdOf, type JourneyLayout, type JourneyNode } from '../layout.ts';
import { cardNodeAt } from './cardAt.ts';
import { overviewNodes, sheetNode } from './overviewNodes.ts';

/**
 * Far away React Flow gets only the live cards, so it can keep every node mounted and nothing
 * mounts in the middle of a pan or zoom. Select thousands of cards, though, or scatter
 * hundreds of notes, and there are many nodes again: past this many, culling is back.
 */
const MOUNT_ALL_NODES = 500;

/** Where the pointer is, on the screen and on the map, and the view (x, y, zoom) that relates the two. */
interface Pointer {
  screen: Point;
  flow: Point;
  view: number[];
}

interface OverviewInput {
  /** Whether the map is seen from far away, where cards are drawn on the sheet. */
  far: boolean;
  layout: JourneyLayout;
  /** The nodes as they would be shown without the sheet. */
  nodes: JourneyNode[];
  selected: ReadonlySet<string>;
  /** Node ids other people have selected. */
  peerSelected: ReadonlySet<string>;
  editingCardId: string | null;
  dimmed: ReadonlySet<string> | null;
  /** Where a point of the screen is on the map. */
  toFlow(screen: Point): Point;
  selectOnly(nodeIds: string[]): void;
}

/**
 * The nodes React Flow gets: as they are, or, far away, with the cards drawn on the sheet
 * except the live ones. The card under the pointer is live, so pressing it drags it as
 * anywhere else. It is found again whenever what lies under the pointer may have changed: the
 * pointer moved, the map changed, or the view moved under a still pointer.
 */
export function useOverview({ far, layout, nodes, selected, peerSelected, editingCardId, dimmed, toFlow, selectOnly }: OverviewInput) {
  const pointer = useRef<Pointer | null>(null);
  const viewport = useStoreApi();
  const [hovered, setHovered] = useState<string | null>(null);
  const findHovered = useLatestCallback(() => {
    let at = pointer.current;
    if (!far || !at) return setHovered(null);
    // The point of the map under a still pointer changes only when the view moves. Asked of the
    // screen on every edit, it made the browser lay out the page on the spot, after each change
    // of the map and before its frame.
    const view = viewport.getState().transform;
    if (view.some((value, i) => value !== at!.view[i])) pointer.current = at = { screen: at.screen, flow: toFlow(at.screen), view: [...view] };
    setHovered(cardNodeAt(layout, at.flow)?.id ?? null);
  });
  useEffect(() => findHovered(), [findHovered, layout, far]);

  // A connector needs both its cards as nodes, so connected cards are drawn apart as well.
  const connected = useMemo(() => layout.edges.flatMap((edge) => [edge.source, edge.target]), [layout.edges]);
  const held = useSameSet(far ? [...selected, ...peerSelected, ...connected, ...(editingCardId ? [nodeId.card(editingCardId)] : [])] : []);
  const live = useMemo(() => (hovered && far && !held.has(hovered) ? new Set([...held, hovered]) : held), [held, hovered, far]);
  // The card under the pointer stays on the sheet too, under its node, which looks the same:
  // moving the pointer over a map of thousands of cards then redraws nothing. Unless the
  // filter fades it: faded on the sheet and again as a node, it would look darker.
  const hoveredFaded = hovered !== null && (dimmed?.has(recordIdOf(hovered)) ?? false);
  const drawnApart = useMemo(() => (hoveredFaded ? live : held), [hoveredFaded, live, held]);
  const sheet = useMemo(() => (far ? sheetNode(layout, drawnApart, dimmed) : null), [far, layout, drawnApart, dimmed]);
  const shown = useMemo(() => (sheet ? overviewNodes(nodes, sheet, live) : nodes), [sheet, nodes, live]);

  return {
    nodes: shown,
    live,
    /** Whether React Flow may draw every node it has, unculled: far away, while they are few. */
    mountAll: far && shown.length <= MOUNT_ALL_NODES,
    /** Follows the pointer (screen coordinates); not while a button is down, so a drag or pan keeps its card. */
    onPointer(screen: Point | null, buttons: number) {
      if (buttons !== 0) return;
      pointer.current = screen && { screen, flow: toFlow(screen), view: [...viewport.getState().transform] };
      findHovered();
    },
    /** For React Flow's onMoveEnd: the map moved under a still pointer. */
    onViewMoved: findHovered,
    /** A tap, or a click with no move before it, lands on the background: it still picks the card there. */
    onBackgroundClick: useLatestCallback((screen: Point) => {
      const card = far ? cardNodeAt(layout, toFlow(screen)) : null;
      if (card) selectOnly([card.id]);
    }),
  };
}

/** The same set object for as long as its members stay the same, so what depends on it does not recompute. */
function useSameSet(ids: string[]): ReadonlySet<string> {
  const [current, setCurrent] = useState<ReadonlySet<string>>(() => new Set(ids));
  const next = new Set(ids);
  if (next.size === current.size && ids.every((id) => current.has(id))) return current;
  setCurrent(next);
  return next;
}
