import type { Rate } from './rateLimits.ts';

/*
 * What one socket may send before the server stops reading from it for a while. A client
 * sends a message per edit and twenty presence updates a second at most; a flood of valid
 * messages would otherwise keep the event loop on that socket alone, every other room waiting.
 * Reading is paused, not refused: the sender is slowed to the rate, and loses nothing.
 *
 * A message of a few bytes may also ask for the whole board (sync step 1) or everyone's
 * presence. Those answers are paid after the fact, by their size, from the socket's budget and
 * from one its client address shares across its sockets, so that opening more sockets does
 * not buy more of them.
 */

/** Each message costs one, and one more per this many bytes, so a flood of big frames counts too. */
const BYTES_PER_TOKEN = 16 * 1024;

/**
 * What an address's answers may hold: a workshop of 30 behind one address joining a 2 MB board
 * at once (64 MB), then 16 MB a second.
 */
export const ADDRESS_REPLIES: Rate = { points: (64 * 2 ** 20) / BYTES_PER_TOKEN, seconds: 4 };

export interface SocketBudget {
  /** Takes what a message of `bytes` costs and returns 0; or, if it cannot, how long until it can. */
  take(bytes: number): number;
  /**
   * Takes what an answer of `bytes` cost to write, after the fact: the budget may run into debt,
   * and the socket's next message waits until it is paid. The answer to a socket's first sync
   * step 1 (joining) is paid by its address alone, as opening the socket was counted.
   */
  charge(bytes: number, joining: boolean): void;
}

/** A token bucket holding `rate.points`, refilled at that many per `rate.seconds`; spending may run it into debt. */
export interface Bucket {
  /** How long until `cost` tokens are there: 0 if they are now. */
  waitFor(cost: number): number;
  spend(cost: number): void;
  /** Full again: nothing owed, nothing spent. */
  full(): boolean;
}

export function createBucket(rate: Rate, now: () => number = () => performance.now()): Bucket {
  const perMs = rate.points / (rate.seconds * 1000);
  let tokens = rate.points;
  let at = now();
  function refill(): void {
    const time = now();
    tokens = Math.min(rate.points, tokens + (time - at) * perMs);
    at = time;
  }
  return {
    waitFor(cost) {
      refill();
      return tokens >= cost ? 0 : Math.ceil((cost - tokens) / perMs);
    },
    spend(cost) {
      refill();
      tokens -= cost;
    },
    full() {
      refill();
      return tokens >= rate.points;
    },
  };
}

/** `rate` for the socket's messages; `replies` is its address's bucket for answers. */
export function createSocketBudget(rate: Rate, replies: Bucket, now: () => number = () => performance.now()): SocketBudget {
  const own = createBucket(rate, now);
  return {
    take(bytes) {
      // A message dearer than the whole bucket is taken once the bucket is full.
      const cost = Math.min(rate.points, 1 + Math.floor(bytes / BYTES_PER_TOKEN));
      const wait = Math.max(own.waitFor(cost), replies.waitFor(0));
      if (wait === 0) own.spend(cost);
      return wait;
    },
    charge(bytes, joining) {
      const cost = Math.floor(bytes / BYTES_PER_TOKEN);
      replies.spend(cost);
      if (!joining) own.spend(cost);
    },
  };
}

/** The reply buckets of the addresses with sockets open, each kept while one of its sockets is. */
export function createAddressReplies(rate: Rate = ADDRESS_REPLIES): { hold(address: string): { bucket: Bucket; release(): void } } {
  const held = new Map<string, { bucket: Bucket; sockets: number }>();
  return {
    hold(address) {
      const entry = held.get(address) ?? { bucket: createBucket(rate), sockets: 0 };
      entry.sockets++;
      held.set(address, entry);
      return {
        bucket: entry.bucket,
        release() {
          if (--entry.sockets > 0) return;
          // A debt outlives the sockets that ran it up: closing them all must not clear it.
          const forget = () => entry.sockets === 0 && held.get(address) === entry && held.delete(address);
          const owed = entry.bucket.waitFor(rate.points);
          if (owed === 0) forget();
          else setTimeout(forget, owed).unref();
        },
      };
    },
  };
}
