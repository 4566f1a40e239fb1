import { useId, useState } from 'react';
import { addComment, may, resolveComment, toggleVote, type EditContext } from '../../doc/index.ts';
import { LIMITS, type Board } from '../../model/index.ts';
import type { Identity } from '../../collab/identity.ts';
import './feedback.css';

const WRITTEN_AT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
          Comments and votes
        </h3>
        <button
          type="button"
          className={`button card-feedback__vote ${voted ? 'is-voted' : ''}`}
          aria-pressed={voted}
          disabled={!canComment}
          title={canComment ? (voted ? 'Take back my vote' : 'Vote for this card') : 'This link can only view the board'}
          onClick={() => toggleVote(ctx, cardId, identity.id)}
        >
          <span aria-hidden="true">▲</span> {votes.length === 1 ? '1 vote' : `${votes.length} votes`}
        </button>
      </header>
      {comments.length === 0 ? (
        <p className="card-feedback__empty">No comments yet.</p>
      ) : (
        <ol className="card-feedback__list">
          {comments.map((comment) => {
            // Without accounts, "own" is the name this browser comments under.
            const mayResolve = canComment && (may(ctx, 'edit') || comment.author === identity.name);
            return (
              <li key={comment.id} className={`card-feedback__comment ${comment.resolved ? 'is-resolved' : ''}`}>
                <p className="card-feedback__meta">
                  <strong>{comment.author || 'Someone'}</strong> · {WRITTEN_AT.format(comment.createdAt)}
                  {comment.resolved && <span className="card-feedback__badge">Resolved</span>}
                </p>
                <p className="card-feedback__text">{comment.text}</p>
                {mayResolve && (
                  <button type="button" className="button button--small button--quiet" onClick={() => resolveComment(ctx, comment.id, !comment.resolved)}>
                    {comment.resolved ? 'Reopen' : 'Resolve'}
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
            Add a comment
          </label>
          <textarea
            id={`${id}-new`}
            className="card-editor__text card-feedback__input"
            rows={2}
            maxLength={LIMITS.longText}
            placeholder={`Comment as ${identity.name}…`}
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
            Comment
          </button>
        </form>
      )}
    </section>
  );
}
