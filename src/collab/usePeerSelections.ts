import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPresence } from './presenceState.ts';

export interface SelectingPeer {
  clientId: number;
  name: string;
  color: string;
}

/** Node id → the other people who have it selected, by name. */
export type PeerSelections = ReadonlyMap<string, readonly SelectingPeer[]>;

type States = ReadonlyMap<number, unknown>;

/** Other people's selections, by node. */
export function collectPeerSelections(states: States, selfId: number): Map<string, SelectingPeer[]> {
  const byNode = new Map<string, SelectingPeer[]>();
  states.forEach((state, clientId) => {
    if (clientId === selfId) return;
    const presence = readPresence(clientId, state);
    if (!presence) return;
    const peer = { clientId, name: presence.name, color: presence.color };
    for (const nodeId of presence.selection) {
      const peers = byNode.get(nodeId);
      if (peers) peers.push(peer);
      else byNode.set(nodeId, [peer]);
    }
  });
  for (const peers of byNode.values()) peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  return byNode;
}

/** What of a state matters for selection outlines; '' when it outlines nothing. */
function selectionKey(clientId: number, state: unknown): string {
  const presence = readPresence(clientId, state);
  return presence && presence.selection.length > 0 ? JSON.stringify([presence.name, presence.color, presence.selection]) : '';
}

/**
 * Awareness changes with every cursor move of every peer; this store looks only at the clients
 * a change names and publishes a new map only when someone's selection (or name or colour)
 * really changed, so the components that read it do not re-render at cursor rate.
 */
export function createPeerSelectionsStore(awareness: Awareness) {
  const keys = new Map<number, string>();
  let snapshot: PeerSelections = new Map();

  const refresh = (clientIds: Iterable<number>): boolean => {
    const states = awareness.getStates();
    let changed = false;
    for (const clientId of clientIds) {
      if (clientId === awareness.clientID) continue;
      const key = selectionKey(clientId, states.get(clientId));
      if (key === (keys.get(clientId) ?? '')) continue;
      changed = true;
      if (key) keys.set(clientId, key);
      else keys.delete(clientId);
    }
    if (changed) snapshot = collectPeerSelections(states, awareness.clientID);
    return changed;
  };

  return {
    subscribe(onStoreChange: () => void) {
      const onChange = ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>) => {
        if (refresh([...added, ...updated, ...removed])) onStoreChange();
      };
      awareness.on('change', onChange);
      // Catch up with what happened while nobody listened (also clients gone meanwhile).
      if (refresh([...keys.keys(), ...awareness.getStates().keys()])) onStoreChange();
      return () => awareness.off('change', onChange);
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * Which nodes other people have selected, and who: `map.get(nodeId)` lists them sorted by name.
 * The map keeps its identity until a selection changes.
 */
export function usePeerSelections(awareness: Awareness): PeerSelections {
  const store = useMemo(() => createPeerSelectionsStore(awareness), [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
