import type { Rect } from '@xyflow/react';

/** The minimap's size on screen at most, CSS pixels, and the room kept around the map inside it. */
export const MINIMAP_SIZE = { width: 220, height: 150, padding: 8 } as const;
/** The lowest a minimap is drawn, for a map far wider than it is tall. */
const MIN_HEIGHT = 64;

export interface MinimapSize {
  width: number;
  height: number;
  padding: number;
}

/**
 * The minimap's box for a map: the full width, and only as tall as the map's proportions ask
 * (a journey map is usually wide), so it covers no more of the canvas than it needs.
 */
export function minimapSize(extent: Rect): MinimapSize {
  const { width, height, padding } = MINIMAP_SIZE;
  const tall = Math.ceil(((width - 2 * padding) * extent.height) / Math.max(extent.width, 1)) + 2 * padding;
  return { width, height: Math.min(height, Math.max(MIN_HEIGHT, tall)), padding };
}

/** How the map is placed in the minimap: minimap = (flow - origin) * scale + offset. */
export interface MinimapFrame {
  scale: number;
  originX: number;
  originY: number;
  offsetX: number;
  offsetY: number;
}

/** Fits the map's extent into the minimap, centred, keeping its proportions. */
export function frameFor(extent: Rect, size: MinimapSize = MINIMAP_SIZE): MinimapFrame {
  const room = { width: size.width - 2 * size.padding, height: size.height - 2 * size.padding };
  const scale = Math.min(room.width / Math.max(extent.width, 1), room.height / Math.max(extent.height, 1));
  return {
    scale,
    originX: extent.x,
    originY: extent.y,
    offsetX: size.padding + (room.width - extent.width * scale) / 2,
    offsetY: size.padding + (room.height - extent.height * scale) / 2,
  };
}

export function toMinimap(frame: MinimapFrame, rect: Rect): Rect {
  return {
    x: (rect.x - frame.originX) * frame.scale + frame.offsetX,
    y: (rect.y - frame.originY) * frame.scale + frame.offsetY,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}

export function fromMinimap(frame: MinimapFrame, point: { x: number; y: number }): { x: number; y: number } {
  return { x: (point.x - frame.offsetX) / frame.scale + frame.originX, y: (point.y - frame.offsetY) / frame.scale + frame.originY };
}

/** The part of the map the canvas shows, in flow units, from React Flow's transform and pane size. */
export function visibleArea([x, y, zoom]: readonly [number, number, number], pane: { width: number; height: number }): Rect {
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/** A rectangle cut to the minimap's box, so a view larger than the map still shows as a frame. */
export function clampToBox(rect: Rect, size: { width: number; height: number } = MINIMAP_SIZE): Rect {
  const x = Math.max(0, rect.x);
  const y = Math.max(0, rect.y);
  return { x, y, width: Math.max(0, Math.min(size.width, rect.x + rect.width) - x), height: Math.max(0, Math.min(size.height, rect.y + rect.height) - y) };
}
