import { z } from 'zod';
import { ref } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/**
 * One dot a person placed on a card in a dot voting round (round.ts). Its id is fresh
 * (newId), so a person may place several on one card unless the round says one a card. A dot
 * is made or deleted whole, never changed, and only by its voter (server/updates/dots.ts).
 * `voter` is the id the person's browser key gives (voter.ts), which the server checks.
 *
 * Older boards held one vote a person a card, with the id `${targetId}:${voter}` and no round;
 * a file's are read as one revealed round (src/file/read.ts).
 */
export const VOTE = defineRecord('votes', 'dot', 50_000, {
  targetId: ref('On', { required: true }),
  voter: ref('Voter', { required: true }),
  // Spelt out with its default, so that a file's older votes may leave it out.
  roundId: { ...ref('Round'), schema: z.string().max(LIMITS.id).default('') },
});

export const VoteSchema = VOTE.schema;
export type Vote = z.infer<typeof VoteSchema>;
