import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { JourneyLayout } from '../layout.ts';
import { cardNodesInside } from './cardAt.ts';

interface Props {
  far: boolean;
  layout: JourneyLayout;
  live: ReadonlySet<string>;
  onSelect(nodeIds: string[]): void;
}

/**
 * React Flow's selection box passes over hidden nodes, so far away it would miss every card
 * drawn on the sheet. This adds the sheet's cards that the box wholly covers to the selection;
 * selected, they become live nodes, and from then on React Flow's box keeps or drops them itself.
 * Render inside <ReactFlow>.
 */
export function OverviewBoxSelect({ far, layout, live, onSelect }: Props) {
  const rect = useStore((state) => (state.userSelectionActive ? state.userSelectionRect : null));
  const store = useStoreApi();
  useEffect(() => {
    if (!far || !rect) return;
    const [tx, ty, zoom] = store.getState().transform;
    const box = { x: (rect.x - tx) / zoom, y: (rect.y - ty) / zoom, width: rect.width / zoom, height: rect.height / zoom };
    const covered = cardNodesInside(layout, box).filter((node) => !live.has(node.id));
    if (covered.length > 0) onSelect(covered.map((node) => node.id));
  }, [far, rect, layout, live, store, onSelect]);
  return null;
}
