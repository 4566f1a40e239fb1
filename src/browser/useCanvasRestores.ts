import { useEffect, useState, type RefObject } from 'react';

/**
 * How many times the browser has given a canvas its 2D context back after taking it away (to
 * save memory, or when the GPU process restarted). A restored canvas is blank, so a component
 * that draws on one redraws when this changes.
 */
export function useCanvasRestores(canvas: RefObject<HTMLCanvasElement | null>): number {
  const [restores, setRestores] = useState(0);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onRestored = () => setRestores((count) => count + 1);
    element.addEventListener('contextrestored', onRestored);
    return () => element.removeEventListener('contextrestored', onRestored);
  }, [canvas]);
  return restores;
}
