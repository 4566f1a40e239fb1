import { useId, useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import { addComment, deleteComment, may, resolveComment, type EditContext } from '../../doc/index.ts';
import { LIMITS, type Comment, type CommentThread } from '../../model/index.ts';
import { intlLocale, relativeTime } from './relativeTime.ts';
import './threads.css';

interface Props {
  ctx: EditContext;
  thread: CommentThread;
  identity: Identity;
  /** The time now, shared by every thread on screen (useNow). */
  now: number;
}

/**
 * One thread: its first comment, its replies, and what this link may do with it. Whoever may
 * comment may reply, resolve and reopen (the server holds a comment link to that); an edit
 * link may delete what it wrote under this browser's name, as people have no accounts.
 */
export function CommentThreadView({ ctx, thread, identity, now }: Props) {
  const t = useT();
  const id = useId();
  const [replying, setReplying] = useState(false);
  const [draft, setDraft] = useState('');
  const canComment = may(ctx, 'comment');
  const author = thread.root.author || t('comments.someone');
  const send = () => {
    if (!draft.trim()) return;
    addComment(ctx, thread.targetId, identity.name, draft.trim(), thread.id);
    setDraft('');
    setReplying(false);
  };
  return (
    <li className={`comment-thread ${thread.resolved ? 'is-resolved' : ''}`} aria-label={t('comments.thread.label', { author })} data-thread-id={thread.id}>
      <CommentEntry ctx={ctx} comment={thread.root} identity={identity} now={now} resolved={thread.resolved} />
      {thread.replies.length > 0 && (
        <ol className="comment-thread__replies">
          {thread.replies.map((reply) => (
            <li key={reply.id} className="comment-thread__reply">
              <CommentEntry ctx={ctx} comment={reply} identity={identity} now={now} resolved={false} />
            </li>
          ))}
        </ol>
      )}
      {canComment && replying && (
        <form
          className="comment-thread__form"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-reply`}>
            {t('comments.thread.replyLabel', { author })}
          </label>
          <textarea
            id={`${id}-reply`}
            className="comments-field comments-field--text"
            rows={2}
            autoFocus
            maxLength={LIMITS.longText}
            placeholder={t('comments.thread.replyPlaceholder', { name: identity.name })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                send();
              } else if (e.key === 'Escape') {
                // Closes the reply box, not the dialog or panel around it.
                e.stopPropagation();
                setReplying(false);
              }
            }}
          />
          <div className="comment-thread__form-actions">
            <button type="button" className="button button--small button--quiet" onClick={() => setReplying(false)}>
              {t('comments.thread.cancel')}
            </button>
            <button type="submit" className="button button--small button--primary" disabled={!draft.trim()}>
              {t('comments.thread.send')}
            </button>
          </div>
        </form>
      )}
      {canComment && !replying && (
        <div className="comment-thread__actions">
          <button type="button" className="button button--small" onClick={() => setReplying(true)}>
            {t('comments.thread.reply')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => resolveComment(ctx, thread.id, !thread.resolved)}>
            {t(thread.resolved ? 'comments.thread.reopen' : 'comments.thread.resolve')}
          </button>
        </div>
      )}
    </li>
  );
}

function CommentEntry({ ctx, comment, identity, now, resolved }: { ctx: EditContext; comment: Comment; identity: Identity; now: number; resolved: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const author = comment.author || t('comments.someone');
  const tag = intlLocale(locale);
  // Without accounts, "own" is the name this browser comments under.
  const mayDelete = may(ctx, 'edit') && comment.author === identity.name;
  return (
    <div className="comment-entry">
      <p className="comment-entry__meta">
        <strong>{author}</strong>
        <time dateTime={new Date(comment.createdAt).toISOString()} title={new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(comment.createdAt)}>
          {relativeTime(comment.createdAt, now, tag, t('comments.justNow'))}
        </time>
        {resolved && <span className="comment-entry__badge">{t('comments.thread.resolved')}</span>}
        {mayDelete && (
          <button type="button" className="comment-entry__delete" aria-label={t('comments.thread.deleteLabel', { author })} onClick={() => deleteComment(ctx, comment.id)}>
            {t('comments.thread.delete')}
          </button>
        )}
      </p>
      <p className="comment-entry__text">{comment.text}</p>
    </div>
  );
}
