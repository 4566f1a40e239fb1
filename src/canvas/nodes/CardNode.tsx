import type { NodeProps } from '@xyflow/react';
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { deleteCards, setCardText } from '../../doc/index.ts';
import { safeHref } from '../../model/index.ts';
import { useCanvasActions, useIsDimmed } from '../canvasContext.ts';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import type { CardNodeData, JourneyNode } from '../layout.ts';
import { CardTitleField } from './CardTitleField.tsx';

type Props = NodeProps<Extract<JourneyNode, { type: 'card' }>>;

const EMOTION_SIGNS = ['−−', '−', '○', '+', '++'];

/** A touchpoint card. Double-click or Enter edits its title in place; the ⋯ button opens every field. */
export const CardNode = memo(function CardNode({ data, selected }: Props) {
  const { card, votes } = data as CardNodeData;
  const { ctx, openCard, editingCardId, setEditingCard } = useCanvasActions();
  const editing = editingCardId === card.id;
  const dimmed = useIsDimmed(card.id);
  const details = [card.channel, card.owner].filter(Boolean);
  return (
    <>
      <article
        className={`card-node tint-${card.color} ${selected ? 'is-selected' : ''} ${dimmed ? 'is-dimmed' : ''}`}
        aria-label={`Card: ${card.title || 'untitled'}`}
        data-card-id={card.id}
        onDoubleClick={() => setEditingCard(card.id)}
      >
        <Handle type="target" position={Position.Left} className="card-node__handle" />
        {editing ? (
          <CardTitleField
            value={card.title}
            onDone={(title) => {
              setEditingCard(null);
              if (title === null) return;
              if (!title.trim() && !card.title && !card.body) deleteCards(ctx, [card.id]);
              else setCardText(ctx, card.id, 'title', title);
            }}
          />
        ) : (
          <p className={`card-node__title ${card.title ? '' : 'is-empty'}`}>{card.title || 'Untitled card'}</p>
        )}
        {card.body && <p className="card-node__body">{card.body}</p>}
        {(details.length > 0 || card.tags.length > 0 || card.emotion !== null || votes > 0 || card.link) && (
          <div className="card-node__meta">
            {details.map((d, i) => <span key={i} className="chip">{d}</span>)}
            {card.tags.slice(0, 2).map((t) => <span key={t} className="chip chip--tag">#{t}</span>)}
            {card.emotion !== null && <span className="chip" title={`Emotion ${card.emotion}`}>{EMOTION_SIGNS[card.emotion + 2]}</span>}
            {votes > 0 && <span className="chip" title={`${votes} votes`}>▲ {votes}</span>}
            {safeHref(card.link) && <span className="chip" title={card.link}>↗ link</span>}
          </div>
        )}
        <button className="card-node__more nodrag" aria-label={`Edit details of ${card.title || 'card'}`} onClick={() => openCard(card.id)}>⋯</button>
        <Handle type="source" position={Position.Right} className="card-node__handle" />
      </article>
      <PeerSelectionOutline />
    </>
  );
});
