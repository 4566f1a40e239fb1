import { useEffect, useMemo } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { ServerClock } from './serverClock.ts';

/**
 * The server's clock for an open board: estimated when the page opens, again on each reconnect
 * (the network, and the laptop's clock after a sleep, may have changed) and every few minutes
 * (ServerClock.keepEstimated).
 */
export function useServerClock(provider: WebsocketProvider): ServerClock {
  const clock = useMemo(() => new ServerClock(), []);
  useEffect(() => {
    const stop = clock.keepEstimated();
    const onStatus = (event: { status: string }) => {
      if (event.status === 'connected') void clock.refresh();
    };
    provider.on('status', onStatus);
    return () => {
      provider.off('status', onStatus);
      stop();
    };
  }, [clock, provider]);
  return clock;
}
