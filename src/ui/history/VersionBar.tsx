import { useId } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { intlLocale } from '../../canvas/feedback/relativeTime.ts';
import { errorText } from '../../collab/api.ts';
import type { VersionEntry } from '../../collab/versions.ts';
import { diffCounts } from '../../model/boardDiff.ts';
import type { Look, Looked } from './useLook.ts';
import type { VersionList } from './useVersions.ts';
import { summaryParts, versionName, versionTime } from './versionText.ts';
import './history.css';

interface Props {
  look: Look;
  looked: Looked;
  versions: VersionList;
  /** Given to a link that may restore. */
  onRestore?: () => void;
  onExport(): void;
  onLook(look: Look): void;
  onClose(): void;
}

const NOW = 'now';

/**
 * Across the board under its header while the past is looked at: which version, or which two
 * states are compared and how many of each change there are; the ways on (compare, export,
 * restore) and back to the live board.
 */
export function VersionBar({ look, looked, versions, onRestore, onExport, onLook, onClose }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const list = versions.state === 'ready' ? versions.versions : [look.from, ...(look.mode === 'compare' && look.to ? [look.to] : [])];
  const byId = (versionId: string) => list.find((v) => v.id === versionId);
  const option = (v: VersionEntry) => (
    <option key={v.id} value={v.id}>
      {versionName(v, t)} · {versionTime(v, intlLocale(locale))}
    </option>
  );
  // Compared in the order they were saved, whichever was picked first: "since" is the earlier.
  const compare = (from: VersionEntry, to: VersionEntry | null) => onLook(to && to.createdAt < from.createdAt ? { mode: 'compare', from: to, to: from } : { mode: 'compare', from, to });
  const counts = looked.state === 'ready' && looked.compared ? diffCounts(looked.compared.diff) : null;
  const parts = counts ? summaryParts(counts, t) : [];

  return (
    <section className="version-bar" data-testid="version-bar" data-mode={look.mode} aria-label={t(look.mode === 'compare' ? 'history.bar.comparing' : 'history.bar.viewing')}>
      <div className="version-bar__what">
        <span className="version-bar__eyebrow">{t(look.mode === 'compare' ? 'history.bar.comparing' : 'history.bar.viewing')}</span>
        {look.mode === 'version' ? (
          <span className="version-bar__title">
            {versionName(look.from, t)} <span className="version-bar__time">{versionTime(look.from, intlLocale(locale))}</span>
          </span>
        ) : (
          <span className="version-bar__pick">
            <label htmlFor={`${id}-from`}>{t('history.bar.compareFrom')}</label>
            <select id={`${id}-from`} className="input version-bar__select" value={look.from.id} onChange={(e) => compare(byId(e.target.value)!, look.to)}>
              {list.map(option)}
            </select>
            <label htmlFor={`${id}-to`}>{t('history.bar.to')}</label>
            <select id={`${id}-to`} className="input version-bar__select" value={look.to?.id ?? NOW} onChange={(e) => compare(look.from, e.target.value === NOW ? null : byId(e.target.value)!)}>
              <option value={NOW}>{t('history.now')}</option>
              {list.filter((v) => v.id !== look.from.id).map(option)}
            </select>
          </span>
        )}
      </div>
      <div className="version-bar__status" role="status">
        {looked.state === 'loading' && <span className="version-bar__quiet">{t('history.bar.loading')}</span>}
        {looked.state === 'failed' && <span className="version-bar__error">{t('history.bar.failed', { reason: errorText(looked.error, t) })}</span>}
        {looked.state === 'ready' && look.mode === 'version' && <span className="version-bar__quiet">{t('history.bar.readOnly')}</span>}
        {looked.state === 'ready' && look.mode === 'compare' && (
          <ul className="version-bar__summary" data-testid="compare-summary">
            {parts.length === 0 ? <li className="version-bar__quiet">{t('history.summary.none')}</li> : parts.map((part) => <li key={part.kind} className={`change-count change-count--${part.kind}`}>{part.text}</li>)}
          </ul>
        )}
      </div>
      <div className="version-bar__actions">
        {look.mode === 'version' && (
          <button type="button" className="button" onClick={() => compare(look.from, null)}>
            {t('history.row.compare')}
          </button>
        )}
        <button type="button" className="button" disabled={looked.state !== 'ready'} onClick={onExport}>
          {t('history.bar.export')}
        </button>
        {onRestore && (
          <button type="button" className="button" disabled={looked.state !== 'ready'} onClick={onRestore}>
            {t('history.bar.restore')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('history.bar.close')}
        </button>
      </div>
    </section>
  );
}
