import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { BoardSession } from '../../collab/session.ts';
import { useSynced } from '../../collab/useSynced.ts';
import { may } from '../../doc/index.ts';
import { ExportDialog } from '../board/ExportDialog.tsx';
import type { BoardPictures } from '../board/boardPictures.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import { restoreVersion } from './restoreVersion.ts';
import type { History } from './useHistory.ts';
import { VersionBar } from './VersionBar.tsx';
import { versionName } from './versionText.ts';

interface Props {
  session: BoardSession;
  history: History;
  pictures: BoardPictures;
  /** Says something for a moment over the board (the board's Notice). */
  notify(message: string): void;
}

/**
 * While the past is looked at: the bar across the board, and its dialogs: exporting what is on
 * screen (the version, or the later state with what changed since the earlier one), and
 * restoring the version looked at.
 */
export function HistoryControls({ session, history, pictures, notify }: Props) {
  const t = useT();
  const online = useSynced(session.provider);
  const [dialog, setDialog] = useState<'export' | 'restore' | null>(null);
  const { look, looked, shown } = history;
  if (!look || !looked) return null;
  const name = versionName(look.from, t);
  const restorable = looked.state === 'ready' ? (look.mode === 'version' ? looked.own : looked.since) : null;
  return (
    <>
      <VersionBar
        look={look}
        looked={looked}
        versions={history.versions}
        onRestore={may(session.ctx, 'edit') ? () => setDialog('restore') : undefined}
        onExport={() => setDialog('export')}
        onLook={history.setLook}
        onClose={() => history.setLook(null)}
      />
      {shown && (
        <ExportDialog
          doc={shown.doc}
          boardId={session.boardId}
          link={session.link}
          pictures={pictures}
          open={dialog === 'export'}
          onClose={() => setDialog(null)}
          since={look.mode === 'compare' ? look.from : null}
          savedAt={look.mode === 'version' ? look.from.createdAt : (look.to?.createdAt ?? null)}
        />
      )}
      <RestoreDialog
        name={dialog === 'restore' ? name : null}
        online={online}
        onRestore={() => restoreVersion(session, look.from.id, restorable!)}
        onClose={() => setDialog(null)}
        onRestored={(how) => {
          setDialog(null);
          history.setLook(null);
          history.reloadVersions();
          notify(t(how === 'undoable' ? 'history.restore.done' : 'history.restore.doneByServer', { name }));
        }}
      />
    </>
  );
}
