import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Whom this person follows on the map, if anyone: chosen in the header (the list of people),
 * carried out by the map, which also ends it when the person moves the map themselves. One
 * per board's presence, outside React, as the two sit apart in the page.
 */
export interface Following {
  clientId: number;
  name: string;
}

interface FollowStore {
  get(): Following | null;
  set(next: Following | null): void;
  subscribe(onChange: () => void): () => void;
}

const stores = new WeakMap<Awareness, FollowStore>();

export function followStore(awareness: Awareness): FollowStore {
  let store = stores.get(awareness);
  if (store) return store;
  let current: Following | null = null;
  const listeners = new Set<() => void>();
  store = {
    get: () => current,
    set(next) {
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  stores.set(awareness, store);
  return store;
}

export function useFollowing(awareness: Awareness): [Following | null, (next: Following | null) => void] {
  const store = followStore(awareness);
  return [useSyncExternalStore(store.subscribe, store.get), store.set];
}
