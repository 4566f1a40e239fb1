import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Fanout, FanoutMessage } from './fanout.ts';
import { decodeFanout, encodeFanout } from './fanoutCodec.ts';
import { errorMessage, type Log } from './log.ts';
import { redactedUrl } from './postgresStorage.ts';
import { DatabaseOpenError } from './storage.ts';

/*
 * Fan-out through Redis pub/sub, one channel per board, as Hocuspocus's Redis extension does:
 * an instance subscribes to the boards it has loaded, publishes each update its rooms stored
 * and the presence of its sockets, and applies what the others publish. Pub/sub keeps nothing,
 * so Redis holds no state to back up; what an instance misses while the link is down it reads
 * from the store by seq (roomFanout.ts).
 */

/** Redis does not answer at start: the message names it and why. */
export class FanoutOpenError extends DatabaseOpenError {
  override name = 'FanoutOpenError';
}

const channelOf = (boardId: string) => `journeyboard:board:${boardId}`;

/** Reconnect at once, then back off to one try every 2 s: a Redis restart takes about a second. */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2000);

export async function openRedisFanout(url: string, log: Log): Promise<Fanout> {
  const instance = randomUUID();
  // A subscribed connection takes no other commands, so publishing needs its own. The
  // subscriber queues its commands while Redis is away and sends them on reconnecting; a
  // publish fails instead, after a few tries, and its update is read from the store.
  const sub = new Redis(url, { lazyConnect: true, retryStrategy, maxRetriesPerRequest: null, connectionName: `journeyboard-sub-${instance}` });
  const pub = new Redis(url, { lazyConnect: true, retryStrategy, maxRetriesPerRequest: 3, connectionName: `journeyboard-pub-${instance}` });
  const receivers = new Map<string, Set<(message: FanoutMessage) => void>>();
  const listeners: ((state: 'down' | 'resumed') => void)[] = [];
  /** Set once the first connection is made: from then on, losing Redis and finding it again are news. */
  let started = false;
  let up = false;
  let closing = false;
  let lastError = '';

  for (const connection of [sub, pub]) {
    // ioredis reconnects by itself; one line per kind of error, not one per retry. At start,
    // the error is the one line the server stops with.
    connection.on('error', (error: Error) => {
      if (started && error.message !== lastError) log(`fanout: Redis ${redactedUrl(url, 'REDIS_URL')}: ${error.message}`);
      lastError = error.message;
    });
    connection.on('close', () => setUp(false));
    connection.on('ready', () => void onReady());
  }

  function setUp(now: boolean): void {
    if (now === up || closing || !started) return;
    up = now;
    log(now ? 'fanout: Redis is back' : 'fanout: lost Redis; rooms read what other instances store from the database until it is back');
    lastError = '';
    for (const listener of listeners) listener(now ? 'resumed' : 'down');
  }

  async function onReady(): Promise<void> {
    if (!started || sub.status !== 'ready' || pub.status !== 'ready') return;
    try {
      // ioredis sends the subscriptions again first on reconnecting; once a PING sent after
      // them is answered, every message published from then on reaches this instance.
      await sub.ping();
    } catch {
      return; // gone again: the next 'ready' tries once more
    }
    setUp(true);
  }

  sub.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
    const receiving = receivers.get(channel.toString());
    if (!receiving) return;
    let decoded;
    try {
      decoded = decodeFanout(new Uint8Array(bytes));
    } catch (error) {
      log(`fanout: dropped a message on ${channel.toString()} (${errorMessage(error)})`);
      return;
    }
    if (decoded.sender === instance) return;
    for (const receive of receiving) {
      // One message that cannot be handled must not take the process, and every room, down.
      try {
        receive(decoded.message);
      } catch (error) {
        log(`fanout: a message on ${channel.toString()} could not be handled (${errorMessage(error)})`);
      }
    }
  });

  try {
    await Promise.all([sub.connect(), pub.connect()]);
    await sub.ping();
    started = true;
    up = true;
  } catch (error) {
    sub.disconnect();
    pub.disconnect();
    // ioredis rejects with "Connection is closed"; the socket's own error says why.
    throw new FanoutOpenError(`Journeyboard cannot reach Redis at ${redactedUrl(url, 'REDIS_URL')}: ${lastError || errorMessage(error)}`);
  }

  return {
    async roomOpened(boardId, receive) {
      const channel = channelOf(boardId);
      let receiving = receivers.get(channel);
      if (!receiving) {
        receiving = new Set();
        receivers.set(channel, receiving);
      }
      receiving.add(receive);
      const stop = () => {
        receiving.delete(receive);
        if (receiving.size > 0 || receivers.get(channel) !== receiving) return;
        receivers.delete(channel);
        sub.unsubscribe(channel).catch(() => {});
      };
      const subscribed = sub.subscribe(channel);
      // While Redis is away the subscription waits for it; the room reads the store meanwhile.
      if (!up) {
        subscribed.catch(() => {});
        return stop;
      }
      try {
        await subscribed;
      } catch (error) {
        stop();
        throw error;
      }
      return stop;
    },
    publish(boardId, message) {
      pub.publish(channelOf(boardId), Buffer.from(encodeFanout(instance, message))).catch((error: unknown) => {
        if (up) log(`fanout: could not publish to ${channelOf(boardId)} (${errorMessage(error)})`);
      });
    },
    onLink(listener) {
      listeners.push(listener);
    },
    async close() {
      closing = true;
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}
