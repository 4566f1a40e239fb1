import { useMemo, useState } from 'react';
import type { Point } from '../changes.ts';
import { nodeId, type JourneyLayout, type JourneyNode } from '../layout.ts';
import { cardNodeAt } from './cardAt.ts';
import { overviewNodes, sheetNode } from './overviewNodes.ts';

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
}

/**
 * The nodes React Flow gets: as they are, or, far away, with the cards drawn on the sheet
 * except the live ones. The card under the pointer is live, so pressing it drags it and
 * double-clicking edits it as anywhere else; `onPointer` keeps track of it.
 */
export function useOverview({ far, layout, nodes, selected, peerSelected, editingCardId, dimmed }: OverviewInput) {
  const [hovered, setHovered] = useState<string | null>(null);
  const held = useSameSet(far ? [...selected, ...peerSelected, ...(editingCardId ? [nodeId.card(editingCardId)] : [])] : []);
  const live = useMemo(() => (hovered && far && !held.has(hovered) ? new Set([...held, hovered]) : held), [held, hovered, far]);
  const hiddenCopies = useMemo(() => new WeakMap<JourneyNode, JourneyNode>(), []);
  // The card under the pointer stays on the sheet too, under its node, which looks the same:
  // moving the pointer over a map of thousands of cards then redraws nothing.
  const sheet = useMemo(() => (far ? sheetNode(layout, held, dimmed) : null), [far, layout, held, dimmed]);
  const shown = useMemo(() => (sheet ? overviewNodes(nodes, sheet, live, hiddenCopies) : nodes), [sheet, nodes, live, hiddenCopies]);

  /** Follows the pointer over the map; not while a button is down, so a drag or pan keeps its card. */
  const onPointer = (point: Point | null, buttons: number) => {
    if (!far || buttons !== 0) return;
    setHovered(point ? (cardNodeAt(layout, point)?.id ?? null) : null);
  };
  return { nodes: shown, live, onPointer };
}

/** The same set object for as long as its members stay the same, so what depends on it does not recompute. */
function useSameSet(ids: string[]): ReadonlySet<string> {
  const [current, setCurrent] = useState<ReadonlySet<string>>(() => new Set(ids));
  const next = new Set(ids);
  if (next.size === current.size && ids.every((id) => current.has(id))) return current;
  setCurrent(next);
  return next;
}
