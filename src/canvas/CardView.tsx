import { memo } from 'react';
import { deleteCards, setCardText, type EditContext } from '../doc/index.ts';
import type { Card } from '../model/index.ts';
import { InlineText } from './InlineText.tsx';

export const CardView = memo(function CardView({ card, ctx }: { card: Card; ctx: EditContext }) {
  return (
    <article className={`card tint-${card.color}`} data-card-id={card.id} aria-label={`Card: ${card.title || 'untitled'}`}>
      <InlineText
        className="card__title"
        label="Card title"
        placeholder="Untitled card"
        value={card.title}
        multiline
        onCommit={(title) => setCardText(ctx, card.id, 'title', title)}
      />
      {card.body && <p className="card__body">{card.body}</p>}
      <button className="card__delete" aria-label={`Delete card ${card.title}`} onClick={() => deleteCards(ctx, [card.id])}>
        ×
      </button>
    </article>
  );
});
