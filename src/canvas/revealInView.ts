import { useStoreApi, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { JourneyLayout, JourneyNode } from './layout.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept between what is brought into view and the pane's edge, screen pixels. */
const MARGIN = 48;

/** The shift, one axis, that brings [start, start + length) inside [MARGIN, size - MARGIN]; its start first when it cannot all fit. */
function shiftInto(start: number, length: number, size: number): number {
  if (start < MARGIN) return MARGIN - start;
  const overflow = start + length - (size - MARGIN);
  return overflow > 0 ? -Math.min(overflow, start - MARGIN) : 0;
}

/**
 * The viewport that shows `rect` (flow units) whole in a pane of `pane` pixels, moved as little
 * as it must and at the same zoom; null when it is in view already. A thing one has just added
 * is shown where one was looking, not by a jump to a new view of the map.
 */
export function viewportRevealing(view: Viewport, pane: { width: number; height: number }, rect: Rect): Viewport | null {
  const dx = shiftInto(rect.x * view.zoom + view.x, rect.width * view.zoom, pane.width);
  const dy = shiftInto(rect.y * view.zoom + view.y, rect.height * view.zoom, pane.height);
  return dx === 0 && dy === 0 ? null : { x: view.x + dx, y: view.y + dy, zoom: view.zoom };
}

/**
 * Brings a node into view once the layout holds it: a stage or lane added at the map's end by a
 * press of the palette lies beyond the view until then. Returns what asks for it.
 */
export function useRevealAdded(layout: JourneyLayout, flow: ReactFlowInstance<JourneyNode>): (nodeId: string) => void {
  const store = useStoreApi<JourneyNode>();
  // A ref, not state: the add that asks re-renders the canvas with the layout that holds the node.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const node = pending.current === null ? undefined : layout.nodes.find((n) => n.id === pending.current);
    if (!node) return;
    pending.current = null;
    const { transform, width, height } = store.getState();
    const rect = { x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 };
    const next = viewportRevealing({ x: transform[0], y: transform[1], zoom: transform[2] }, { width, height }, rect);
    // At once, not eased: the view moves by no more than the node overflows it.
    if (next) void flow.setViewport(next);
  }, [layout, flow, store]);
  return useCallback((nodeId: string) => {
    pending.current = nodeId;
  }, []);
}
