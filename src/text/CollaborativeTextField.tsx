import { useLayoutEffect, type ClipboardEvent, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type * as Y from 'yjs';
import { useYText, type TextElement } from './useYText.ts';

interface Props {
  /** The shared text; null while it is not there yet, which shows the field read-only. */
  text: Y.Text | null;
  /** Called with the whole new value after each local edit, e.g. `(v) => setCardText(ctx, id, 'title', v)`. */
  onText(value: string): void;
  /** The accessible name. */
  label: string;
  maxLength: number;
  /** Line breaks allowed (Shift+Enter or Enter, as the caller's keys decide); else one line. */
  multiline?: boolean;
  rows?: number;
  id?: string;
  className?: string;
  placeholder?: string;
  autoFocus?: boolean;
  onKeyDown?(event: KeyboardEvent<TextElement>): void;
  onFocus?(event: FocusEvent<TextElement>): void;
  onBlur?(event: FocusEvent<TextElement>): void;
}

/**
 * A text field that several people type into at once: each sees the others' letters arrive
 * while their own caret stays where it was. Use it for text stored as a Y.Text.
 */
export function CollaborativeTextField({ multiline, ...props }: Props) {
  return multiline ? <CollaborativeTextarea {...props} /> : <OneLineField {...props} />;
}

function CollaborativeTextarea({ text, onText, label, maxLength, rows = 3, ...rest }: Omit<Props, 'multiline'>) {
  const binding = useYText<HTMLTextAreaElement>(text, onText, maxLength);
  useCaretAtEndOnAutoFocus(binding.ref, rest.autoFocus);
  return <textarea {...rest} {...binding} aria-label={label} maxLength={maxLength} rows={rows} readOnly={!text} />;
}

/*
 * One line, yet a textarea: an <input> drops line breaks from any value it is given, so a
 * shared text that holds one (from a file, or an older client) would differ from the field,
 * and the next keystroke would delete the break, and whatever others typed after it, for
 * everyone. A textarea keeps the text as it is; here Enter never breaks the line, and a pasted
 * line break becomes a space. It also wraps a long title as the text it replaces does.
 */
function OneLineField({ text, onText, label, maxLength, rows = 1, onKeyDown, ...rest }: Omit<Props, 'multiline'>) {
  const binding = useYText<HTMLTextAreaElement>(text, onText, maxLength);
  useCaretAtEndOnAutoFocus(binding.ref, rest.autoFocus);
  return (
    <textarea
      {...rest}
      {...binding}
      aria-label={label}
      maxLength={maxLength}
      rows={rows}
      readOnly={!text}
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
      }}
      onPaste={pasteOnOneLine}
    />
  );
}

function pasteOnOneLine(event: ClipboardEvent<HTMLTextAreaElement>): void {
  const el = event.currentTarget;
  const pasted = event.clipboardData.getData('text/plain');
  if (el.readOnly || !/[\r\n]/.test(pasted)) return;
  event.preventDefault();
  // Breaks at the ends go; each one between words, with the spaces around it, becomes a space.
  const line = pasted.replace(/^\s*[\r\n]\s*|\s*[\r\n]\s*$/g, '').replace(/\s*[\r\n]\s*/g, ' ');
  el.setRangeText(line, el.selectionStart, el.selectionEnd, 'end');
  // As typing would: the field's change handler sends the edit.
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A field focused on opening puts the caret after the text, where one goes on writing. */
function useCaretAtEndOnAutoFocus(ref: RefObject<TextElement | null>, autoFocus: boolean | undefined): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!autoFocus || !el || el.ownerDocument.activeElement !== el) return;
    el.setSelectionRange(el.value.length, el.value.length);
  }, [ref, autoFocus]);
}
