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
  /** Takes what a message of `bytes` costs and returns 0; or, if it cannot, how long until it can. */
  take(bytes: number): number;
  /**
   * Takes what a reply of `bytes` cost the server to write, after the fact. A message of a few
   * bytes may ask for the whole board or everyone's presence; the budget may run into debt, and
   * the socket's next message waits until it is paid.
   */
  charge(bytes: number): void;
}

/** A token bucket holding `rate.points`, refilled at that many per `rate.seconds`. */
export function createSocketBudget(rate: Rate, now: () => number = () => performance.now()): SocketBudget {
  const perMs = rate.points / (rate.seconds * 1000);
  let tokens = rate.points;
  let at = now();
  function refill(): void {
    const time = now();
    tokens = Math.min(rate.points, tokens + (time - at) * perMs);
    at = time;
  }
  return {
    take(bytes) {
      refill();
      // A message dearer than the whole bucket is taken once the bucket is full.
      const cost = Math.min(rate.points, 1 + Math.floor(bytes / BYTES_PER_TOKEN));
      if (tokens >= cost) {
        tokens -= cost;
        return 0;
      }
      return Math.ceil((cost - tokens) / perMs);
    },
    charge(bytes) {
      refill();
      tokens -= Math.floor(bytes / BYTES_PER_TOKEN);
    },
  };
}
