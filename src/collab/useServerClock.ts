import { useEffect, useMemo } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { CLOCK_REFRESH_MS, ServerClock } from './serverClock.ts';

/**
 * The server's clock for an open board: estimated when the page opens, again on each reconnect
 * (the network, and the laptop's clock after a sleep, may have changed) and every few minutes.
 */
export function useServerClock(provider: WebsocketProvider): ServerClock {
  const clock = useMemo(() => new ServerClock(), []);
  useEffect(() => {
    void clock.refresh();
    const onStatus = (event: { status: string }) => {
      if (event.status === 'connected') void clock.refresh();
    };
    provider.on('status', onStatus);
    const every = setInterval(() => void clock.refresh(), CLOCK_REFRESH_MS);
    return () => {
      provider.off('status', onStatus);
      clearInterval(every);
    };
  }, [clock, provider]);
  return clock;
}
