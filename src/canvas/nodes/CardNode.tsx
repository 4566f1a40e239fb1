import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { deleteCards } from '../../doc/index.ts';
import { useCanvasActions, useIsDimmed, useLock } from '../canvasContext.ts';
import { LockBadge } from './LockMark.tsx';
import { ConnectorHandles } from '../connectors/ConnectorHandles.tsx';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import type { CardNodeData, JourneyNode } from '../layout.ts';
import { cardChips } from './cardChips.ts';
import { MeasureLine } from './MeasureLine.tsx';
import { CardTitleField } from './CardTitleField.tsx';
import { CardDots } from '../voting/CardDots.tsx';
import { ChangeTags } from '../compare/ChangeTags.tsx';
import { useChangeClass } from '../../browser/changesContext.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'card' }>>;

/** A touchpoint card. Double-click or Enter edits its title in place; the ⋯ button opens every field. */
export const CardNode = memo(function CardNode({ data, selected }: Props) {
  const { card, laneKind, voting } = data as CardNodeData;
  const t = useT();
  const { ctx, openCard, editingCardId, setEditingCard } = useCanvasActions();
  const { mayChange: canEdit } = useLock(card.id);
  const editing = editingCardId === card.id;
  const dimmed = useIsDimmed(card.id);
  const chips = cardChips(card, t, laneKind);
  const changed = useChangeClass(card.id);
  return (
    <>
      <article
        className={`card-node tint-${card.color} ${selected ? 'is-selected' : ''} ${dimmed ? 'is-dimmed' : ''} ${changed}`}
        aria-label={card.title ? t('lanes.card.label', { title: card.title }) : t('lanes.card.labelUntitled')}
        data-card-id={card.id}
        data-lane-kind={laneKind}
        onDoubleClick={() => (canEdit ? setEditingCard(card.id) : openCard(card.id))}
      >
        {editing ? (
          <div className="card-node__title is-editing">
            <CardTitleField
              ctx={ctx}
              cardId={card.id}
              title={card.title}
              onDone={(leftEmpty) => {
                setEditingCard(null);
                // A new card left without a title was never wanted.
                if (leftEmpty && !card.body) deleteCards(ctx, [card.id]);
              }}
            />
          </div>
        ) : (
          <p className={`card-node__title ${card.title ? '' : 'is-empty'}`}>{card.title || t('lanes.card.untitled')}</p>
        )}
        {laneKind === 'metrics' && <MeasureLine card={card} />}
        {card.body && <p className="card-node__body">{card.body}</p>}
        {chips.length > 0 && (
          <div className="card-node__meta">
            {chips.map((chip) => <span key={chip.key} className={chip.tag ? 'chip chip--tag' : 'chip'} title={chip.title}>{chip.text}</span>)}
          </div>
        )}
        {voting && <CardDots cardId={card.id} title={card.title || t('lanes.card.anyCard')} />}
        <LockBadge id={card.id} />
        <button className="card-node__more nodrag" aria-label={t(canEdit ? 'lanes.card.edit' : 'lanes.card.open', { title: card.title || t('lanes.card.anyCard') })} onClick={() => openCard(card.id)}>⋯</button>
      </article>
      <ChangeTags id={card.id} />
      <ConnectorHandles />
      <PeerSelectionOutline />
    </>
  );
});
