import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Board } from '../../model/index.ts';
import { cardsGoingWith, type DeleteRequest } from './deleteRequest.ts';
import '../../styles/dialog.css';

interface Props {
  board: Board;
  /** What is to be deleted; null keeps the dialog closed. */
  request: DeleteRequest | null;
  onClose(): void;
}

/**
 * Asks before a stage or lane is deleted with the cards in it: it names what goes, and how
 * many cards go with it. The safe button has the focus, so Enter keeps everything; the count
 * follows the board, should someone add or delete a card meanwhile.
 */
export function ConfirmDelete({ board, request, onClose }: Props) {
  const t = useT();
  const keep = useRef<HTMLButtonElement>(null);
  const stages = request ? board.stages.filter((s) => request.stageIds.includes(s.id)) : [];
  const lanes = request ? board.lanes.filter((l) => request.laneIds.includes(l.id)) : [];
  const cards = request ? cardsGoingWith(board, request) : 0;
  // Someone else deleted what was asked about: there is nothing left to confirm.
  const open = request !== null && stages.length + lanes.length > 0;
  const one = stages.length + lanes.length === 1;
  const stage = one ? stages[0] : undefined;
  const lane = one ? lanes[0] : undefined;
  const title = stage
    ? t('canvas.delete.stageTitle', { name: stage.title.trim() || t('canvas.stage.untitled') })
    : lane
      ? t('canvas.delete.laneTitle', { name: lane.title.trim() || t('canvas.lane.untitled') })
      : t('canvas.delete.selectionTitle');
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content
          className="dialog"
          role="alertdialog"
          data-testid="confirm-delete"
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            keep.current?.focus();
          }}
          // A question that deletes is answered with a button, not by a click beside it.
          onPointerDownOutside={(e) => e.preventDefault()}
        >
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          <Dialog.Description className="dialog__text">{t(one ? 'canvas.delete.cards' : 'canvas.delete.cardsOfSelection', { count: cards })}</Dialog.Description>
          <div className="dialog__actions">
            <Dialog.Close ref={keep} className="button button--large">
              {t('common.cancel')}
            </Dialog.Close>
            <button
              type="button"
              className="button button--large button--danger"
              onClick={() => {
                request?.run();
                onClose();
              }}
            >
              {t(stage ? 'canvas.delete.stage' : lane ? 'canvas.delete.lane' : 'canvas.delete.selection')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
