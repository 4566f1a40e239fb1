import type { Edge, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { JourneyLayout, JourneyNode } from './layout.ts';
import { reuseUnchanged } from './stableNodes.ts';

/**
 * The nodes React Flow shows: the layout's, plus what is only on this screen — where the nodes
 * being dragged are right now, and which nodes are selected. Neither is stored in the document.
 */
export function useCanvasNodes(layout: JourneyLayout) {
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition>>(new Map());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The previous render's nodes, adjusted during render when the layout changes (React's
  // pattern for deriving state from the previous render), so unchanged nodes keep their identity.
  const [reused, setReused] = useState(() => ({ layout, nodes: layout.nodes }));
  let stable = reused.nodes;
  if (reused.layout !== layout) {
    stable = reuseUnchanged(reused.nodes, layout.nodes);
    setReused({ layout, nodes: stable });
  }

  const nodes = useMemo(
    () =>
      stable.map((node) => {
        const position = dragging.get(node.id);
        const isSelected = selected.has(node.id);
        if (!position && !isSelected) return node;
        return { ...node, position: position ?? node.position, selected: isSelected, dragging: Boolean(position) };
      }),
    [stable, dragging, selected],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyNode>[]) => {
      let moved: Map<string, XYPosition> | null = null;
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position && change.dragging) {
          moved ??= new Map(dragging);
          // Stage headers slide sideways and lane headers up and down: they reorder, not wander.
          const kind = change.id.slice(0, change.id.indexOf(':'));
          let position = change.position;
          if (kind === 'stage') position = { x: position.x, y: 0 };
          else if (kind === 'lane') position = { x: 0, y: position.y };
          moved.set(change.id, position);
        } else if (change.type === 'select') {
          selection ??= new Set(selected);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (moved) setDragging(moved);
      if (selection) setSelected(selection);
    },
    [dragging, selected],
  );

  // Connectors are selected through the same set as nodes, so one Delete removes both.
  const edges = useMemo(() => layout.edges.map((edge) => (selected.has(edge.id) ? { ...edge, selected: true } : edge)), [layout.edges, selected]);
  const onEdgesChange = useCallback(
    (changes: EdgeChange<Edge>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length === 0) return;
      const next = new Set(selected);
      for (const change of picks) {
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      setSelected(next);
    },
    [selected],
  );

  const endDrag = useCallback(() => setDragging(new Map()), []);
  const selectOnly = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);

  return { nodes, onNodesChange, edges, onEdgesChange, endDrag, selected, selectOnly };
}
