import { useState, type TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'> {
  value: string;
  onCommit(value: string): void;
}

/**
 * Several lines of a last-writer-wins value (a stage's description): typed locally and written
 * once when the field is left, so others never see half a sentence.
 */
export function DraftTextArea({ value, onCommit, onBlur, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <textarea
      {...rest}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        if (draft !== null && draft !== value) onCommit(draft);
        setDraft(null);
        onBlur?.(e);
      }}
    />
  );
}
