import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPeer, type Peer } from './presenceState.ts';

export type { Peer } from './presenceState.ts';

function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return a.length === b.length && a.every((p, i) => p.clientId === b[i]!.clientId && p.id === b[i]!.id && p.name === b[i]!.name && p.color === b[i]!.color && p.role === b[i]!.role && p.keyHash === b[i]!.keyHash);
}

/**
 * Everyone else with this board open, from awareness (never from the document). Awareness
 * changes with every cursor move, so the list keeps its identity unless a person came, went
 * or was renamed: the header must not re-render twenty times a second per peer.
 */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    const update = () => {
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const peer = readPeer(clientId, state);
        if (peer) list.push(peer);
      });
      list.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
      setPeers((previous) => (samePeers(previous, list) ? previous : list));
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return peers;
}
