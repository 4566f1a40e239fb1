import { getNodesBounds, Panel, useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useCanvasRestores } from '../../browser/useCanvasRestores.ts';
import type { JourneyNode } from '../layout.ts';
import { drawMinimap } from './drawMinimap.ts';
import { clampToBox, frameFor, fromMinimap, minimapSize, toMinimap, visibleArea } from './minimapFrame.ts';
import { useMinimapShown } from './useMinimapShown.ts';
import './minimap.css';

/** Zoom factor per pixel of wheel travel: a mouse notch (100 px) zooms by about 1.15. */
const WHEEL_ZOOM_PER_PIXEL = 0.002;

/**
 * The whole map in the corner, with a frame where the screen is; press or drag in it to move
 * there, scroll in it to zoom. The map is drawn once per layout on a canvas; a pan moves only
 * the frame. It is a pointer shortcut only: the zoom buttons, fit view and the keyboard move
 * the view for everyone, so it is hidden from assistive technology. It folds away from the
 * map's toolbar (MinimapToggle), as it covers a corner of the map.
 */
export function Minimap({ nodes }: { nodes: readonly JourneyNode[] }) {
  const [shown] = useMinimapShown();
  return shown && nodes.length > 0 ? <MinimapPanel nodes={nodes} /> : null;
}

function MinimapPanel({ nodes }: { nodes: readonly JourneyNode[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const restores = useCanvasRestores(canvas);
  const surface = useRef<HTMLDivElement>(null);
  // Cards always lie inside their cells, so the map's extent is found without them.
  const extent = useMemo(() => getNodesBounds(nodes.filter((node) => node.type !== 'card')), [nodes]);
  const size = useMemo(() => minimapSize(extent), [extent]);
  const frame = useMemo(() => frameFor(extent, size), [extent, size]);
  // Drawn in the next frame rather than in the commit: an edit then reaches the map itself
  // without waiting for the minimap, which trails it by a frame at most.
  useEffect(() => {
    const drawing = requestAnimationFrame(() => canvas.current && drawMinimap(canvas.current, nodes, frame, size));
    return () => cancelAnimationFrame(drawing);
  }, [nodes, frame, size, restores]);

  const transform = useStore((state) => state.transform);
  const pane = { width: useStore((state) => state.width), height: useStore((state) => state.height) };
  const view = clampToBox(toMinimap(frame, visibleArea(transform, pane)), size);

  const flow = useReactFlow();
  // A native listener, because only a non-passive one may keep the wheel (or a pinch, which
  // arrives as Ctrl+wheel) from scrolling or zooming the page as well.
  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      void flow.zoomTo(flow.getZoom() * 2 ** (-event.deltaY * WHEEL_ZOOM_PER_PIXEL));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [flow]);

  const pressed = useRef(false);
  const centreOn = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const point = fromMinimap(frame, { x: event.clientX - box.left, y: event.clientY - box.top });
    void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
  };

  return (
    <Panel position="bottom-left" className="minimap">
      <div
        ref={surface}
        className="minimap__surface"
        style={{ width: size.width, height: size.height }}
        aria-hidden="true"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          pressed.current = true;
          centreOn(event);
        }}
        onPointerMove={(event) => pressed.current && centreOn(event)}
        onPointerUp={() => (pressed.current = false)}
        onPointerCancel={() => (pressed.current = false)}
      >
        <canvas ref={canvas} className="minimap__canvas" />
        <div className="minimap__view" style={{ transform: `translate(${view.x}px, ${view.y}px)`, width: view.width, height: view.height }} />
      </div>
    </Panel>
  );
}
