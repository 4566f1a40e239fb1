import { useImperativeHandle, type Ref } from 'react';
import { useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { nodeId, type JourneyLayout, type JourneyNode } from './layout.ts';

/** What the canvas offers the page around it: bringing one record into view (a comment's target). */
export interface MapFocus {
  /**
   * Brings the stage, lane, card or note into view, in the part of the map left of `coveredRight`
   * pixels (a panel over the map's right edge), and selects a card or note. False when the map
   * has no record of that id, or is not ready yet.
   */
  focus(recordId: string, coveredRight?: number): boolean;
}

/** A lane is shown from its header across this much of the map, or the whole map if narrower. */
const LANE_SPAN = 1400;
/** Room around what is shown, as a share of the view. */
const PADDING = 0.08;
const DURATION = 300;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function useMapFocus(ref: Ref<MapFocus> | undefined, layout: JourneyLayout, flow: ReactFlowInstance<JourneyNode>, selectOnly: (ids: Iterable<string>) => void): void {
  const store = useStoreApi<JourneyNode>();
  useImperativeHandle(
    ref,
    () => {
      /** Shows `box` whole where it fits, never closer than 100%: a small board is not blown up. */
      const show = (box: Box, coveredRight: number) => {
        const { width, height } = store.getState();
        const visible = Math.max(width - coveredRight, width / 3);
        const fit = Math.min(visible / (box.width * (1 + 2 * PADDING)), height / (box.height * (1 + 2 * PADDING)));
        const zoom = Math.min(1, fit);
        // The centre of the part of the map left uncovered, in flow units from the view's centre.
        const shift = (width - visible) / 2 / zoom;
        void flow.setCenter(box.x + box.width / 2 + shift, box.y + box.height / 2, { zoom, duration: DURATION });
      };
      return {
        focus(recordId, coveredRight = 0) {
          // Until React Flow has its viewport, a move would be lost under the opening view.
          if (!flow.viewportInitialized) return false;
          const column = layout.columns.find((c) => c.stageId === recordId);
          if (column) {
            show({ x: column.x, y: 0, width: column.width, height: layout.height }, coveredRight);
            return true;
          }
          const row = layout.rows.find((r) => r.laneId === recordId);
          if (row) {
            const header = layout.nodes.find((n) => n.id === nodeId.lane(recordId));
            const x = header?.position.x ?? 0;
            show({ x, y: row.y, width: Math.min(layout.width - x, LANE_SPAN), height: row.height }, coveredRight);
            return true;
          }
          const node = layout.nodes.find((n) => n.id === nodeId.card(recordId) || n.id === nodeId.note(recordId));
          if (!node) return false;
          // A card or note fits many times over: it is shown at 100%, where its text reads.
          show({ x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 }, coveredRight);
          selectOnly([node.id]);
          return true;
        },
      };
    },
    [layout, flow, selectOnly, store],
  );
}
