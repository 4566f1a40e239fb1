import { useSyncExternalStore } from 'react';

/** A board's two views of the same document. */
export type BoardViewName = 'map' | 'strategy';

/** The places of the app: the home page, and one board in one of its views. */
export type Route = { page: 'home' } | { page: 'board'; boardId: string; view: BoardViewName } | { page: 'notFound' };

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const board = /^\/b\/([^/]+)(\/strategy)?\/?$/.exec(pathname);
  if (board) return { page: 'board', boardId: decodeURIComponent(board[1]!), view: board[2] ? 'strategy' : 'map' };
  return { page: 'notFound' };
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  return routeOf(path);
}

export function boardPath(boardId: string, view: BoardViewName = 'map'): string {
  return `/b/${encodeURIComponent(boardId)}${view === 'strategy' ? '/strategy' : ''}`;
}

/** The view of the board on screen; the map when the address names no other. */
export function useBoardViewName(): BoardViewName {
  const route = useRoute();
  return route.page === 'board' ? route.view : 'map';
}
