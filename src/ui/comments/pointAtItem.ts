/** How long a strategy item stays pointed out after a thread on it is chosen. */
const POINTED_MS = 2000;

/**
 * Scrolls the strategy canvas to an item and outlines it for a moment; false when the item is
 * not on the page (yet: the canvas may still be mounting).
 */
export function pointAtStrategyItem(itemId: string): boolean {
  const row = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
  if (!row) return false;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row.classList.add('is-comment-target');
  setTimeout(() => row.classList.remove('is-comment-target'), POINTED_MS);
  return true;
}
