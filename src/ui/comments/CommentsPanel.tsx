import { useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { CommentThreadView } from '../../canvas/feedback/CommentThreadView.tsx';
import { intlLocale, relativeTime } from '../../canvas/feedback/relativeTime.ts';
import { useNow } from '../../canvas/feedback/useNow.ts';
import { SidePanel } from '../SidePanel.tsx';
import { useLocale } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import { may, type EditContext } from '../../doc/index.ts';
import { commentGroups, type Board, type CommentTargetKind, type CommentThread } from '../../model/index.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { targetName } from './targetName.ts';
import './commentsPanel.css';

interface Props {
  ctx: EditContext;
  board: Board;
  identity: Identity;
  onClose(): void;
  /** Brings a thread's target into view: on the map, or on the strategy canvas. */
  onShowTarget(kind: CommentTargetKind, targetId: string): void;
}

/**
 * The board's comment threads beside the map, grouped by what they are on. It stays open while
 * people work, so it is a panel rather than a dialog: the map behind it keeps moving.
 */
export function CommentsPanel({ ctx, board, identity, onClose, onShowTarget }: Props) {
  const t = useT();
  const now = useNow();
  const [showing, setShowing] = useState<'open' | 'resolved'>('open');
  const [openThreadId, setOpenThreadId] = useState<string | null>(null);
  const groups = useMemo(() => commentGroups(board, { resolved: showing === 'resolved' }), [board, showing]);
  const counts = useMemo(
    () => ({
      open: commentGroups(board, { resolved: false }).reduce((n, g) => n + g.threads.length, 0),
      resolved: commentGroups(board, { resolved: true }).reduce((n, g) => n + g.threads.length, 0),
    }),
    [board],
  );

  const choose = (thread: CommentThread, kind: CommentTargetKind) => {
    setOpenThreadId(thread.id);
    onShowTarget(kind, thread.targetId);
  };

  return (
    <SidePanel title={t('comments.panel.title')} closeLabel={t('comments.panel.close')} onClose={onClose} className="comments-panel">
        {may(ctx, 'comment') ? (
          <NewThreadForm
            ctx={ctx}
            board={board}
            identity={identity}
            onStarted={(threadId, kind, targetId) => {
              setShowing('open');
              setOpenThreadId(threadId);
              onShowTarget(kind, targetId);
            }}
          />
        ) : (
          <p className="side-panel__note">{t('comments.panel.viewOnly')}</p>
        )}
        <div className="comments-panel__which" role="group" aria-label={t('comments.panel.which')}>
          {(['open', 'resolved'] as const).map((which) => (
            <button
              key={which}
              type="button"
              className="comments-panel__tab"
              aria-pressed={showing === which}
              onClick={() => {
                setShowing(which);
                setOpenThreadId(null);
              }}
            >
              {t(which === 'open' ? 'comments.panel.open' : 'comments.panel.resolved', { count: counts[which] })}
            </button>
          ))}
        </div>
        {groups.length === 0 ? (
          <p className="side-panel__note">{t(showing === 'open' ? 'comments.panel.noneOpen' : 'comments.panel.noneResolved')}</p>
        ) : (
          groups.map((group) => {
            const name = targetName(board, group.kind, group.targetId, t);
            return (
              <section key={group.targetId} className="comments-group" aria-label={`${t(`comments.kind.${group.kind}`)}: ${name}`}>
                <header className="comments-group__head">
                  <span className="comments-group__kind">{t(`comments.kind.${group.kind}`)}</span>
                  <span className="comments-group__name">{name}</span>
                  <button type="button" className="button button--small button--quiet comments-group__show" aria-label={t('comments.show.label', { name })} onClick={() => onShowTarget(group.kind, group.targetId)}>
                    {t('comments.show')}
                  </button>
                </header>
                <ol className="comment-threads">
                  {group.threads.map((thread) =>
                    thread.id === openThreadId ? (
                      <CommentThreadView key={thread.id} ctx={ctx} thread={thread} identity={identity} now={now} />
                    ) : (
                      <ThreadSummary key={thread.id} thread={thread} now={now} onOpen={() => choose(thread, group.kind)} />
                    ),
                  )}
                </ol>
              </section>
            );
          })
        )}
    </SidePanel>
  );
}

/** A closed thread: who opened it, when, its first words and how many replies it has. */
function ThreadSummary({ thread, now, onOpen }: { thread: CommentThread; now: number; onOpen(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const author = thread.root.author || t('comments.someone');
  return (
    <li className="comment-summary">
      <button type="button" className="comment-summary__button" aria-label={t('comments.thread.open', { author })} onClick={onOpen}>
        <span className="comment-summary__meta">
          <strong>{author}</strong> {relativeTime(thread.root.createdAt, now, intlLocale(locale), t('comments.justNow'))}
        </span>
        <span className="comment-summary__text">{thread.root.text}</span>
        <span className="comment-summary__replies">{t('comments.thread.replies', { count: thread.replies.length })}</span>
      </button>
    </li>
  );
}
