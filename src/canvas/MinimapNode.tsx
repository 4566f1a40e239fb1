import type { MiniMapNodeProps } from '@xyflow/react';
import { memo } from 'react';

/**
 * The minimap draws the grid (stages, lanes, cells) and notes, not every card: a thousand card
 * rectangles redrawn on each pan cost more than they help anyone find their way.
 */
export const MinimapNode = memo(function MinimapNode({ id, x, y, width, height, color }: MiniMapNodeProps) {
  if (id.startsWith('card:')) return null;
  return <rect x={x} y={y} width={width} height={height} rx={6} fill={color} />;
});
