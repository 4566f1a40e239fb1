import { useId, useMemo, useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { addComment, may, resolveComment, toggleVote, type EditContext } from '../../doc/index.ts';
import { LIMITS, type Board } from '../../model/index.ts';
import type { Identity } from '../../collab/identity.ts';
import './feedback.css';


interface Props {
  ctx: EditContext;
  board: Board;
  cardId: string;
  identity: Identity;
}

/**
 * What people say about one card: their votes and comments. A comment link may vote, comment
 * and resolve comments (the server holds it to that); the page offers it only its own to
 * resolve, by the name it comments under, as people have no accounts. A view link reads them.
 */
export function CardFeedback({ ctx, board, cardId, identity }: Props) {
  const id = useId();
  const t = useT();
  const { locale } = useLocale();
  // Dates as the interface's language writes them; in English, as this browser's region does.
  const writtenAt = useMemo(() => new Intl.DateTimeFormat(locale === 'zh' ? 'zh-Hans' : undefined, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const [draft, setDraft] = useState('');
  const canComment = may(ctx, 'comment');
  const votes = board.votes.filter((vote) => vote.targetId === cardId);
  const voted = votes.some((vote) => vote.voter === identity.id);
  const comments = board.comments.filter((comment) => comment.targetId === cardId).sort((a, b) => a.createdAt - b.createdAt);

  const send = () => {
    if (!draft.trim()) return;
    addComment(ctx, cardId, identity.name, draft.trim());
    setDraft('');
  };

  return (
    <section className="card-feedback" aria-labelledby={`${id}-heading`}>
      <header className="card-feedback__head">
        <h3 className="card-feedback__heading" id={`${id}-heading`}>
          {t('canvas.feedback.heading')}
        </h3>
        <button
          type="button"
          className={`button card-feedback__vote ${voted ? 'is-voted' : ''}`}
          aria-pressed={voted}
          disabled={!canComment}
          title={t(canComment ? (voted ? 'canvas.feedback.unvote' : 'canvas.feedback.vote') : 'canvas.feedback.viewOnly')}
          onClick={() => toggleVote(ctx, cardId, identity.id)}
        >
          <span aria-hidden="true">▲</span> {t('canvas.feedback.votes', { count: votes.length })}
        </button>
      </header>
      {comments.length === 0 ? (
        <p className="card-feedback__empty">{t('canvas.feedback.none')}</p>
      ) : (
        <ol className="card-feedback__list">
          {comments.map((comment) => {
            // Without accounts, "own" is the name this browser comments under.
            const mayResolve = canComment && (may(ctx, 'edit') || comment.author === identity.name);
            return (
              <li key={comment.id} className={`card-feedback__comment ${comment.resolved ? 'is-resolved' : ''}`}>
                <p className="card-feedback__meta">
                  <strong>{comment.author || t('canvas.feedback.someone')}</strong> · {writtenAt.format(comment.createdAt)}
                  {comment.resolved && <span className="card-feedback__badge">{t('canvas.feedback.resolved')}</span>}
                </p>
                <p className="card-feedback__text">{comment.text}</p>
                {mayResolve && (
                  <button type="button" className="button button--small button--quiet" onClick={() => resolveComment(ctx, comment.id, !comment.resolved)}>
                    {t(comment.resolved ? 'canvas.feedback.reopen' : 'canvas.feedback.resolve')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canComment && (
        <form
          className="card-feedback__form"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-new`}>
            {t('canvas.feedback.add')}
          </label>
          <textarea
            id={`${id}-new`}
            className="card-editor__text card-feedback__input"
            rows={2}
            maxLength={LIMITS.longText}
            placeholder={t('canvas.feedback.placeholder', { name: identity.name })}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                send();
              }
            }}
          />
          <button type="submit" className="button button--primary" disabled={!draft.trim()}>
            {t('canvas.feedback.send')}
          </button>
        </form>
      )}
    </section>
  );
}
