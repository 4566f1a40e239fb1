import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent, type WheelEvent } from 'react';
import type { JourneyNode } from '../layout.ts';
import { drawMinimap } from './drawMinimap.ts';
import { clampToBox, frameFor, fromMinimap, nodesExtent, toMinimap, visibleArea } from './minimapFrame.ts';
import './minimap.css';

/**
 * The whole map in the corner, with a frame where the screen is; press or drag in it to move
 * there, scroll in it to zoom. The map is drawn once per layout on a canvas; a pan moves only
 * the frame.
 */
export function Minimap({ nodes }: { nodes: readonly JourneyNode[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useMemo(() => frameFor(nodesExtent(nodes)), [nodes]);
  useEffect(() => {
    if (canvas.current) drawMinimap(canvas.current, nodes, frame);
  }, [nodes, frame]);

  const transform = useStore((state) => state.transform);
  const pane = { width: useStore((state) => state.width), height: useStore((state) => state.height) };
  const view = clampToBox(toMinimap(frame, visibleArea(transform, pane)));

  const flow = useReactFlow();
  const pressed = useRef(false);
  const centreOn = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const point = fromMinimap(frame, { x: event.clientX - box.left, y: event.clientY - box.top });
    void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
  };
  const onWheel = (event: WheelEvent) => void flow.zoomTo(flow.getZoom() * (event.deltaY < 0 ? 1.2 : 1 / 1.2));

  if (nodes.length === 0) return null;
  return (
    <Panel position="bottom-left" className="minimap">
      <div
        className="minimap__surface"
        role="img"
        aria-label="Minimap of the whole map"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          pressed.current = true;
          centreOn(event);
        }}
        onPointerMove={(event) => pressed.current && centreOn(event)}
        onPointerUp={() => (pressed.current = false)}
        onPointerCancel={() => (pressed.current = false)}
        onWheel={onWheel}
      >
        <canvas ref={canvas} className="minimap__canvas" />
        <div className="minimap__view" style={{ transform: `translate(${view.x}px, ${view.y}px)`, width: view.width, height: view.height }} />
      </div>
    </Panel>
  );
}
