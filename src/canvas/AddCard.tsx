import { useState } from 'react';

/** "+ Add card" that turns into a field; Enter adds and stays open for the next card. */
export function AddCard({ where, onAdd }: { where: string; onAdd(title: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <button className="add-card" onClick={() => setDraft('')} aria-label={`Add card to ${where}`}>
        + Add card
      </button>
    );
  }
  return (
    <textarea
      className="inline-text__field add-card__field"
      aria-label={`New card in ${where}`}
      placeholder="What happens here?"
      autoFocus
      rows={2}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft.trim()) onAdd(draft.trim());
        setDraft(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          if (draft.trim()) onAdd(draft.trim());
          setDraft('');
        } else if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
