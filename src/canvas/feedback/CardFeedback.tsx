import { useId, useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { addComment, may, type EditContext } from '../../doc/index.ts';
import { LIMITS, threadsOn, type Board } from '../../model/index.ts';
import type { Identity } from '../../collab/identity.ts';
import { CommentThreadView } from './CommentThreadView.tsx';
import { useNow } from './useNow.ts';
import './feedback.css';
interface Props {
  ctx: EditContext;
  board: Board;
  cardId: string;
  identity: Identity;
}

/**
 * What people say about one card: its comment threads. A comment link may start threads,
 * reply, resolve and reopen (the server holds it to that); a view link reads them. Dots are
 * placed on the card itself during a round (ui/voting).
 */
export function CardFeedback({ ctx, board, cardId, identity }: Props) {
  const id = useId();
  const t = useT();
  const now = useNow();
  const [draft, setDraft] = useState('');
  const canComment = may(ctx, 'comment');
  const threads = useMemo(() => threadsOn(board.comments, cardId), [board.comments, cardId]);

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
      </header>
      {threads.length === 0 ? (
        <p className="card-feedback__empty">{t('canvas.feedback.none')}</p>
      ) : (
        <ol className="comment-threads card-feedback__list">
          {threads.map((thread) => (
            <CommentThreadView key={thread.id} ctx={ctx} thread={thread} identity={identity} now={now} />
          ))}
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
