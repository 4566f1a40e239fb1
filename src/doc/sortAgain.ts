/**
 * `items` sorted by `compare`, given `previous`: the list as sorted before the last change.
 * The board reader keeps a record's object until the record changes (boardReader.ts), and an
 * unchanged record sorts where it did: so the objects still there keep their order, and only
 * the new objects are sorted and merged in. A remote move of one card on a 1,000-card map
 * then costs a pass over the list rather than a sort of it.
 */
export function sortAgain<T extends object>(items: readonly T[], previous: readonly T[] | undefined, compare: (a: T, b: T) => number): T[] {
  if (!previous) return [...items].sort(compare);
  const before = new Set(previous);
  const fresh = items.filter((item) => !before.has(item)).sort(compare);
  if (fresh.length === items.length) return fresh;
  const now = new Set(items);
  const merged: T[] = [];
  let next = 0;
  for (const item of previous) {
    if (!now.has(item)) continue;
    while (next < fresh.length && compare(fresh[next]!, item) < 0) merged.push(fresh[next++]!);
    merged.push(item);
  }
  while (next < fresh.length) merged.push(fresh[next++]!);
  return merged;
}
