import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { JourneyLayout } from '../layout.ts';
import { cardNodesInside } from './cardAt.ts';

interface Props {
  far: boolean;
  layout: JourneyLayout;
  live: ReadonlySet<string>;
  onChange(add: string[], remove: string[]): void;
}

/**
 * React Flow's selection box sees only the nodes it has, and far away the cards drawn on the
 * sheet are not among them. This adds the sheet's cards the box wholly covers to the selection, and
 * takes them out again if the box shrinks off them: React Flow only drops the cards it has
 * itself seen inside the box. Render inside <ReactFlow>.
 */
export function OverviewBoxSelect({ far, layout, live, onChange }: Props) {
  const rect = useStore((state) => (state.userSelectionActive ? state.userSelectionRect : null));
  const store = useStoreApi();
  const added = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!rect) {
      added.current = new Set();
      return;
    }
    if (!far) return;
    const [tx, ty, zoom] = store.getState().transform;
    const box = { x: (rect.x - tx) / zoom, y: (rect.y - ty) / zoom, width: rect.width / zoom, height: rect.height / zoom };
    const covered = new Set(cardNodesInside(layout, box).map((node) => node.id));
    const add = [...covered].filter((id) => !live.has(id));
    const remove = [...added.current].filter((id) => !covered.has(id));
    added.current = new Set([...added.current, ...add].filter((id) => covered.has(id)));
    if (add.length > 0 || remove.length > 0) onChange(add, remove);
  }, [far, rect, layout, live, store, onChange]);
  return null;
}
