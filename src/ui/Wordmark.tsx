import { useT } from '../browser/i18n.tsx';

/** The product's mark and name, as in the favicon. */
export function Wordmark() {
  const t = useT();
  return (
    <span className="wordmark">
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="var(--accent)" />
        <rect x="6" y="8" width="6" height="16" rx="2" fill="#fff" />
        <rect x="13" y="8" width="6" height="10" rx="2" fill="#fff" opacity=".8" />
        <rect x="20" y="8" width="6" height="13" rx="2" fill="#fff" opacity=".6" />
      </svg>
      {t('app.name')}
    </span>
  );
}
