import { useT } from '../../browser/i18n.tsx';
import './commentsPanel.css';

interface Props {
  /** Open threads on the board's records; null while the board is not shown yet. */
  openThreads: number | null;
  expanded: boolean;
  onToggle(): void;
}

/** The header's way into the comments panel, with the count of open threads everyone sees. */
export function CommentsButton({ openThreads, expanded, onToggle }: Props) {
  const t = useT();
  const count = openThreads ?? 0;
  return (
    <button type="button" className="button comments-button" aria-expanded={expanded} aria-label={t('comments.button.label', { count })} disabled={openThreads === null} onClick={onToggle}>
      {t('comments.button')}
      <span className="comments-button__count" data-testid="open-thread-count" data-count={count} aria-hidden="true">
        {count}
      </span>
    </button>
  );
}
