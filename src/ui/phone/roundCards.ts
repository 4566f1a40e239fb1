import { cardsInRound, type Board, type Card, type Round, type Stage } from '../../model/index.ts';

/** A stage's cards in a round, as the phone lists them; `stage` is null for cards on no stage of the map. */
export interface RoundStageCards {
  stage: Stage | null;
  /** The stage's place on the map (for its number), or -1. */
  index: number;
  cards: Card[];
}

/**
 * The cards a round covers (cardsInRound), grouped by stage in the map's order and within a
 * stage in the order the map reads them (lane, then place in the cell), as the ranking orders
 * cards with as many dots: a person finds a card where they last saw it on the map.
 */
export function roundCardsByStage(board: Pick<Board, 'stages' | 'lanes' | 'cards'>, round: Pick<Round, 'laneIds' | 'cardIds'>): RoundStageCards[] {
  const inRound = cardsInRound(round, board.cards);
  const laneAt = new Map(board.lanes.map((lane, i) => [lane.id, i]));
  const stageAt = new Map(board.stages.map((stage, i) => [stage.id, i]));
  const byStage = new Map<string | null, Card[]>();
  const cards = board.cards
    .map((card, i) => ({ card, i }))
    .filter(({ card }) => inRound.has(card.id))
    .sort((a, b) => (laneAt.get(a.card.laneId) ?? Infinity) - (laneAt.get(b.card.laneId) ?? Infinity) || a.i - b.i);
  for (const { card } of cards) {
    const key = stageAt.has(card.stageId) ? card.stageId : null;
    const list = byStage.get(key);
    if (list) list.push(card);
    else byStage.set(key, [card]);
  }
  const groups: RoundStageCards[] = board.stages.flatMap((stage, index) => {
    const list = byStage.get(stage.id);
    return list ? [{ stage, index, cards: list }] : [];
  });
  const unplaced = byStage.get(null);
  if (unplaced) groups.push({ stage: null, index: -1, cards: unplaced });
  return groups;
}
