import { useState } from 'react';
import { LIMITS } from '../../model/index.ts';

/**
 * Edits a card's title in place. Enter saves (Shift+Enter for a new line), Escape cancels
 * (onDone(null)), leaving the field saves. `nodrag nowheel` keep React Flow from dragging or
 * zooming while text is selected or scrolled.
 */
export function CardTitleField({ value, onDone }: { value: string; onDone(value: string | null): void }) {
  const [draft, setDraft] = useState(value);
  return (
    <textarea
      className="card-node__field nodrag nowheel"
      aria-label="Card title"
      autoFocus
      maxLength={LIMITS.shortText}
      rows={2}
      value={draft}
      placeholder="What happens here?"
      onChange={(e) => setDraft(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={() => onDone(draft)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
    />
  );
}
