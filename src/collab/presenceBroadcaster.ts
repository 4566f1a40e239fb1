import type { Awareness } from 'y-protocols/awareness';
import { throttle } from './throttle.ts';
import { cleanSelection, PRESENCE_FIELDS, sameSelection, samePoint, type FlowPoint } from './presenceState.ts';

/** Twenty cursor updates a second per person: smooth with easing, and fifty people stay ~1000 messages/s. */
export const CURSOR_THROTTLE_MS = 50;

export interface PresenceBroadcaster {
  /** My pointer is at this flow point. Throttled; the last position is always sent. */
  moveCursor(point: FlowPoint): void;
  /** My pointer left the canvas. Throttled with the moves, so it replaces a move still waiting. */
  hideCursor(): void;
  /** The nodes I have selected; sent only when the set changes. */
  setSelection(nodeIds: readonly string[]): void;
  /** Takes my cursor and selection off everyone's screen (the canvas is going away). */
  withdraw(): void;
}

/**
 * Publishes my cursor and selection in awareness. Every setLocalStateField sends a message to
 * the whole room even when nothing changed, so unchanged values are never set.
 */
export function createPresenceBroadcaster(
  awareness: Pick<Awareness, 'setLocalStateField'>,
  throttleMs = CURSOR_THROTTLE_MS,
): PresenceBroadcaster {
  let sentCursor: FlowPoint | null = null;
  let sentSelection: readonly string[] = [];

  const sendCursor = (cursor: FlowPoint | null) => {
    if (samePoint(cursor, sentCursor)) return;
    sentCursor = cursor;
    awareness.setLocalStateField(PRESENCE_FIELDS.cursor, cursor);
  };
  const sendSelection = (selection: readonly string[]) => {
    if (sameSelection(selection, sentSelection)) return;
    sentSelection = selection;
    awareness.setLocalStateField(PRESENCE_FIELDS.selection, selection);
  };
  const throttledCursor = throttle(sendCursor, throttleMs);

  return {
    moveCursor(point) {
      if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return;
      // A tenth of a flow unit is finer than a pixel at the canvas's maximum zoom, and keeps messages short.
      throttledCursor({ x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 });
    },
    hideCursor() {
      throttledCursor(null);
    },
    setSelection(nodeIds) {
      // Sorted, so selecting the same nodes in another order is no change.
      sendSelection(cleanSelection(nodeIds).sort());
    },
    withdraw() {
      throttledCursor.cancel();
      sendCursor(null);
      sendSelection([]);
    },
  };
}
