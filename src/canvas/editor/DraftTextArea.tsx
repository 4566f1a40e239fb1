import type { TextareaHTMLAttributes } from 'react';
import { useDraft } from './useDraft.ts';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
}

/** Several lines of a draft value (see useDraft): written on leaving the field or on closing. */
export function DraftTextArea({ value, onCommit, onBlur, ...rest }: Props) {
  const { shown, setDraft, commit } = useDraft(value, onCommit);
  return (
    <textarea
      {...rest}
      value={shown}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
    />
  );
}
