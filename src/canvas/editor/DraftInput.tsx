import { useEffect, useLayoutEffect, useRef, useState, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
}

/**
 * A one-line field for a last-writer-wins value (owner, link): typing stays local and the value
 * is written once, on Enter or on leaving the field, so a half-typed word never reaches others.
 * A draft still open when the dialog closes (Escape, Done) is written too, not lost.
 */
export function DraftInput({ value, onCommit, onBlur, onKeyDown, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit });
  useLayoutEffect(() => {
    latest.current = { draft, value, onCommit };
  });
  useEffect(
    () => () => {
      const { draft: open, value: stored, onCommit: commit } = latest.current;
      if (open !== null && open !== stored) commit(open);
    },
    [],
  );

  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <input
      {...rest}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          commit();
        }
        onKeyDown?.(e);
      }}
    />
  );
}
