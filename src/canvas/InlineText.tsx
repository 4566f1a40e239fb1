import { useState } from 'react';

interface Props {
  value: string;
  label: string;
  placeholder?: string;
  className?: string;
  multiline?: boolean;
  onCommit(value: string): void;
}

/**
 * Text shown as text and edited in place: double-click or Enter to edit; Enter (or blur) saves
 * as one change, Escape cancels. Shift+Enter makes a new line where multiline.
 */
export function InlineText({ value, label, placeholder, className = '', multiline, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  if (draft === null) {
    return (
      <span
        className={`inline-text ${className} ${value ? '' : 'inline-text--empty'}`}
        role="button"
        tabIndex={0}
        aria-label={`${label}: ${value || 'empty'}. Press Enter to edit`}
        onDoubleClick={() => setDraft(value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            setDraft(value);
          }
        }}
      >
        {value || placeholder}
      </span>
    );
  }
  const Field = multiline ? 'textarea' : 'input';
  return (
    <Field
      className={`inline-text__field ${className}`}
      aria-label={label}
      autoFocus
      value={draft}
      rows={multiline ? 3 : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
