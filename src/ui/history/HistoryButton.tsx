import { useT } from '../../browser/i18n.tsx';
import './history.css';

/** The header's way into the version history: an icon beside undo and redo, the other way back in time. */
export function HistoryButton({ expanded, disabled, onToggle }: { expanded: boolean; disabled: boolean; onToggle(): void }) {
  const t = useT();
  return (
    <button type="button" className="button button--quiet button--icon history-button" aria-expanded={expanded} aria-label={t('history.button.label')} title={t('history.button.label')} disabled={disabled} onClick={onToggle}>
      <svg viewBox="0 0 20 20" aria-hidden="true">
        <path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6M3.5 3.5v3.2h3.2M10 6.5V10l2.5 1.8" />
      </svg>
    </button>
  );
}
