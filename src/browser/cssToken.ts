/**
 * Tokens from the stylesheet, so canvas drawings keep the board's palette and sizes. Each is
 * read from the computed style once: a computed style read while the page has pending DOM
 * changes (as in a commit that just moved nodes) makes the browser restyle the whole page on
 * the spot, about 10 ms on a 1,000-card map.
 */
export function tokenReader(element: Element): (name: string) => string {
  const style = getComputedStyle(element);
  const known = new Map<string, string>();
  return (name) => {
    let value = known.get(name);
    if (value === undefined) {
      value = style.getPropertyValue(name).trim();
      // Not kept while empty: the stylesheet may not have been applied yet.
      if (value !== '') known.set(name, value);
    }
    return value;
  };
}

let root: ((name: string) => string) | null = null;

/** A token as :root defines it. The tokens never change while the page runs (no theme switch). */
export function rootToken(name: string): string {
  root ??= tokenReader(document.documentElement);
  return root(name);
}
