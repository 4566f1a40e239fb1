/*
 * Plain-string arithmetic for a text field bound to a Y.Text: where a caret goes when someone
 * else's change lands, and how a local edit made against an older text is replayed on the newer
 * one. Indices are UTF-16 code units, as in both Y.Text and HTMLTextAreaElement selections.
 */

/** A change to a text, in the shape of Y.YTextEvent.delta: retain, insert and delete runs in order. */
export type TextDelta = ReadonlyArray<{ insert?: unknown; retain?: number; delete?: number }>;

/** One contiguous local change: `remove` characters at `index` replaced by `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

export interface TextSelection {
  start: number;
  end: number;
}

/** A Y.Text embed counts as one position; text counts its code units. */
function insertLength(insert: unknown): number {
  return typeof insert === 'string' ? insert.length : 1;
}

/**
 * Where `index` lands after `delta`. Text inserted exactly at `index` goes after it when
 * `assoc` is -1 (the position sticks to what was before it) and before it when `assoc` is 1.
 * A position inside deleted text moves to where the deletion was. This matches Yjs's own
 * relative positions (assoc -1 and 0 there), which the tests check.
 */
export function transformIndex(index: number, delta: TextDelta, assoc: -1 | 1 = -1): number {
  let at = 0; // how far into the changed text the ops so far reach
  let out = index;
  for (const op of delta) {
    if (at > out) break;
    if (op.insert !== undefined) {
      const length = insertLength(op.insert);
      if (at < out || assoc > 0) out += length;
      at += length;
    } else if (op.delete) {
      // With assoc 1 the position sticks to the character after it; once that one is deleted,
      // everything later in the delta lies after the position.
      if (assoc > 0 && out < at + op.delete) return at;
      out -= Math.min(op.delete, out - at);
    } else if (op.retain) {
      at += op.retain;
    }
  }
  return out;
}

/**
 * A selection after someone else's change. A range keeps its own text and does not grow to
 * swallow what another person typed at its edges; a caret stays before text inserted at it, so
 * a word one is typing is not split by another person's letters.
 */
export function transformSelection(selection: TextSelection, delta: TextDelta): TextSelection {
  if (selection.start === selection.end) {
    const caret = transformIndex(selection.start, delta, -1);
    return { start: caret, end: caret };
  }
  const start = transformIndex(selection.start, delta, 1);
  const end = transformIndex(selection.end, delta, -1);
  return { start, end: Math.max(start, end) };
}

/**
 * The one edit that turns `before` into `after`. Typing "a" into "a|a" could be read as an
 * insert at 1 or at 2; the caret (where the edit ended in `after`) settles it, so the edit is
 * the one the person made and a concurrent change nearby merges around the right characters.
 * Returns null when the texts are equal.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (caret === undefined) {
    suffix = Math.min(suffix, shorter - prefix);
  } else {
    suffix = Math.min(suffix, Math.max(0, after.length - caret), shorter);
    prefix = Math.min(prefix, shorter - suffix);
  }
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** A local edit made against an older text, moved through the changes others made since. */
export function rebaseEdit(edit: TextEdit, deltas: readonly TextDelta[]): TextEdit {
  let start = edit.index;
  let end = edit.index + edit.remove;
  for (const delta of deltas) {
    if (start === end) {
      start = end = transformIndex(start, delta, -1);
    } else {
      start = transformIndex(start, delta, 1);
      end = Math.max(start, transformIndex(end, delta, -1));
    }
  }
  return { index: start, remove: end - start, insert: edit.insert };
}

export function applyEdit(text: string, edit: TextEdit): string {
  const index = Math.min(edit.index, text.length);
  return text.slice(0, index) + edit.insert + text.slice(Math.min(text.length, index + edit.remove));
}
