import { useMemo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Identity } from '../../collab/identity.ts';
import { CommentThreadView } from '../../canvas/feedback/CommentThreadView.tsx';
import { useNow } from '../../canvas/feedback/useNow.ts';
import { addComment, may, type EditContext } from '../../doc/index.ts';
import { threadsOn, type Board } from '../../model/index.ts';
import { CommentForm } from './CommentForm.tsx';
import { Sheet } from './Sheet.tsx';
import { cardName } from './stageName.ts';

interface Props {
  ctx: EditContext;
  board: Board;
  identity: Identity;
  /** The card shown, or null for none; a card deleted meanwhile closes the sheet. */
  cardId: string | null;
  /** Where the card sits, as the phone names its cell. */
  cellName: string;
  onClose(): void;
}

/** One card on the phone: its text, its comment threads, and a new comment on it. */
export function CardSheet({ ctx, board, identity, cardId, cellName, onClose }: Props) {
  const t = useT();
  const now = useNow();
  const card = board.cards.find((c) => c.id === cardId) ?? null;
  const threads = useMemo(() => (card ? threadsOn(board.comments, card.id) : []), [board.comments, card]);
  return (
    <Sheet open={card !== null} onClose={onClose} title={card ? cardName(card, t) : ''} subtitle={cellName} testId="phone-card">
      {card && (
        <>
          {card.body.trim() && <p className="phone-sheet__text">{card.body}</p>}
          <h3 className="phone-heading">{t('phone.card.heading')}</h3>
          {threads.length > 0 ? (
            <ol className="comment-threads">
              {threads.map((thread) => (
                <CommentThreadView key={thread.id} ctx={ctx} thread={thread} identity={identity} now={now} />
              ))}
            </ol>
          ) : (
            <p className="phone-note">{t('phone.card.comments', { count: 0 })}</p>
          )}
          {may(ctx, 'comment') && (
            <CommentForm placeholder={t('phone.comment.placeholder', { name: identity.name })} onSend={(text) => addComment(ctx, card.id, identity.name, text)} />
          )}
        </>
      )}
    </Sheet>
  );
}
