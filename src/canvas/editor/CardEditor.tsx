import * as Dialog from '@radix-ui/react-dialog';
import { memo, useState } from 'react';
import type { Identity } from '../../collab/identity.ts';
import { may, setLocked, type EditContext } from '../../doc/index.ts';
import { useLeadsWorkshop } from '../../collab/useLeadsWorkshop.ts';
import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { CardFeedback } from '../feedback/CardFeedback.tsx';
import { CardForm } from './CardForm.tsx';
import { CardReadout } from './CardReadout.tsx';
import '../../styles/dialog.css';
import './cardEditor.css';

interface Props {
  ctx: EditContext;
  /** Who comments and votes from here. */
  identity: Identity;
  board: Board;
  /** The card being edited; null keeps the dialog closed. */
  cardId: string | null;
  onClose(): void;
}

/**
 * Every field of one card, in a dialog. Each change is written as it is made (text as it is
 * typed, together with anyone else editing the card), so there is nothing to save: Done,
 * Escape and clicking outside all just close it.
 */
export const CardEditor = memo(function CardEditor({ ctx, identity, board, cardId, onClose }: Props) {
  const t = useT();
  const card = cardId === null ? undefined : board.cards.find((c) => c.id === cardId);
  // Told apart so that a card deleted by someone else says so, while one that never appeared
  // (a stale link, or a board still loading) does not claim a deletion it did not see.
  const [seenId, setSeenId] = useState<string | null>(null);
  if (card && seenId !== card.id) setSeenId(card.id);
  const leads = useLeadsWorkshop(ctx);
  const locked = card !== undefined && board.locks.some((lock) => lock.id === card.id);
  // A locked card is read, not edited, by someone who does not lead the workshop.
  const editable = may(ctx, 'edit') && (!locked || leads);

  return (
    <Dialog.Root open={cardId !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay card-editor-overlay" />
        <Dialog.Content
          className={`card-editor card-editor-color--${card?.color ?? 'slate'}`}
          // Escape while an IME is composing cancels the composition, not the dialog.
          onEscapeKeyDown={(e) => e.isComposing && e.preventDefault()}
        >
          {card && editable ? (
            <CardForm key={card.id} ctx={ctx} board={board} card={card} onClose={onClose}>
              {leads && (
                <label className="card-editor__lock">
                  <input type="checkbox" checked={locked} onChange={(event) => setLocked(ctx, [card.id], event.target.checked)} />
                  <span>{t('canvas.lock.cardToggle')}</span>
                </label>
              )}
              <CardFeedback ctx={ctx} board={board} cardId={card.id} identity={identity} />
            </CardForm>
          ) : card ? (
            <>
              <CardReadout board={board} card={card} />
              {locked && <p className="card-editor__locked">{t('canvas.lock.lockedHint')}</p>}
              <CardFeedback ctx={ctx} board={board} cardId={card.id} identity={identity} />
              <div className="card-editor__footer">
                <Dialog.Close className="button button--primary button--large card-editor__done">{t('common.close')}</Dialog.Close>
              </div>
            </>
          ) : (
            <MissingCard deleted={cardId !== null && seenId === cardId} />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}, closedAlike);

/** A closed editor shows no card, so it need not re-render for each edit to the board. */
function closedAlike(before: Props, after: Props): boolean {
  return before.cardId === null && after.cardId === null && before.ctx === after.ctx && before.identity === after.identity && before.onClose === after.onClose;
}

function MissingCard({ deleted }: { deleted: boolean }) {
  const t = useT();
  return (
    <div className="card-editor__missing">
      <Dialog.Title className="card-editor__heading">{t(deleted ? 'canvas.card.deleted' : 'canvas.card.notFound')}</Dialog.Title>
      <Dialog.Description className="card-editor__lead">
        {t(deleted ? 'canvas.card.deletedDetail' : 'canvas.card.notFoundDetail')}
      </Dialog.Description>
      <div className="card-editor__footer">
        <Dialog.Close className="button button--primary button--large card-editor__done">{t('common.close')}</Dialog.Close>
      </div>
    </div>
  );
}
