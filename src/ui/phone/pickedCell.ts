import type { Board, Card, Lane, Stage } from '../../model/index.ts';

/** The stage and lane someone picked on the phone, as ids; either may since have been deleted. */
export interface CellChoice {
  stageId: string | null;
  laneId: string | null;
}

export interface PickedCell {
  stage: Stage;
  lane: Lane;
  /** The cell's cards, in the map's order. */
  cards: Card[];
}

/** The lanes that hold cards: an emotion lane draws a curve instead. */
export function cardLanes(board: Pick<Board, 'lanes'>): Lane[] {
  return board.lanes.filter((lane) => lane.kind !== 'emotion');
}

/**
 * The cell the phone shows: the one picked, or where a pick names a stage or lane someone else
 * deleted meanwhile, the first of the board's; null while the board has no stage or no lane
 * that holds cards.
 */
export function pickedCell(board: Pick<Board, 'stages' | 'lanes' | 'cards'>, choice: CellChoice): PickedCell | null {
  const lanes = cardLanes(board);
  const stage = board.stages.find((s) => s.id === choice.stageId) ?? board.stages[0];
  const lane = lanes.find((l) => l.id === choice.laneId) ?? lanes[0];
  if (!stage || !lane) return null;
  return { stage, lane, cards: board.cards.filter((card) => card.stageId === stage.id && card.laneId === lane.id) };
}
