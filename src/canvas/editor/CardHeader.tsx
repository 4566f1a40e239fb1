import * as Dialog from '@radix-ui/react-dialog';
import { useT } from '../../browser/i18n.tsx';
import type { Board, Card } from '../../model/index.ts';
import { cardPlacement } from './placement.ts';

/** The top of the card dialog: its heading, and where on the map the card sits. */
export function CardHeader({ board, card, heading }: { board: Board; card: Card; heading: string }) {
  const t = useT();
  const { stage, lane } = cardPlacement(board, card, t);
  return (
    <header className="card-editor__header">
      <Dialog.Title className="card-editor__heading">{heading}</Dialog.Title>
      <Dialog.Description className="card-editor__context">
        {stage !== null && lane !== null ? (
          <>
            {t('canvas.card.stage')} <strong>{stage}</strong>
            <span aria-hidden="true"> · </span>
            {t('canvas.card.lane')} <strong>{lane}</strong>
          </>
        ) : (
          t('canvas.card.unplaced')
        )}
      </Dialog.Description>
    </header>
  );
}
