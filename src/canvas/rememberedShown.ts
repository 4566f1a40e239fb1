import { useCallback, useSyncExternalStore } from 'react';

/*
 * Whether a folding panel of the map (the highlight choices, the minimap) is shown, kept in this
 * browser: a person who folds one away does not want it back on the next board. One value per
 * key for the whole page, so the toggle in the toolbar and the panel it folds agree.
 */
const shown = new Map<string, boolean>();
const listeners = new Set<() => void>();

function stored(key: string): boolean | null {
  try {
    const value = localStorage.getItem(key);
    return value === 'shown' ? true : value === 'folded' ? false : null;
  } catch {
    // Storage can be refused (private windows): the default holds, and a toggle still works for this visit.
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `[shown, setShown]`, remembered under `key`; `shownByDefault` answers until the person chooses. */
export function useRememberedShown(key: string, shownByDefault: () => boolean): [boolean, (next: boolean) => void] {
  const value = useSyncExternalStore(subscribe, () => {
    if (!shown.has(key)) shown.set(key, stored(key) ?? shownByDefault());
    return shown.get(key)!;
  });
  const set = useCallback(
    (next: boolean) => {
      shown.set(key, next);
      try {
        localStorage.setItem(key, next ? 'shown' : 'folded');
      } catch {
        // Kept for this visit only.
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, set];
}
