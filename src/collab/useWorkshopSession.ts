import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readSession, sessionMap } from '../doc/index.ts';
import type { WorkshopSession } from '../model/index.ts';

/**
 * The document's workshop state alone, re-read only when it changes: the header shows the timer
 * without re-rendering for every edit to the map.
 */
export function useWorkshopSession(doc: Y.Doc): WorkshopSession {
  const cached = useRef<{ doc: Y.Doc; session: WorkshopSession } | null>(null);
  const subscribe = useCallback(
    (changed: () => void) => {
      const map = sessionMap(doc);
      const observer = () => {
        cached.current = null;
        changed();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [doc],
  );
  const read = useCallback(() => {
    if (cached.current?.doc !== doc) cached.current = { doc, session: readSession(doc) };
    return cached.current.session;
  }, [doc]);
  return useSyncExternalStore(subscribe, read);
}
