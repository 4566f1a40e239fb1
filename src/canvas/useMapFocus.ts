import { useImperativeHandle, type Ref } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import { nodeId, type JourneyLayout, type JourneyNode } from './layout.ts';

/** What the canvas offers the page around it: bringing one record into view (a comment's target). */
export interface MapFocus {
  /** Brings the stage, lane, card or note into view and selects a card or note; false when the map has none of that id or is not ready. */
  focus(recordId: string): boolean;
}

/** A lane is shown from its header across this much of the map, or the whole map if narrower. */
const LANE_SPAN = 1400;

export function useMapFocus(ref: Ref<MapFocus> | undefined, layout: JourneyLayout, flow: ReactFlowInstance<JourneyNode>, selectOnly: (ids: Iterable<string>) => void): void {
  useImperativeHandle(
    ref,
    () => ({
      focus(recordId) {
        // Until React Flow has its viewport, a move would be lost under the opening view.
        if (!flow.viewportInitialized) return false;
        const column = layout.columns.find((c) => c.stageId === recordId);
        if (column) {
          void flow.fitBounds({ x: column.x, y: 0, width: column.width, height: layout.height }, { padding: 0.08, duration: 300 });
          return true;
        }
        const row = layout.rows.find((r) => r.laneId === recordId);
        if (row) {
          const header = layout.nodes.find((n) => n.id === nodeId.lane(recordId));
          const x = header?.position.x ?? 0;
          void flow.fitBounds({ x, y: row.y, width: Math.min(layout.width - x, LANE_SPAN), height: row.height }, { padding: 0.08, duration: 300 });
          return true;
        }
        const node = layout.nodes.find((n) => n.id === nodeId.card(recordId) || n.id === nodeId.note(recordId));
        if (!node) return false;
        const width = node.width ?? 0;
        const height = node.height ?? 0;
        // Close enough to read the card, never further out than the view already is.
        void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
        selectOnly([node.id]);
        return true;
      },
    }),
    [layout, flow, selectOnly],
  );
}
