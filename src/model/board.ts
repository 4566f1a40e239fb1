import type { Card } from './card.ts';
import type { Comment } from './comment.ts';
import type { Connector } from './connector.ts';
import type { Lane } from './lane.ts';
import type { BoardMeta } from './meta.ts';
import type { Note } from './note.ts';
import type { WorkshopSession } from './session.ts';
import type { Stage } from './stage.ts';
import type { StrategyItem } from './strategy.ts';
import type { Lock } from './lock.ts';
import type { Round } from './round.ts';
import type { Vote } from './vote.ts';
import type { Persona } from './persona.ts';

/** A plain snapshot of a board: every list sorted, every reference as stored. */
export interface Board {
  meta: BoardMeta;
  stages: Stage[];
  lanes: Lane[];
  cards: Card[];
  notes: Note[];
  connectors: Connector[];
  strategy: StrategyItem[];
  comments: Comment[];
  rounds: Round[];
  votes: Vote[];
  locks: Lock[];
  personas: Persona[];
  session: WorkshopSession;
}

/**
 * Cards whose stage or lane is gone (deleted by someone else while the card was being added or
 * moved). They are kept, never lost, and shown in an "Unplaced" tray until someone places them.
 */
export function unplacedCards(board: Pick<Board, 'stages' | 'lanes' | 'cards'>): Card[] {
  const stageIds = new Set(board.stages.map((s) => s.id));
  // An emotion lane draws a curve and holds no cards: a card there (its lane's kind was changed)
  // would be drawn nowhere, so it counts as unplaced.
  const laneIds = new Set(board.lanes.filter((l) => l.kind !== 'emotion').map((l) => l.id));
  return board.cards.filter((c) => !stageIds.has(c.stageId) || !laneIds.has(c.laneId));
}
