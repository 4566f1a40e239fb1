import * as Y from 'yjs';

/**
 * Replaces the content of a Y.Text with `next` by editing only the changed middle, so that
 * a concurrent edit elsewhere in the same text (another person typing) is kept.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current.charCodeAt(endCurrent - 1) === next.charCodeAt(endNext - 1)) {
    endCurrent--;
    endNext--;
  }
  if (endCurrent > start) text.delete(start, endCurrent - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
}

export function newText(content: string): Y.Text {
  const text = new Y.Text();
  if (content) text.insert(0, content);
  return text;
}

/** The Y.Text stored under `key`, creating it when an older or broken record lacks one. */
export function textField(map: Y.Map<unknown>, key: string): Y.Text {
  const value = map.get(key);
  if (value instanceof Y.Text) return value;
  const text = newText(typeof value === 'string' ? value : '');
  map.set(key, text);
  return text;
}
