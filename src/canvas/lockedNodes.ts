import type { JourneyNode } from './layout.ts';

/** The record a stage, lane or card node draws, or null for any other node. */
function recordOf(node: JourneyNode): string | null {
  if (node.type === 'stage') return node.data.stage.id;
  if (node.type === 'lane') return node.data.lane.id;
  if (node.type === 'card') return node.data.card.id;
  return null;
}

/**
 * The map's nodes with the locked ones held in place for someone who does not lead the
 * workshop: React Flow does not let them be dragged. Unlocked nodes keep their identity, so
 * React Flow sees no change in them.
 */
export function heldInPlace(nodes: JourneyNode[], { locked, leads }: { locked: ReadonlySet<string>; leads: boolean }): JourneyNode[] {
  if (leads || locked.size === 0) return nodes;
  return nodes.map((node) => {
    const id = recordOf(node);
    return id !== null && locked.has(id) ? { ...node, draggable: false } : node;
  });
}
