import { useCallback, useEffect, useRef, useState } from 'react';

/** A short message that explains why something did not happen (e.g. a card dropped outside any cell). */
export function useNotice(durationMs = 4000): [string | null, (message: string) => void] {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const notify = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      setMessage(next);
      timer.current = setTimeout(() => setMessage(null), durationMs);
    },
    [durationMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, notify];
}

export function Notice({ message }: { message: string | null }) {
  return (
    <div className="notice" role="status" aria-live="polite">
      {message && <span className="notice__text">{message}</span>}
    </div>
  );
}
