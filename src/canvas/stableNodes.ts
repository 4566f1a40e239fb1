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

/** The nodes of the last layout, and the nodes handed out for them: the same ids, in the same order. */
export interface HandedOut {
  laidOut: readonly JourneyNode[];
  shown: readonly JourneyNode[];
}

/**
 * Hands back the node object shown before wherever nothing about a node changed, so memoised
 * node components skip re-rendering and a remote edit re-renders only the nodes it touched.
 * A node the layout gave back as the same object (layout.ts keeps unchanged cards' nodes) is
 * unchanged without a look inside. The others are compared field by field: the layout builds
 * headers and cells anew, and the nodes first shown may come from another read of the board
 * (the preview), whose objects the layout never gives back.
 */
export function reuseUnchanged(previous: HandedOut, next: JourneyNode[]): JourneyNode[] {
  const { laidOut, shown } = previous;
  if (shown.length === 0) return next;
  // Nodes mostly keep their place in the list: the lookup is built only once one has moved.
  let indexById: Map<string, number> | null = null;
  let changed = shown.length !== next.length;
  const out = next.map((node, i) => {
    const j = laidOut[i]?.id === node.id ? i : (indexById ??= new Map(laidOut.map((n, k) => [n.id, k]))).get(node.id);
    const old = j === undefined ? undefined : shown[j];
    if (old && (laidOut[j!] === node || sameNode(old, node))) {
      if (j !== i) changed = true;
      return old;
    }
    changed = true;
    return node;
  });
  return changed ? out : (shown as JourneyNode[]);
}

/**
 * The previous connectors when none changed. Every layout builds a new edge list, and React
 * Flow takes a new list as an update that every node re-checks, even when it is empty.
 */
export function reuseUnchangedEdges(previous: readonly Edge[], next: Edge[]): Edge[] {
  const same = previous.length === next.length && next.every((edge, i) => sameValue(edge, previous[i], 3));
  return same ? (previous as Edge[]) : next;
}
