import type { Board, Card } from '../../model/index.ts';
import { indexByCell } from '../cellIndex.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

interface Grid {
  stages: string[];
  lanes: string[];
  cell(stageId: string, laneId: string): Card[];
}

/** The placed cards of a board by cell; emotion lanes hold no cards and are skipped. */
function gridOf(board: Board): Grid {
  const stages = board.stages.map((s) => s.id);
  const lanes = board.lanes.filter((l) => l.kind !== 'emotion').map((l) => l.id);
  const cells = indexByCell(board.cards, (card) => card);
  return { stages, lanes, cell: (s, l) => cells.get(s, l) ?? [] };
}

/**
 * The card the arrow keys go to from `cardId`: up and down within the cell and on into the
 * lanes above and below; left and right to the nearest card of the same lane in the next stage
 * that has one. Null at the edge of the map.
 */
export function neighbourCard(board: Board, cardId: string, direction: Direction): Card | null {
  const grid = gridOf(board);
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const cards = grid.cell(card.stageId, card.laneId);
  const index = cards.findIndex((c) => c.id === cardId);
  if (direction === 'up' || direction === 'down') {
    const step = direction === 'up' ? -1 : 1;
    if (cards[index + step]) return cards[index + step]!;
    for (let lane = grid.lanes.indexOf(card.laneId) + step; lane >= 0 && lane < grid.lanes.length; lane += step) {
      const next = grid.cell(card.stageId, grid.lanes[lane]!);
      if (next.length) return step < 0 ? next.at(-1)! : next[0]!;
    }
    return null;
  }
  const step = direction === 'left' ? -1 : 1;
  for (let stage = grid.stages.indexOf(card.stageId) + step; stage >= 0 && stage < grid.stages.length; stage += step) {
    const next = grid.cell(grid.stages[stage]!, card.laneId);
    if (next.length) return next[Math.min(index, next.length - 1)]!;
  }
  return null;
}

export interface CellTarget {
  stageId: string;
  laneId: string;
  index: number;
}

/**
 * Where Alt+arrow moves a card: up and down one place within its cell, and past the cell's top
 * or bottom into the lane above or below; left and right into the same lane of the neighbouring
 * stage. Null where it cannot go further.
 */
export function moveTarget(board: Board, cardId: string, direction: Direction): CellTarget | null {
  const grid = gridOf(board);
  const card = board.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const cards = grid.cell(card.stageId, card.laneId);
  const index = cards.findIndex((c) => c.id === cardId);
  const stage = grid.stages.indexOf(card.stageId);
  const lane = grid.lanes.indexOf(card.laneId);
  switch (direction) {
    case 'up':
      if (index > 0) return { stageId: card.stageId, laneId: card.laneId, index: index - 1 };
      if (lane > 0) return { stageId: card.stageId, laneId: grid.lanes[lane - 1]!, index: grid.cell(card.stageId, grid.lanes[lane - 1]!).length };
      return null;
    case 'down':
      if (index < cards.length - 1) return { stageId: card.stageId, laneId: card.laneId, index: index + 1 };
      if (lane >= 0 && lane < grid.lanes.length - 1) return { stageId: card.stageId, laneId: grid.lanes[lane + 1]!, index: 0 };
      return null;
    case 'left':
    case 'right': {
      const next = grid.stages[stage + (direction === 'left' ? -1 : 1)];
      if (stage < 0 || !next) return null;
      return { stageId: next, laneId: card.laneId, index: Math.min(index, grid.cell(next, card.laneId).length) };
    }
  }
}
