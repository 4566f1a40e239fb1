import type { InputHTMLAttributes } from 'react';
import { useDraft } from './useDraft.ts';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
}

/** A one-line draft field (see useDraft): written on Enter, on leaving it, or on closing. */
export function DraftInput({ value, onCommit, onBlur, onKeyDown, ...rest }: Props) {
  const { shown, setDraft, commit } = useDraft(value, onCommit);
  return (
    <input
      {...rest}
      value={shown}
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
