import { useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/**
 * Whether the board's socket is open and in step with the server now. Dot voting asks it: a
 * dot placed offline would reach the server only after the round may have closed, and the
 * server refuses it then (server/updates/dots.ts), so no dot is offered while it is not.
 */
export function useSynced(provider: WebsocketProvider): boolean {
  return useSyncExternalStore(
    (onChange) => {
      provider.on('status', onChange);
      provider.on('sync', onChange);
      return () => {
        provider.off('status', onChange);
        provider.off('sync', onChange);
      };
    },
    () => provider.wsconnected && provider.synced,
  );
}
