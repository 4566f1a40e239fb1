import { useCallback, useLayoutEffect, useRef, useState, type ChangeEvent, type CompositionEvent, type RefObject } from 'react';
import type * as Y from 'yjs';
import { clip } from '../model/index.ts';
import { applyEdit, diffText, rebaseEdit, transformSelection, type TextDelta, type TextSelection } from './textEdits.ts';

export type TextElement = HTMLTextAreaElement | HTMLInputElement;

/** What the hook hands to its `<textarea>` or `<input>`: spread it onto the element. */
export interface YTextBinding<E extends TextElement> {
  ref: RefObject<E | null>;
  defaultValue: string;
  onChange(event: ChangeEvent<E>): void;
  onCompositionStart(event: CompositionEvent<E>): void;
  onCompositionEnd(event: CompositionEvent<E>): void;
}

interface FieldState {
  /** The text as it was when the field last matched the Y.Text. */
  base: string;
  /** Others' changes to the Y.Text since `base`, not yet shown because an IME was composing. */
  pending: TextDelta[];
  composing: boolean;
  /** True while our own write is in flight, so its echo is not mistaken for someone else's. */
  writing: boolean;
}

/**
 * Binds an uncontrolled text field to a Y.Text, live in both directions.
 *
 * The element is uncontrolled on purpose: a controlled value makes React set `value` after every
 * remote change, which throws the caret to the end. Here someone else's change is written into
 * the element directly, with the selection moved through the change so it stays on the same
 * characters. Local typing goes out through `onText` with the whole new value; the caller's
 * command diffs it and records it under the typing origin.
 *
 * While an IME is composing, the element is left alone (rewriting it cancels the composition)
 * and others' changes queue up; on compositionend the composed text is replayed through them.
 */
export function useYText<E extends TextElement>(text: Y.Text | null, onText: (value: string) => void, maxLength: number): YTextBinding<E> {
  const ref = useRef<E | null>(null);
  const state = useRef<FieldState>({ base: '', pending: [], composing: false, writing: false });
  // Only the first render's text: React writes a changed defaultValue into an untouched field,
  // which would race the observer below.
  const [defaultValue] = useState(() => text?.toString() ?? '');
  const onTextRef = useRef(onText);
  useLayoutEffect(() => {
    onTextRef.current = onText;
  });

  const reconcile = useCallback(() => {
    const el = ref.current;
    const s = state.current;
    if (!el || !text) return;
    const remote = s.pending;
    s.pending = [];
    let selection = readSelection(el);
    const local = diffText(s.base, el.value, selection.end);
    if (local) {
      const rebased = rebaseEdit(local, remote);
      s.writing = true;
      try {
        onTextRef.current(clip(applyEdit(text.toString(), rebased), maxLength));
      } finally {
        s.writing = false;
      }
      if (remote.length > 0) {
        const caret = rebased.index + rebased.insert.length;
        selection = { start: caret, end: caret, direction: 'none' };
      }
    } else {
      selection = { ...remote.reduce<TextSelection>(transformSelection, selection), direction: selection.direction };
    }
    const shown = text.toString();
    s.base = shown;
    if (el.value !== shown) {
      el.value = shown;
      if (el.ownerDocument.activeElement === el) restoreSelection(el, selection);
    }
  }, [text, maxLength]);

  useLayoutEffect(() => {
    const el = ref.current;
    const s = state.current;
    s.pending = [];
    s.base = text?.toString() ?? '';
    if (el && el.value !== s.base) el.value = s.base;
    if (!text) return;
    const onRemote = (event: Y.YTextEvent) => {
      if (s.writing) return;
      // The delta must be read inside the handler: Yjs computes it from the live transaction.
      s.pending.push(event.delta);
      if (!s.composing) reconcile();
    };
    text.observe(onRemote);
    return () => text.unobserve(onRemote);
  }, [text, reconcile]);

  return {
    ref,
    defaultValue,
    onChange(event) {
      if (state.current.composing || (event.nativeEvent as InputEvent).isComposing) return;
      reconcile();
    },
    onCompositionStart() {
      state.current.composing = true;
    },
    onCompositionEnd() {
      state.current.composing = false;
      reconcile();
    },
  };
}

type FieldSelection = TextSelection & { direction: 'forward' | 'backward' | 'none' };

function readSelection(el: TextElement): FieldSelection {
  const end = el.selectionEnd ?? el.value.length;
  return { start: el.selectionStart ?? end, end, direction: el.selectionDirection ?? 'none' };
}

function restoreSelection(el: TextElement, selection: FieldSelection): void {
  const length = el.value.length;
  el.setSelectionRange(Math.min(selection.start, length), Math.min(selection.end, length), selection.direction);
}
