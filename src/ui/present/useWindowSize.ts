import { useSyncExternalStore } from 'react';
import type { Viewport } from './presentSizes.ts';

function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

let last: Viewport = { width: 0, height: 0 };
/** The same object while the size holds, as useSyncExternalStore needs. */
function read(): Viewport {
  if (last.width !== window.innerWidth || last.height !== window.innerHeight) last = { width: window.innerWidth, height: window.innerHeight };
  return last;
}

/** The window's size in CSS px, re-rendering on a resize (entering full screen is one). */
export function useWindowSize(): Viewport {
  return useSyncExternalStore(subscribe, read);
}
