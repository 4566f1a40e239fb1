import type { Role } from './capabilities.ts';

/*
 * How instances that share one store tell each other what their rooms did: Redis pub/sub
 * (redisFanout.ts) when REDIS_URL is set, nothing at all for a server alone (singleInstance).
 * What goes through it is only ever news: every update in it is stored already, and an
 * instance that misses some reads them from the store by seq (roomFanout.ts).
 */

/** What one instance's room tells the same board's rooms on the others. */
export type FanoutMessage =
  /** An update stored as `seq`: apply and relay it, never store it again. */
  | { kind: 'update'; seq: number; update: Uint8Array }
  /**
   * Presence (a y-protocols awareness update) of this instance's sockets, with the hash of the
   * facilitator key each client id's socket holds, so any instance knows who is on the board;
   * and the ids of sockets that just closed, with their address, which every instance then
   * holds for that address as the socket's own did (presence.ts).
   */
  | { kind: 'presence'; awareness: Uint8Array; keys: [clientId: number, keyHash: string][]; held: [clientId: number, address: string][] }
  /** A room opened here: the others send the presence of their sockets. */
  | { kind: 'hello' }
  /** Close the board's sockets, or those of one role's link (trash, a replaced link). */
  | { kind: 'close'; code: number; reason: string; role: Role | null }
  /** The board was deleted for good: forget its room without storing anything more of it. */
  | { kind: 'discard' };

export interface Fanout {
  /**
   * A room of the board opens here: `receive` is called with what other instances publish of
   * it until the returned function is. Resolves once messages are flowing, so a room that
   * loads the store after this misses nothing stored later.
   */
  roomOpened(boardId: string, receive: (message: FanoutMessage) => void): Promise<() => void>;
  /** Tells the board's rooms on every other instance. A message lost on the way is caught up by seq. */
  publish(boardId: string, message: FanoutMessage): void;
  /**
   * `down` when messages stopped flowing (Redis went away), `resumed` when they flow again:
   * in between, and once on resuming, rooms read what was stored from the store itself.
   */
  onLink(listener: (state: 'down' | 'resumed') => void): void;
  close(): Promise<void>;
}

/** A server alone on its store: no one to tell. */
export const singleInstance: Fanout = {
  roomOpened: async () => () => {},
  publish: () => {},
  onLink: () => {},
  close: async () => {},
};
