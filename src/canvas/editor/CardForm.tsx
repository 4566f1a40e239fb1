import * as Dialog from '@radix-ui/react-dialog';
import { useId, type ReactNode } from 'react';
import { deleteCards, setCardText, updateCard, type EditContext } from '../../doc/index.ts';
import { useT } from '../../browser/i18n.tsx';
import { LIMITS, type Board, type Card, type CardFields } from '../../model/index.ts';
import { ChannelSelect } from './ChannelSelect.tsx';
import { CollaborativeTextField } from '../../text/CollaborativeTextField.tsx';
import { ColorSwatches } from './ColorSwatches.tsx';
import { DraftInput } from './DraftInput.tsx';
import { EmotionPicker } from './EmotionPicker.tsx';
import { LinkField } from './LinkField.tsx';
import { MeasureFields } from './MeasureFields.tsx';
import { RatingFields } from './RatingFields.tsx';
import { TagsField } from './TagsField.tsx';
import { CardHeader } from './CardHeader.tsx';
import { useRecordText } from '../../text/useRecordText.ts';

interface Props {
  ctx: EditContext;
  board: Board;
  card: Card;
  onClose(): void;
  /** Shown between the fields and the footer: the card's comments and votes. */
  children?: ReactNode;
}

/** The fields of one card inside the editor dialog; each control writes through one command. */
export function CardForm({ ctx, board, card, onClose, children }: Props) {
  const id = useId();
  const t = useT();
  const title = useRecordText(ctx, 'cards', card.id, 'title');
  const body = useRecordText(ctx, 'cards', card.id, 'body');
  const update = (patch: Partial<CardFields>) => updateCard(ctx, card.id, patch);
  const laneKind = board.lanes.find((lane) => lane.id === card.laneId)?.kind;

  return (
    <>
      <CardHeader board={board} card={card} heading={t('canvas.card.edit')} />

      <div className="card-editor__body">
        <div className="card-editor__field card-editor__field--wide">
          <label className="card-editor__label" htmlFor={`${id}-title`}>
            {t('canvas.card.title')}
          </label>
          <CollaborativeTextField
            id={`${id}-title`}
            className="card-editor__text card-editor__text--title"
            label={t('canvas.card.title')}
            multiline
            rows={2}
            autoFocus
            placeholder={t('canvas.card.titlePlaceholder')}
            maxLength={LIMITS.shortText}
            text={title}
            onText={(v) => setCardText(ctx, card.id, 'title', v)}
          />
        </div>

        <div className="card-editor__field card-editor__field--wide">
          <label className="card-editor__label" htmlFor={`${id}-body`}>
            {t('canvas.card.description')}
          </label>
          <CollaborativeTextField
            id={`${id}-body`}
            className="card-editor__text"
            label={t('canvas.card.description')}
            multiline
            rows={3}
            placeholder={t('canvas.card.descriptionPlaceholder')}
            maxLength={LIMITS.longText}
            text={body}
            onText={(v) => setCardText(ctx, card.id, 'body', v)}
          />
        </div>

        {laneKind === 'metrics' && <MeasureFields idBase={id} board={board} card={card} update={update} />}
        {laneKind === 'opportunities' && <RatingFields idBase={id} card={card} update={update} />}

        <div className="card-editor__field">
          <label className="card-editor__label" htmlFor={`${id}-channel`}>
            {t('canvas.card.channel')}
          </label>
          <ChannelSelect id={`${id}-channel`} board={board} value={card.channel} onChange={(channel) => update({ channel })} />
        </div>

        <div className="card-editor__field">
          <label className="card-editor__label" htmlFor={`${id}-owner`}>
            {t('canvas.card.owner')}
          </label>
          <DraftInput
            id={`${id}-owner`}
            className="card-editor__input"
            maxLength={LIMITS.title}
            placeholder={t('canvas.card.ownerPlaceholder')}
            value={card.owner}
            onCommit={(owner) => update({ owner: owner.trim() })}
          />
        </div>

        <div className="card-editor__field card-editor__field--wide">
          <span className="card-editor__label" id={`${id}-emotion`}>
            {t('canvas.card.emotion')}
          </span>
          <EmotionPicker labelId={`${id}-emotion`} value={card.emotion} onChange={(emotion) => update({ emotion })} />
        </div>

        <div className="card-editor__field card-editor__field--wide">
          <span className="card-editor__label" id={`${id}-tags`}>
            {t('canvas.card.tags')}
          </span>
          <TagsField labelId={`${id}-tags`} tags={card.tags} onChange={(tags) => update({ tags })} />
        </div>

        <div className="card-editor__field card-editor__field--wide">
          <span className="card-editor__label" id={`${id}-color`}>
            {t('canvas.card.colour')}
          </span>
          <ColorSwatches labelId={`${id}-color`} value={card.color} onChange={(color) => update({ color })} />
        </div>

        <div className="card-editor__field card-editor__field--wide">
          <label className="card-editor__label" htmlFor={`${id}-link`}>
            {t('canvas.card.link')}
          </label>
          <LinkField id={`${id}-link`} value={card.link} onCommit={(link) => update({ link })} />
        </div>
      </div>

      {children}
      <footer className="card-editor__footer">
        <button
          type="button"
          className="button button--large card-editor__delete"
          onClick={() => {
            deleteCards(ctx, [card.id]);
            onClose();
          }}
        >
          {t('canvas.card.delete')}
        </button>
        <Dialog.Close className="button button--primary button--large card-editor__done">{t('canvas.card.done')}</Dialog.Close>
      </footer>
    </>
  );
}
