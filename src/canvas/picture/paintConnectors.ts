import { getSmoothStepPath, Position, type Edge, type NodeHandle } from '@xyflow/react';
import type { JourneyNode } from '../layout.ts';
import { drawLines, fillBox, type Brush } from './brush.ts';

/** Where a connector meets a handle, as React Flow reckons it: the handle's outer edge, halfway along. */
function handlePoint(node: JourneyNode, handle: NodeHandle): { x: number; y: number } {
  const x = node.position.x + handle.x + (handle.position === Position.Right ? (handle.width ?? 0) : 0);
  return { x, y: node.position.y + handle.y + (handle.height ?? 0) / 2 };
}

/**
 * The connectors between cards: the same smooth-step path React Flow draws from one card's
 * right handle to the other's left, in the edge's own colours, with its label on a white tag.
 */
export function paintConnectors(brush: Brush, edges: readonly Edge[], nodes: ReadonlyMap<string, JourneyNode>): void {
  const { context, type } = brush;
  for (const edge of edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    const out = source?.handles?.find((h) => h.type === 'source');
    const into = target?.handles?.find((h) => h.type === 'target');
    if (!source || !target || !out || !into) continue;
    const from = handlePoint(source, out);
    const to = handlePoint(target, into);
    const [path, labelX, labelY] = getSmoothStepPath({ sourceX: from.x, sourceY: from.y, sourcePosition: Position.Right, targetX: to.x, targetY: to.y, targetPosition: Position.Left });
    context.lineWidth = Number(edge.style?.strokeWidth ?? 2);
    context.strokeStyle = String(edge.style?.stroke ?? brush.token('--ink-faint'));
    context.stroke(new Path2D(path));
    if (typeof edge.label !== 'string' || !edge.label) continue;
    const [padX, padY] = edge.labelBgPadding ?? [6, 3];
    const width = brush.measure(type.connectorLabel, edge.label) + 2 * padX;
    const height = type.connectorLabel.line + 2 * padY;
    fillBox(context, labelX - width / 2, labelY - height / 2, width, height, edge.labelBgBorderRadius ?? 4, String(edge.labelBgStyle?.fill ?? '#ffffff'));
    context.textAlign = 'center';
    drawLines(brush, type.connectorLabel, [edge.label], labelX, labelY - type.connectorLabel.line / 2, String(edge.labelStyle?.fill ?? brush.token('--ink-muted')));
    context.textAlign = 'start';
  }
}
