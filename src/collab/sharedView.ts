import type { Awareness } from 'y-protocols/awareness';
import { MAX_COORDINATE } from './presenceState.ts';
import { throttle, type Throttled } from './throttle.ts';

/**
 * The part of the map a person sees, in flow coordinates, as presence carries it (`viewport`):
 * the screen-independent rectangle, so someone following on a phone or a projector sees the
 * same part of the map fitted to their own screen.
 */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const VIEW_FIELD = 'viewport';

/** The flow rectangle a pane of `pane` pixels shows at React Flow's viewport (pan x, y; zoom). */
export function viewRectOf(viewport: { x: number; y: number; zoom: number }, pane: { width: number; height: number }): ViewRect | null {
  const { x, y, zoom } = viewport;
  if (!(zoom > 0) || !Number.isFinite(x) || !Number.isFinite(y) || !(pane.width > 0) || !(pane.height > 0)) return null;
  // Rounded to a tenth of a flow unit: finer than a pixel, and messages stay short.
  const round = (value: number) => Math.round(value * 10) / 10;
  return { x: round(-x / zoom), y: round(-y / zoom), width: round(pane.width / zoom), height: round(pane.height / zoom) };
}

/** A view rectangle another client sent, or null when it is not a usable one. */
export function readViewRect(value: unknown): ViewRect | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const field = (key: string) => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map(field);
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE;
  if (!finite(x) || !finite(y) || !finite(width) || !finite(height) || width <= 0 || height <= 0) return null;
  return { x, y, width, height };
}

export function sameRect(a: ViewRect | null, b: ViewRect | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
}

/** Ten view updates a second: a follower's map keeps up with a pan without flooding the room. */
export const VIEW_THROTTLE_MS = 100;

export interface ViewSender {
  /** The view moved: sent at most once per throttle window, the latest one at the window's end. */
  moved(rect: ViewRect | null): void;
  /** The view came to rest: sent now, ahead of anything this page sends after it. */
  settled(rect: ViewRect | null): void;
  stop(): void;
}

/** Sends my view in presence, only when it changed. */
export function createViewSender(awareness: Pick<Awareness, 'setLocalStateField'>, throttleMs = VIEW_THROTTLE_MS): ViewSender {
  let sent: ViewRect | null = null;
  const send = (rect: ViewRect | null) => {
    if (sameRect(rect, sent)) return;
    sent = rect;
    awareness.setLocalStateField(VIEW_FIELD, rect);
  };
  const throttled: Throttled<[ViewRect | null]> = throttle(send, throttleMs);
  return {
    moved: throttled,
    settled(rect) {
      throttled.cancel();
      send(rect);
    },
    stop: () => throttled.cancel(),
  };
}
