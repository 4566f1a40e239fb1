import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always runs the latest `callback`. For
 * handlers given to a component that treats a new function as a change of its own state:
 * React Flow stores each changed handler prop with a store update that every node, handle
 * and edge re-checks, so a new handler on each render costs as much as new nodes.
 */
export function useLatestCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
