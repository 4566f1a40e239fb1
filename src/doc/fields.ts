import * as Y from 'yjs';

/** A string field read leniently: a Y.Text as its text, anything but a string as `fallback`. */
export function readString(map: Y.Map<unknown>, key: string, fallback = ''): string {
  const value = map.get(key);
  if (typeof value === 'string') return value;
  if (value instanceof Y.Text) return value.toString();
  return fallback;
}
