import type { Edge, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { ConnectorEdge, JourneyLayout, JourneyNode } from './layout.ts';
import { reuseUnchanged, reuseUnchangedEdges } from './stableNodes.ts';

/**
 * The nodes React Flow shows: the layout's, plus what is only on this screen — where the nodes
 * being dragged are right now, and which nodes are selected. Neither is stored in the document.
 */
export function useCanvasNodes(layout: JourneyLayout) {
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition>>(new Map());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The previous render's nodes, adjusted during render when the layout changes (React's
  // pattern for deriving state from the previous render), so unchanged nodes keep their identity.
  const [reused, setReused] = useState(() => ({ layout, nodes: layout.nodes, edges: layout.edges }));
  let stable = reused.nodes;
  let stableEdges = reused.edges;
  if (reused.layout !== layout) {
    stable = reuseUnchanged({ laidOut: reused.layout.nodes, shown: reused.nodes }, layout.nodes);
    stableEdges = reuseUnchangedEdges(reused.edges, layout.edges) as ConnectorEdge[];
    setReused({ layout, nodes: stable, edges: stableEdges });
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

  // React Flow may report node and edge changes one after the other within one event, so every
  // update builds on the latest state, never on the value of the last render.
  const onNodesChange = useCallback((changes: NodeChange<JourneyNode>[]) => {
    const moves = changes.filter((c) => c.type === 'position' && c.position && c.dragging);
    const picks = changes.filter((c) => c.type === 'select');
    if (moves.length) {
      setDragging((previous) => {
        const next = new Map(previous);
        for (const change of moves) {
          if (change.type !== 'position' || !change.position) continue;
          // Stage headers slide sideways and lane headers up and down: they reorder, not wander.
          const kind = change.id.slice(0, change.id.indexOf(':'));
          const { x, y } = change.position;
          next.set(change.id, kind === 'stage' ? { x, y: 0 } : kind === 'lane' ? { x: 0, y } : { x, y });
        }
        return next;
      });
    }
    if (picks.length) setSelected((previous) => applySelection(previous, picks));
  }, []);

  // Connectors are selected through the same set as nodes, so one Delete removes both.
  const edges = useMemo(
    () => (stableEdges.some((edge) => selected.has(edge.id)) ? stableEdges.map((edge) => (selected.has(edge.id) ? { ...edge, selected: true } : edge)) : stableEdges),
    [stableEdges, selected],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<Edge>[]) => {
    const picks = changes.filter((c) => c.type === 'select');
    if (picks.length) setSelected((previous) => applySelection(previous, picks));
  }, []);

  const endDrag = useCallback(() => setDragging(new Map()), []);
  const selectOnly = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  const changeSelection = useCallback((add: readonly string[], remove: readonly string[]) => {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of add) next.add(id);
      for (const id of remove) next.delete(id);
      return next;
    });
  }, []);

  return { nodes, onNodesChange, edges, onEdgesChange, endDrag, selected, selectOnly, changeSelection };
}

function applySelection(previous: ReadonlySet<string>, picks: { type: string; id: string; selected?: boolean }[]): ReadonlySet<string> {
  const next = new Set(previous);
  for (const pick of picks) {
    if (pick.selected) next.add(pick.id);
    else next.delete(pick.id);
  }
  return next;
}
