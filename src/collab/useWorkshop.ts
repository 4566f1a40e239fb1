import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readSession, sessionMap } from '../doc/index.ts';
import type { WorkshopSession } from '../model/index.ts';

interface WorkshopStore {
  subscribe(onChange: () => void): () => void;
  read(): WorkshopSession;
}

const stores = new WeakMap<Y.Doc, WorkshopStore>();

/** One store per document: the session read once per change to it, whoever asks. */
export function workshopStore(doc: Y.Doc): WorkshopStore {
  let store = stores.get(doc);
  if (store) return store;
  const map = sessionMap(doc);
  let snapshot: WorkshopSession | null = null;
  map.observe(() => (snapshot = null));
  store = {
    subscribe(onChange) {
      map.observe(onChange);
      return () => map.unobserve(onChange);
    },
    read: () => (snapshot ??= readSession(doc)),
  };
  stores.set(doc, store);
  return store;
}

/**
 * The workshop's shared state, re-read only when the session changes: the header and the
 * workshop's controls do not re-render for every edit to the map, as they would from the board.
 */
export function useWorkshop(doc: Y.Doc): WorkshopSession {
  const store = workshopStore(doc);
  return useSyncExternalStore(store.subscribe, store.read);
}
