import { useSyncExternalStore } from 'react';

/** The two places of the app: the home page and one board. */
export type Route = { page: 'home' } | { page: 'board'; boardId: string } | { page: 'notFound' };

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const board = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (board) return { page: 'board', boardId: decodeURIComponent(board[1]!) };
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

export function boardPath(boardId: string): string {
  return `/b/${encodeURIComponent(boardId)}`;
}
