import type { MapGrid } from '../pdf/mapGrid.ts';
import type { JourneyLayout } from './layout.ts';
import { NOTE } from './metrics.ts';

/** The map's grid as the report reads sticky notes against it: where each column and row is on the canvas. */
export function mapGridOf(layout: JourneyLayout): MapGrid {
  return {
    columns: layout.columns.map((c) => ({ stageId: c.stageId, x: c.x, width: c.width })),
    rows: layout.rows.map((r) => ({ laneId: r.laneId, y: r.y, height: r.height })),
    note: { width: NOTE.width, height: NOTE.minHeight },
  };
}
