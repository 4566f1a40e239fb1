import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';
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
  multiline?: boolean;
  rows?: number;
  id?: string;
  className?: string;
  placeholder?: string;
  autoFocus?: boolean;
  onKeyDown?(event: KeyboardEvent<TextElement>): void;
}

/**
 * A text field that several people type into at once: each sees the others' letters arrive
 * while their own caret stays where it was. Use it for text stored as a Y.Text.
 */
export function CollaborativeTextField({ multiline, ...props }: Props) {
  return multiline ? <CollaborativeTextarea {...props} /> : <CollaborativeInput {...props} />;
}

function CollaborativeTextarea({ text, onText, label, maxLength, rows = 3, ...rest }: Omit<Props, 'multiline'>) {
  const binding = useYText<HTMLTextAreaElement>(text, onText, maxLength);
  useCaretAtEndOnAutoFocus(binding.ref, rest.autoFocus);
  return <textarea {...rest} {...binding} aria-label={label} maxLength={maxLength} rows={rows} readOnly={!text} />;
}

/*
 * An <input> drops line breaks from any value it is given. A shared text that holds one would
 * then differ from the field, and the next keystroke would delete the break for everyone: so a
 * single-line field is only for texts that never hold one.
 */
function CollaborativeInput({ text, onText, label, maxLength, rows: _rows, ...rest }: Omit<Props, 'multiline'>) {
  const binding = useYText<HTMLInputElement>(text, onText, maxLength);
  useCaretAtEndOnAutoFocus(binding.ref, rest.autoFocus);
  return <input {...rest} {...binding} aria-label={label} maxLength={maxLength} readOnly={!text} />;
}

/** A field focused on opening puts the caret after the text, where one goes on writing. */
function useCaretAtEndOnAutoFocus(ref: RefObject<TextElement | null>, autoFocus: boolean | undefined): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!autoFocus || !el || el.ownerDocument.activeElement !== el) return;
    el.setSelectionRange(el.value.length, el.value.length);
  }, [ref, autoFocus]);
}
