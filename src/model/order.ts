import { generateKeyBetween } from 'fractional-indexing';

interface Ordered {
  id: string;
  order: string;
}

/** Sorts by fractional order; equal orders (two concurrent inserts) fall back to the id. */
export function compareOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The order key that puts an item at `index` among `siblings` (sorted, the item itself excluded).
 * Two concurrent inserts can produce equal keys; a later insert between two equal keys moves to
 * the next distinct key, so a key is always strictly between its neighbours.
 */
export function orderAt(siblings: readonly Ordered[], index: number): string {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = at > 0 ? siblings[at - 1]!.order : null;
  let after: string | null = null;
  for (let i = at; i < siblings.length; i++) {
    const key = siblings[i]!.order;
    if (before === null || key > before) {
      after = key;
      break;
    }
  }
  return generateKeyBetween(before, after);
}

/** Whether a key is one this ordering can place others around (a file may hold any string). */
export function isOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
