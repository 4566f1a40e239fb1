import { useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { intlLocale, relativeTime } from '../../canvas/feedback/relativeTime.ts';
import { loadVersionBoard, type VersionEntry } from '../../collab/versions.ts';
import type { Board } from '../../model/index.ts';
import { TemplatePreview } from '../home/TemplatePreview.tsx';
import { versionAuthors, versionName, versionTime } from './versionText.ts';

interface Props {
  boardId: string;
  token: string;
  version: VersionEntry;
  now: number;
  /** This version is the one open, or compared from. */
  current: boolean;
  onView(): void;
  onCompare(): void;
}

/** One saved version: its map in miniature, its name (or why it was saved), when, and who was there. */
export function VersionRow({ boardId, token, version, now, current, onView, onCompare }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const name = versionName(version, t);
  return (
    <li className={`version-row ${version.name === null ? 'version-row--auto' : ''} ${current ? 'is-current' : ''}`} data-version-id={version.id} aria-current={current || undefined}>
      <VersionThumb boardId={boardId} token={token} versionId={version.id} label={t('history.row.preview', { name })} />
      <div className="version-row__text">
        <p className="version-row__name">
          {version.name === null && <span className="version-row__kind">{t('history.kind.auto')}</span>}
          <span className="version-row__title">{name}</span>
        </p>
        <p className="version-row__when" title={versionTime(version, intlLocale(locale))}>
          {relativeTime(version.createdAt, now, intlLocale(locale), t('comments.justNow'))} · {versionTime(version, intlLocale(locale))}
        </p>
        <p className="version-row__authors">{versionAuthors(version.authors, t)}</p>
        <div className="version-row__actions">
          <button type="button" className="button button--small" aria-label={t('history.row.view.label', { name })} onClick={onView}>
            {t('history.row.view')}
          </button>
          <button type="button" className="button button--small button--quiet" aria-label={t('history.row.compare.label', { name })} onClick={onCompare}>
            {t('history.row.compare')}
          </button>
        </div>
      </div>
    </li>
  );
}

/** The version's map in miniature, read from the server once the row scrolls into view. */
function VersionThumb({ boardId, token, versionId, label }: { boardId: string; token: string; versionId: string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let current = true;
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      // A preview that cannot be read stays a plain panel: the row still opens the version.
      loadVersionBoard(boardId, token, versionId).then((read) => current && setBoard(read), () => {});
    });
    seen.observe(element);
    return () => {
      current = false;
      seen.disconnect();
    };
  }, [boardId, token, versionId]);
  const view = board && board.stages.length === 0 && board.strategy.length > 0 ? 'strategy' : 'map';
  return (
    <div className="version-row__thumb" ref={box} title={label}>
      {board && <TemplatePreview board={board} view={view} />}
    </div>
  );
}
