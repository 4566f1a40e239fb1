import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface Peer {
  clientId: number;
  id: string;
  name: string;
  color: string;
}

/** Reads a peer's user field defensively: awareness states are whatever other clients sent. */
function peerOf(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state.user as Record<string, unknown> | undefined;
  if (!user || typeof user.name !== 'string' || typeof user.color !== 'string') return null;
  const color = /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#64748b';
  return { clientId, id: String(user.id ?? clientId), name: user.name.slice(0, 40) || 'Guest', color };
}

/** Everyone else with this board open, from awareness (never from the document). */
export function usePeers(awareness: Awareness): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    const update = () => {
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const peer = peerOf(clientId, state);
        if (peer) list.push(peer);
      });
      setPeers(list.sort((a, b) => a.name.localeCompare(b.name)));
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return peers;
}
