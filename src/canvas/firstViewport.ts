import { getNodesBounds, getViewportForBounds, type FitViewOptions, type Rect, type Viewport } from '@xyflow/react';
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { JourneyNode } from './layout.ts';

/** Fitting never zooms past 100%: a small map stays at its natural, legible size. */
export const FIT_VIEW = { padding: 0.1, maxZoom: 1 };
export const MIN_ZOOM = 0.1;

/**
 * The view a map opens at: the whole map fitted, as the fit-view button fits it, worked out
 * from the layout before React Flow first renders. React Flow's own `fitView` first renders at
 * 100% and fits afterwards; on a big map that first render mounted every card in the top-left
 * corner (hundreds on a 10,000-card map) only to unmount them a moment later, when the fitted
 * view drew them on the overview sheet. `null` until the pane has been measured, which happens
 * before the first paint. An empty map opens at 100% and is `fitted` by React Flow once its
 * first stage or lane appears. `paddingFor` pads the fit as the fit-view button does.
 */
export function useFirstViewport(
  pane: RefObject<HTMLElement | null>,
  nodes: JourneyNode[],
  paddingFor: (bounds: Rect, pane: { width: number; height: number }) => NonNullable<FitViewOptions['padding']> = () => FIT_VIEW.padding,
): { viewport: Viewport; fitted: boolean } | null {
  const [first, setFirst] = useState<{ viewport: Viewport; fitted: boolean } | null>(null);
  useLayoutEffect(() => {
    if (first || !pane.current) return;
    const { width, height } = pane.current.getBoundingClientRect();
    const fitted = nodes.length > 0 && width > 0 && height > 0;
    const bounds = getNodesBounds(nodes);
    const viewport = fitted ? getViewportForBounds(bounds, width, height, MIN_ZOOM, FIT_VIEW.maxZoom, paddingFor(bounds, { width, height })) : { x: 0, y: 0, zoom: 1 };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- measured from the DOM, set before the first paint
    setFirst({ viewport, fitted });
  }, [first, pane, nodes, paddingFor]);
  return first;
}
