import type { ReactNode } from 'react';
import type { Identity } from '../../collab/identity.ts';
import type { EditContext } from '../../doc/index.ts';
import type { Board } from '../../model/index.ts';
import type { PickedCell } from './pickedCell.ts';

export interface PhoneVotingProps {
  ctx: EditContext;
  board: Board;
  identity: Identity;
  /** The cell the phone shows, or null: a round on its lane can start from its cards. */
  cell: PickedCell | null;
}

/**
 * Dot voting on the phone: the place a voting round shows, between what is presented and the
 * screen's sections, above both so nobody misses a round that opens. It is the voting feature's
 * to fill (the round's cards, this person's dots left, casting and taking back a dot); until
 * rounds are on the board it shows nothing.
 */
export function PhoneVoting(props: PhoneVotingProps): ReactNode {
  void props; // read by the voting feature when it comes
  return null;
}
