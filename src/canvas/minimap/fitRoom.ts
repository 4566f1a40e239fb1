import { getNodesBounds, getViewportForBounds, useStore, type FitViewOptions, type Rect } from '@xyflow/react';
import { useMemo } from 'react';
import { FIT_VIEW } from '../firstViewport.ts';
import type { JourneyNode } from '../layout.ts';
import { sideColumnWidth } from '../sideColumn.ts';
import { minimapSize } from './minimapFrame.ts';
import { useMinimapShown } from './useMinimapShown.ts';

export type Padding = NonNullable<FitViewOptions['padding']>;
type Sides = { top: number; right: number; bottom: number; left: number };

/** React Flow's margin around a panel (.react-flow__panel), CSS pixels. */
const PANEL_MARGIN = 15;

const inPixels = (sides: Sides): Padding => ({ top: `${sides.top}px`, right: `${sides.right}px`, bottom: `${sides.bottom}px`, left: `${sides.left}px` });

/**
 * The padding that fits a map of `bounds` into the pane: `ratio` of the pane as React Flow pads
 * a fit, and, while the minimap is shown in the bottom-left corner, room above it or beside it,
 * whichever leaves the map larger (a wide map goes above it, a tall one beside it). The fitted
 * map then never lies under the minimap: not a lane header, not a cell's "+ Add card". Nor
 * under a column `coveredRight` pixels wide over the pane's right edge (sideColumn.ts).
 */
export function fitPadding(bounds: Rect, pane: { width: number; height: number }, minimapShown: boolean, ratio: number, maxZoom: number, coveredRight = 0): Padding {
  const edge = (length: number) => Math.floor((length - length / (1 + ratio)) / 2);
  const usual = { top: edge(pane.height), right: Math.max(edge(pane.width), coveredRight > 0 ? coveredRight + PANEL_MARGIN : 0), bottom: edge(pane.height), left: edge(pane.width) };
  if (!minimapShown) return inPixels(usual);
  const minimap = minimapSize(bounds);
  const above = { ...usual, bottom: Math.max(usual.bottom, minimap.height + 2 * PANEL_MARGIN) };
  const beside = { ...usual, left: Math.max(usual.left, minimap.width + 2 * PANEL_MARGIN) };
  const zoom = (sides: Sides) => getViewportForBounds(bounds, pane.width, pane.height, 0, maxZoom, inPixels(sides)).zoom;
  return inPixels(zoom(above) >= zoom(beside) ? above : beside);
}

/**
 * How the map is fitted (the fit-view button and command, the view a map opens at): with room
 * for the minimap while it is shown. `paddingFor` serves the opening view, worked out before
 * React Flow has measured its pane; `now` the fit-view button and command, left of any side
 * column open at that moment.
 */
export function useMapFit(nodes: readonly JourneyNode[]): {
  options: FitViewOptions<JourneyNode>;
  now(): FitViewOptions<JourneyNode>;
  paddingFor(bounds: Rect, pane: { width: number; height: number }): Padding;
} {
  const [shown] = useMinimapShown();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  // Cards lie inside their cells: the map's extent is found without them, as the minimap finds it.
  const bounds = useMemo(() => getNodesBounds(nodes.filter((node) => node.type !== 'card')), [nodes]);
  return useMemo(
    () => ({
      options: { maxZoom: FIT_VIEW.maxZoom, padding: fitPadding(bounds, { width, height }, shown, FIT_VIEW.padding, FIT_VIEW.maxZoom) },
      now: () => ({ maxZoom: FIT_VIEW.maxZoom, padding: fitPadding(bounds, { width, height }, shown, FIT_VIEW.padding, FIT_VIEW.maxZoom, sideColumnWidth()) }),
      paddingFor: (fitted: Rect, pane: { width: number; height: number }) => fitPadding(fitted, pane, shown, FIT_VIEW.padding, FIT_VIEW.maxZoom),
    }),
    [bounds, width, height, shown],
  );
}
