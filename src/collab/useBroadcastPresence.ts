import { useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { createPresenceBroadcaster } from './presenceBroadcaster.ts';
import type { FlowPoint } from './presenceState.ts';

export interface PresenceHandlers {
  /** Call with the pointer's FLOW position (screenToFlowPosition), on every pointer move over the canvas. */
  onPointerMove(flowPoint: FlowPoint): void;
  /** Call when the pointer leaves the canvas. */
  onPointerLeave(): void;
  /** Call with the ids of the nodes selected on this screen, whenever they may have changed. */
  setSelection(nodeIds: readonly string[]): void;
}

/**
 * Publishes my cursor and selection for the others on the board. The handlers keep their
 * identity for a given awareness, so they can go straight into memoised props; on unmount my
 * cursor and selection are taken back.
 */
export function useBroadcastPresence(awareness: Awareness): PresenceHandlers {
  const broadcaster = useMemo(() => createPresenceBroadcaster(awareness), [awareness]);
  useEffect(() => () => broadcaster.withdraw(), [broadcaster]);
  return useMemo(
    () => ({
      onPointerMove: (flowPoint: FlowPoint) => broadcaster.moveCursor(flowPoint),
      onPointerLeave: () => broadcaster.hideCursor(),
      setSelection: (nodeIds: readonly string[]) => broadcaster.setSelection(nodeIds),
    }),
    [broadcaster],
  );
}
