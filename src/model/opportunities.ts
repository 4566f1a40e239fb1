import type { Translate } from '../i18n/index.ts';
import type { Board } from './board.ts';
import type { Card } from './card.ts';
import { boardResult, cardsInRound } from './dotCount.ts';
import { RATING_MAX, RATING_MIN } from './field.ts';
import type { Stage } from './stage.ts';

/**
 * Where an opportunity sits on the impact/effort matrix. A rating of 3 or more is high, so the
 * middle of the scale counts as high on both: worth doing, and not free.
 */
export const QUADRANTS = ['quickWin', 'bigBet', 'fillIn', 'moneyPit'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

const HIGH = 3;

export function quadrantOf(impact: number, effort: number): Quadrant {
  if (impact >= HIGH) return effort >= HIGH ? 'bigBet' : 'quickWin';
  return effort >= HIGH ? 'moneyPit' : 'fillIn';
}

export interface Opportunity {
  card: Card;
  stage: Stage;
  /** The dots of the board's latest revealed round, or null when no round covered it. */
  dots: number | null;
  quadrant: Quadrant | null;
}

/** An opportunity with its place on the map (stage, then lane), which orders equals. */
type Placed = Opportunity & { mapOrder: readonly [number, number] };

/** How the list is ranked: by impact against effort (dots break ties), or by the team's dots first. */
export type RankBy = 'rating' | 'dots';

/**
 * The board's opportunities (the cards of its opportunities lanes that sit on a stage), ranked:
 * those rated for both impact and effort first, the most impact for the least effort at the top
 * (impact minus effort, then impact, then dots); then those not yet rated, by dots. Ranked by
 * dots, the dots come first and the rating breaks ties. Equal ones keep the map's order.
 */
export function rankedOpportunities(board: Pick<Board, 'stages' | 'lanes' | 'cards' | 'votes' | 'rounds'>, by: RankBy = 'rating'): Opportunity[] {
  const lanes = new Map(board.lanes.filter((lane) => lane.kind === 'opportunities').map((lane, i) => [lane.id, i]));
  const stages = new Map(board.stages.map((stage, i) => [stage.id, { stage, i }]));
  // Dots as the CSV gives them: 0 on a card the revealed round covered that no one chose, none on one it did not cover.
  const result = boardResult(board);
  const inRound = result ? cardsInRound(result.round, board.cards) : new Set<string>();
  const found = board.cards.flatMap((card): Placed[] => {
    const at = stages.get(card.stageId);
    if (!at || !lanes.has(card.laneId)) return [];
    const rated = card.impact !== null && card.effort !== null;
    return [{ card, stage: at.stage, dots: inRound.has(card.id) ? (result!.byCard.get(card.id) ?? 0) : null, quadrant: rated ? quadrantOf(card.impact!, card.effort!) : null, mapOrder: [at.i, lanes.get(card.laneId)!] }];
  });
  const rated = (o: Placed) => (o.quadrant === null ? 0 : 1);
  const priority = (o: Placed) => (o.quadrant === null ? 0 : o.card.impact! - o.card.effort!);
  const byRating = (a: Placed, b: Placed) => rated(b) - rated(a) || priority(b) - priority(a) || (b.card.impact ?? 0) - (a.card.impact ?? 0);
  const byDots = (a: Placed, b: Placed) => (b.dots ?? 0) - (a.dots ?? 0);
  const byMap = (a: Placed, b: Placed) => a.mapOrder[0] - b.mapOrder[0] || a.mapOrder[1] - b.mapOrder[1];
  found.sort((a, b) => (by === 'dots' ? byDots(a, b) || byRating(a, b) : byRating(a, b) || byDots(a, b)) || byMap(a, b));
  return found.map(({ mapOrder: _, ...opportunity }) => opportunity);
}

/** The matrix's cells, impact from the top (5) down, effort from the left (1) across: the opportunities in each. */
export function opportunityMatrix(opportunities: readonly Opportunity[]): Opportunity[][][] {
  const size = RATING_MAX - RATING_MIN + 1;
  const rows = Array.from({ length: size }, () => Array.from({ length: size }, () => [] as Opportunity[]));
  for (const o of opportunities) {
    if (o.quadrant === null) continue;
    rows[RATING_MAX - o.card.impact!]![o.card.effort! - RATING_MIN]!.push(o);
  }
  return rows;
}

/** An opportunity's rating in words, the same in the panel and the report: "Impact 4 · effort 1 · Quick wins", or not rated yet. */
export function ratingText(o: Pick<Opportunity, 'card' | 'quadrant'>, t: Translate): string {
  if (o.quadrant === null) return t('opportunities.list.unrated');
  return `${t('opportunities.list.rating', { impact: o.card.impact!, effort: o.card.effort! })} · ${t(`opportunities.quadrant.${o.quadrant}`)}`;
}
