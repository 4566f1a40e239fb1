import { memo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { useMediaQuery } from '../../browser/useMediaQuery.ts';
import { useConnection } from '../../collab/connection.ts';
import type { Identity } from '../../collab/identity.ts';
import { usePeers } from '../../collab/presence.ts';
import type { BoardSession } from '../../collab/session.ts';
import { navigate, type BoardViewName } from '../router.ts';
import { ConnectionAlert } from './ConnectionAlert.tsx';
import { ConnectionPill } from './ConnectionPill.tsx';
import { PresenceList } from './PresenceList.tsx';
import { TitleField } from './TitleField.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';
import type { BoardPictures } from './boardPictures.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { adminToken } from '../../collab/links.ts';
import { may } from '../../doc/index.ts';
import { ShareDialog } from '../share/ShareDialog.tsx';
import { SaveTemplateDialog } from './SaveTemplateDialog.tsx';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { useWorkshop } from '../../collab/useWorkshop.ts';
import { useFollowing } from '../../collab/following.ts';
import { WorkshopControl } from '../workshop/WorkshopControl.tsx';
import { CommentsButton } from '../comments/CommentsButton.tsx';
import { WorkshopTimer } from '../timer/WorkshopTimer.tsx';
import { HistoryButton } from '../history/HistoryButton.tsx';

interface Props {
  session: BoardSession;
  title: string;
  /** False while the page shows a preview: the document the header would edit is still loading. */
  live: boolean;
  identity: Identity;
  view: BoardViewName;
  pictures: BoardPictures;
  onRename(): void;
  /** Open comment threads on the board, null while it is not live; and the panel's state. */
  openThreads: number | null;
  commentsOpen: boolean;
  onToggleComments(): void;
  historyOpen: boolean;
  onToggleHistory(): void;
  /** A version is on screen in place of the live board. */
  lookingBack: boolean;
  /** Presents the view to everyone on the board; not given to those who may not. */
  onPresent?: () => void;
}

/** Memoised: an edit to the map changes none of its props, and it holds four dialogs. */
export const BoardHeader = memo(function BoardHeader({ session, title, live, identity, view, pictures, onRename, openThreads, commentsOpen, onToggleComments, historyOpen, onToggleHistory, lookingBack, onPresent }: Props) {
  const connection = useConnection(session.provider, session.boardId, session.link.token);
  const peers = usePeers(session.provider.awareness);
  const workshop = useWorkshop(session.doc);
  const [following, follow] = useFollowing(session.provider.awareness);
  const [dialog, setDialog] = useState<'export' | 'template' | 'share' | null>(null);
  const { role } = session.link;
  const t = useT();
  // As the header's style narrows it (board.css): a laptop's header holds the workshop's tools too.
  const laptop = useMediaQuery('(max-width: 1439px)');
  return (
    <>
      <header className="board-header">
        <a
          className="button button--quiet"
          title={t('board.header.boards')}
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <span aria-hidden="true">←</span>
          <span className="board-header__boards">{t('board.header.boards')}</span>
        </a>
        <TitleField ctx={session.ctx} title={title} readOnly={!live || !may(session.ctx, 'owner')} />
        <ViewSwitch boardId={session.boardId} current={view} />
        <ConnectionPill state={connection} />
        {!may(session.ctx, 'edit') && (
          <span className="pill pill--role" title={t(role === 'view' ? 'board.header.viewOnlyText' : 'board.header.commentOnlyText')}>
            {t(role === 'view' ? 'board.header.viewOnly' : 'board.header.commentOnly')}
          </span>
        )}
        <div className="board-header__end">
          <WorkshopTimer session={session} live={live} />
          {/* Undoing a comment would delete it, which a comment link may not. */}
          <div className="time-buttons">
            {may(session.ctx, 'edit') && <UndoButtons undo={session.undo} paused={lookingBack} />}
            <HistoryButton expanded={historyOpen} disabled={!live} onToggle={onToggleHistory} />
          </div>
          {live && <WorkshopControl session={session} workshop={workshop} identity={identity} peers={peers} onMap={view === 'map'} onPresent={onPresent} />}
          <CommentsButton openThreads={openThreads} expanded={commentsOpen} onToggle={onToggleComments} />
          <button className="button button--primary" onClick={() => setDialog('share')}>
            {t('board.header.share')}
          </button>
          <button className="button" disabled={!live} onClick={() => setDialog('export')}>
            {t('board.header.export')}
          </button>
          <ShareDialog boardId={session.boardId} link={session.link} open={dialog === 'share'} onClose={() => setDialog(null)} />
          <SaveTemplateDialog doc={session.doc} open={dialog === 'template'} onClose={() => setDialog(null)} />
          <ExportDialog
            doc={session.doc}
            boardId={session.boardId}
            link={session.link}
            pictures={pictures}
            open={dialog === 'export'}
            onClose={() => setDialog(null)}
            onSaveTemplate={adminToken() === null ? undefined : () => setDialog('template')}
          />
          <LanguageSwitch short={laptop} />
          <PresenceList me={identity} peers={peers} onRename={onRename} following={view === 'map' && live ? { current: following, follow } : undefined} />
        </div>
      </header>
      <ConnectionAlert
        state={connection}
        onExport={live ? () => setDialog('export') : undefined}
        onDiscardCopy={() => void session.discardCopy().then(() => window.location.reload())}
      />
    </>
  );
});
