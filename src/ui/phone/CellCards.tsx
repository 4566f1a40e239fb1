import { useMemo, type CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { commentThreads, type Card, type Comment } from '../../model/index.ts';
import { cardName } from './stageName.ts';

interface Props {
  cards: Card[];
  comments: Comment[];
  /** This person's counted dots per card while a round is open (voterTally), or null. */
  ownDots: ReadonlyMap<string, number> | null;
  /** The card just added here, marked for a moment so the eye finds it. */
  addedId: string | null;
  emptyText: string;
  onOpen(cardId: string): void;
}

/** The cards of the picked cell, each opening its details and comments, and showing the dots of one's own on it. */
export function CellCards({ cards, comments, ownDots, addedId, emptyText, onOpen }: Props) {
  const t = useT();
  // Comments on each card, counted as the comments panel reads them: threads and their replies.
  const counts = useMemo(() => {
    const byCard = new Map<string, number>();
    for (const thread of commentThreads(comments)) byCard.set(thread.targetId, (byCard.get(thread.targetId) ?? 0) + 1 + thread.replies.length);
    return byCard;
  }, [comments]);
  if (cards.length === 0) return <p className="phone-empty">{emptyText}</p>;
  return (
    <ol className="phone-cards">
      {cards.map((card) => {
        const count = counts.get(card.id) ?? 0;
        const dots = ownDots?.get(card.id) ?? 0;
        return (
          <li key={card.id}>
            <button
              type="button"
              className={`phone-card${card.id === addedId ? ' is-added' : ''}`}
              style={{ '--card-edge': `var(--edge-${card.color})`, '--card-tint': `var(--tint-${card.color})` } as CSSProperties}
              aria-label={t('phone.card.open', { title: cardName(card, t) })}
              onClick={() => onOpen(card.id)}
            >
              <span className="phone-card__title">{cardName(card, t)}</span>
              {card.body.trim() && <span className="phone-card__body">{card.body}</span>}
              {(count > 0 || dots > 0) && (
                <span className="phone-card__metas">
                  {dots > 0 && (
                    <span className="phone-card__meta phone-card__meta--dots" data-testid="own-dots">
                      <span className="phone-card__pip" aria-hidden="true" />
                      {t('phone.card.yourDots', { count: dots })}
                    </span>
                  )}
                  {count > 0 && (
                    <span className="phone-card__meta">
                      <CommentIcon />
                      {t('phone.card.comments', { count })}
                    </span>
                  )}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function CommentIcon() {
  return (
    <svg className="phone-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M5 5h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-8l-4 3v-3H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z" />
    </svg>
  );
}
