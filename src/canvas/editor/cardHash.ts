import { useSyncExternalStore } from 'react';

/*
 * The open card editor lives in the address (`/b/<board>#card=<id>`), so a card can be linked
 * to and a reload reopens it. Opening and closing replace the address rather than adding
 * history entries: Back leaves the board, as it does everywhere else.
 */

const PREFIX = '#card=';

export function cardIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX) || hash.length === PREFIX.length) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return null; // a malformed escape in a hand-edited address
  }
}

export function cardHash(cardId: string): string {
  return PREFIX + encodeURIComponent(cardId);
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

function replaceHash(hash: string): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search + hash);
  listeners.forEach((l) => l()); // replaceState fires no hashchange
}

export function openCardEditor(cardId: string): void {
  replaceHash(cardHash(cardId));
}

export function closeCardEditor(): void {
  replaceHash('');
}

/** The id of the card whose editor the address asks for, or null. */
export function useCardEditorHash(): string | null {
  return cardIdFromHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
