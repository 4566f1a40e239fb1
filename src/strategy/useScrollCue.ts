import { useEffect, useLayoutEffect, type RefObject } from 'react';

/** Within this many pixels of an end, a list counts as scrolled to it (sub-pixel layouts). */
const SLACK = 2;

function mark(list: HTMLElement): void {
  const above = list.scrollTop > SLACK;
  const below = list.scrollTop + list.clientHeight < list.scrollHeight - SLACK;
  const more = [above && 'above', below && 'below'].filter(Boolean).join(' ');
  if ((list.dataset.more ?? '') !== more) {
    if (more) list.dataset.more = more;
    else delete list.dataset.more;
  }
}

/**
 * Marks a scrolling list with `data-more="above below"` for the ends it hides items past, so
 * its CSS fades that edge: a section cut mid-line then reads as one that goes on, not as lost
 * text. Checked after each render (items added, moved or retyped), on scroll and on resize.
 */
export function useScrollCue(list: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (list.current) mark(list.current);
  });
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const update = () => mark(element);
    const resized = new ResizeObserver(update);
    resized.observe(element);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, [list]);
}
