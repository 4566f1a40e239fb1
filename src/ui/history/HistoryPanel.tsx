import { useT } from '../../browser/i18n.tsx';
import { useNow } from '../../canvas/feedback/useNow.ts';
import { SidePanel } from '../SidePanel.tsx';
import { errorText } from '../../collab/api.ts';
import type { VersionEntry } from '../../collab/versions.ts';
import { VersionRow } from './VersionRow.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import type { Look } from './useLook.ts';
import type { VersionList } from './useVersions.ts';
import './history.css';

interface Props {
  boardId: string;
  token: string;
  /** The link may save and restore versions. */
  canEdit: boolean;
  versions: VersionList;
  onReload(): void;
  look: Look | null;
  onLook(look: Look): void;
  onClose(): void;
}

/**
 * The board's saved versions beside the map, newest first: named ones and the automatic ones
 * (a workshop's end, before a restore, every hour of editing). Each opens read-only or compares
 * with now; the panel stays open while one is looked at, to step through them.
 */
export function HistoryPanel({ boardId, token, canEdit, versions, onReload, look, onLook, onClose }: Props) {
  const t = useT();
  const now = useNow();
  return (
    <SidePanel title={t('history.panel.title')} closeLabel={t('history.panel.close')} onClose={onClose} className="history-panel">
        {canEdit ? <SaveVersionForm boardId={boardId} token={token} onSaved={onReload} /> : <p className="side-panel__note">{t('history.save.viewOnly')}</p>}
        {versions.state === 'loading' && <p className="side-panel__note">{t('history.list.loading')}</p>}
        {versions.state === 'failed' && (
          <div className="banner" role="alert">
            {t('history.list.failed', { reason: errorText(versions.error, t) })}{' '}
            <button type="button" className="button button--small" onClick={onReload}>
              {t('history.list.retry')}
            </button>
          </div>
        )}
        {versions.state === 'ready' &&
          (versions.versions.length === 0 ? (
            <p className="side-panel__note">{t('history.list.empty')}</p>
          ) : (
            <ol className="version-list" aria-label={t('history.list.label')}>
              {versions.versions.map((version: VersionEntry) => (
                <VersionRow
                  key={version.id}
                  boardId={boardId}
                  token={token}
                  version={version}
                  now={now}
                  current={look?.from.id === version.id}
                  onView={() => onLook({ mode: 'version', from: version })}
                  onCompare={() => onLook({ mode: 'compare', from: version, to: null })}
                />
              ))}
            </ol>
          ))}
    </SidePanel>
  );
}
