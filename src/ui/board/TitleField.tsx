import { useState } from 'react';
import { LIMITS } from '../../model/index.ts';

/**
 * The board title, edited in place. It is written on Enter or blur, not per keystroke, so one
 * rename is one undo step; Escape puts the old title back.
 */
export function TitleField({ title, readOnly, onCommit }: { title: string; readOnly: boolean; onCommit(title: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() && draft !== title) onCommit(draft);
    setDraft(null);
  };
  return (
    <input
      className="title-field"
      aria-label="Board title"
      maxLength={LIMITS.title}
      readOnly={readOnly}
      value={draft ?? title}
      onFocus={() => !readOnly && setDraft(title)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(null);
          requestAnimationFrame(() => (e.target as HTMLInputElement).blur());
        }
      }}
    />
  );
}
