import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * A field for a last-writer-wins value (a card's owner, its link): typing stays
 * local and the value is written once, when committed (Enter, leaving the field) or when the
 * field goes away with a draft still open (the dialog closed by Escape or Done), so a
 * half-typed word never reaches others and a finished one is never lost.
 */
export function useDraft(value: string, onCommit: (value: string) => void) {
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
  return { shown: draft ?? value, setDraft, commit };
}
