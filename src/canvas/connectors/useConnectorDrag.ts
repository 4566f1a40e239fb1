import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { useLatestCallback } from '../../browser/useLatestCallback.ts';
import type { EditContext } from '../../doc/index.ts';
import { connectNodes } from '../changes.ts';

/** The node under a point of the screen, looking through labels and outlines drawn over nodes. */
function nodeAt(x: number, y: number): string | null {
  for (const element of document.elementsFromPoint(x, y)) {
    const node = element.closest('.react-flow__node');
    if (node) return node.getAttribute('data-id');
  }
  return null;
}

function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } | null {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return { x: event.clientX, y: event.clientY };
}

/**
 * Drawing a connector: React Flow draws the line from the handle pressed; letting go over
 * another card or note (anywhere on it, or on a handle of it) joins the two, from the one the
 * drag began at. Letting go over nothing makes nothing.
 */
export function useConnectorDrag(ctx: EditContext, onNotice: (message: string) => void) {
  const t = useT();
  const [connecting, setConnecting] = useState(false);
  const onConnectStart = useLatestCallback(() => setConnecting(true));
  const onConnectEnd = useLatestCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    setConnecting(false);
    const from = state.fromNode?.id;
    if (!from) return;
    const point = pointOf(event);
    const to = (state.isValid ? state.toNode?.id : undefined) ?? (point && nodeAt(point.x, point.y));
    if (connectNodes(ctx, from, to ?? null) === 'alreadyConnected') onNotice(t('canvas.connector.exists'));
  });
  // React Flow snaps the line to a handle only of another node.
  const isValidConnection = useLatestCallback((connection: Edge | Connection) => connection.source !== connection.target);
  return { connecting, onConnectStart, onConnectEnd, isValidConnection };
}
