import type { FlowPoint } from '../../collab/presenceState.ts';

/** About how long a cursor takes to reach a new position: two or three throttled updates. */
export const CURSOR_EASE_MS = 100;
/** Closer than this (in flow units, a pixel at most zooms) a cursor is simply there. */
const SNAP_DISTANCE = 0.5;

/**
 * One animation frame of a cursor gliding toward its latest known position. Exponential: each
 * frame closes the same share of the remaining gap per millisecond, so a new target arriving
 * mid-glide bends the path instead of restarting it, and a long frame (a background tab) lands.
 * After `durationMs` about 95% of the gap is closed. Returns `target` itself once there.
 */
export function easeToward(current: FlowPoint, target: FlowPoint, elapsedMs: number, durationMs = CURSOR_EASE_MS): FlowPoint {
  if (!(elapsedMs > 0)) return current;
  const share = durationMs > 0 ? 1 - Math.exp((-3 * elapsedMs) / durationMs) : 1;
  const x = current.x + (target.x - current.x) * share;
  const y = current.y + (target.y - current.y) * share;
  return Math.hypot(target.x - x, target.y - y) < SNAP_DISTANCE ? target : { x, y };
}
