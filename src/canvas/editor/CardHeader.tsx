import * as Dialog from '@radix-ui/react-dialog';
import type { Board, Card } from '../../model/index.ts';
import { cardPlacement } from './placement.ts';

/** The top of the card dialog: its heading, and where on the map the card sits. */
export function CardHeader({ board, card, heading }: { board: Board; card: Card; heading: string }) {
  const { stage, lane } = cardPlacement(board, card);
  return (
    <header className="card-editor__header">
      <Dialog.Title className="card-editor__heading">{heading}</Dialog.Title>
      <Dialog.Description className="card-editor__context">
        {stage !== null && lane !== null ? (
          <>
            Stage <strong>{stage}</strong>
            <span aria-hidden="true"> · </span>
            Lane <strong>{lane}</strong>
          </>
        ) : (
          'Not placed: its stage or lane was deleted.'
        )}
      </Dialog.Description>
    </header>
  );
}
