import { useEffect } from 'react';
import { presentationKey } from '../../model/presentation.ts';
import { useLatestCallback } from '../../browser/useLatestCallback.ts';

/**
 * Turns the pages from the keyboard while a presentation is on screen: the arrows, Page Down and
 * Page Up (what presentation clickers send), Space; Escape ends it. Taken before anything else on
 * the page sees them (capture), so the map underneath never moves its selection with them.
 */
export function usePresentationKeys(active: boolean, on: { turn(step: number): void; end(): void }): void {
  const act = useLatestCallback((action: ReturnType<typeof presentationKey>) => {
    if (action === 'next') on.turn(1);
    else if (action === 'previous') on.turn(-1);
    else if (action === 'stop') on.end();
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const action = presentationKey(e.key, e.shiftKey);
      if (action === null) return;
      // Space on a focused button presses it; it must not also turn the page.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      e.preventDefault();
      e.stopPropagation();
      act(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, act]);
}
