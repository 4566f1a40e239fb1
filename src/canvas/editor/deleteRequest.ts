import type { Board } from '../../model/index.ts';

/**
 * Stages and lanes someone asked to delete, with the cards in them, and what doing it runs
 * (one command, one undo step). Asked first when any card would go with them.
 */
export interface DeleteRequest {
  stageIds: readonly string[];
  laneIds: readonly string[];
  run(): void;
}

/** The cards deleting these stages and lanes would take with them. */
export function cardsGoingWith(board: Pick<Board, 'cards'>, request: Pick<DeleteRequest, 'stageIds' | 'laneIds'>): number {
  const stages = new Set(request.stageIds);
  const lanes = new Set(request.laneIds);
  return board.cards.filter((card) => stages.has(card.stageId) || lanes.has(card.laneId)).length;
}

/** Runs the request at once when no card goes with it; otherwise hands it on to be confirmed. */
export function deleteOrAsk(board: Pick<Board, 'cards'>, request: DeleteRequest, ask: (request: DeleteRequest) => void): void {
  if (cardsGoingWith(board, request) === 0) request.run();
  else ask(request);
}
