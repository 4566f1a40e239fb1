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
    <button type="button" className="button comments-button" aria-expanded={expanded} aria-label={t('comments.button.label', { count })} title={t('comments.button.label', { count })} disabled={openThreads === null} onClick={onToggle}>
      <svg className="comments-button__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <path d="M4 3.5h12A1.5 1.5 0 0 1 17.5 5v8a1.5 1.5 0 0 1-1.5 1.5H9l-4 3v-3H4A1.5 1.5 0 0 1 2.5 13V5A1.5 1.5 0 0 1 4 3.5Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <span className="comments-button__label">{t('comments.button')}</span>
      <span className="comments-button__count" data-testid="open-thread-count" data-count={count} aria-hidden="true">
        {count}
      </span>
    </button>
  );
}
