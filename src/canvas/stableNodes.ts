import type { Edge } from '@xyflow/react';
import type { JourneyNode } from './layout.ts';

function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1));
}

function sameNode(a: JourneyNode, b: JourneyNode): boolean {
  if (a === b) return true;
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    sameValue(a.data, b.data, 4)
  );
}

/**
 * Every board read makes new objects; this hands back the previous node object wherever
 * nothing about a node changed, so memoised node components skip re-rendering and a remote
 * edit re-renders only the nodes it touched.
 */
export function reuseUnchanged(previous: readonly JourneyNode[], next: JourneyNode[]): JourneyNode[] {
  if (previous.length === 0) return next;
  // Nodes mostly keep their place in the list: the lookup is built only once one has moved.
  let byId: Map<string, JourneyNode> | null = null;
  let changed = previous.length !== next.length;
  const out = next.map((node, i) => {
    const there = previous[i];
    const old = there?.id === node.id ? there : (byId ??= new Map(previous.map((n) => [n.id, n]))).get(node.id);
    if (old && sameNode(old, node)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return node;
  });
  return changed ? out : (previous as JourneyNode[]);
}

/**
 * The previous connectors when none changed. Every layout builds a new edge list, and React
 * Flow takes a new list as an update that every node re-checks, even when it is empty.
 */
export function reuseUnchangedEdges(previous: readonly Edge[], next: Edge[]): Edge[] {
  const same = previous.length === next.length && next.every((edge, i) => sameValue(edge, previous[i], 3));
  return same ? (previous as Edge[]) : next;
}
