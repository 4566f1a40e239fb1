import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ItemFocus } from './SectionPanel.tsx';

/**
 * Moves the caret to an item's text field inside `root` after the render that shows it. A new
 * item only exists once the document has changed and React has rendered it, and an item that
 * moved loses its focus when its row is moved in the DOM: both are handled by waiting for the
 * next commit in which the row is there.
 */
export function useItemFocus(root: RefObject<HTMLElement | null>): ItemFocus {
  const pending = useRef<string | null>(null);
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id || !root.current) return;
    const field = root.current.querySelector<HTMLTextAreaElement>(`[data-item-id="${CSS.escape(id)}"] textarea`);
    if (!field) return;
    pending.current = null;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  });
  const [focus] = useState<ItemFocus>(() => ({
    request(itemId) {
      pending.current = itemId;
      rerender((n) => n + 1);
    },
  }));
  return focus;
}
