import type { Rate } from './rateLimits.ts';

/*
 * What one socket may send before the server stops reading from it for a while. A client
 * sends a message per edit and twenty presence updates a second at most; a flood of valid
 * messages would otherwise keep the event loop on that socket alone, every other room waiting.
 * Reading is paused, not refused: the sender is slowed to the rate, and loses nothing.
 */

/** Each message costs one, and one more per this many bytes, so a flood of big frames counts too. */
const BYTES_PER_TOKEN = 16 * 1024;

export interface SocketBudget {
  /** Spends what a message of `bytes` costs; returns how long to stop reading (0: go on). */
  spend(bytes: number): number;
}

/** A token bucket holding `rate.points`, refilled at that many per `rate.seconds`. */
export function createSocketBudget(rate: Rate, now: () => number = () => performance.now()): SocketBudget {
  const perMs = rate.points / (rate.seconds * 1000);
  let tokens = rate.points;
  let at = now();
  return {
    spend(bytes) {
      const time = now();
      tokens = Math.min(rate.points, tokens + (time - at) * perMs);
      at = time;
      tokens -= 1 + Math.floor(bytes / BYTES_PER_TOKEN);
      return tokens >= 0 ? 0 : Math.ceil(-tokens / perMs);
    },
  };
}
