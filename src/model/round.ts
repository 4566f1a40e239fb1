import type { z } from 'zod';
import { boolean, ids, number, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/** The dots a person may place in a round unless the facilitator says otherwise. */
export const DEFAULT_BUDGET = 3;
/** The most dots a person may be given in a round (a file's older votes may need more than a dialog offers). */
export const MAX_BUDGET = 1_000;
/** What the start dialog offers. */
export const OFFERED_BUDGETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A dot voting round: the facilitator opens it on lanes and cards, everyone places up to
 * `budget` dots on the cards it covers (at most one a card when `onePerCard`), and the dots stay
 * off everyone's screen until the facilitator reveals them. The session's `roundId` names the
 * round on screen; a round that ended stays as the board's record, and the CSV and the report
 * show the latest revealed one. Only the facilitator and the owner make or change rounds
 * (server/updates/dots.ts); dots are votes (vote.ts), counted by dotCount.ts.
 */
export const ROUND = defineRecord('rounds', 'round', 1_000, {
  title: string('Title', LIMITS.title),
  /** The lanes whose cards it covers, and cards it covers besides. */
  laneIds: ids('Lanes', LIMITS.roundScope),
  cardIds: ids('Cards', LIMITS.roundScope),
  budget: number('Dots per person', { empty: DEFAULT_BUDGET, min: 1, max: MAX_BUDGET, integer: true }),
  onePerCard: boolean('One dot per card'),
  /** When it opened (ms since the epoch): the latest revealed round is the board's result. */
  openedAt: number('Opened at', { min: 0 }),
  revealed: boolean('Revealed'),
});

export const RoundSchema = ROUND.schema;
export type Round = z.infer<typeof RoundSchema>;
