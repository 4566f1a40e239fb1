import type { z } from 'zod';
import { ref } from './field.ts';
import { defineRecord } from './record.ts';

/** One person's vote on a card; the id is `${targetId}:${voter}`, so a person votes once. */
export const VOTE = defineRecord('votes', 'vote', 50_000, {
  targetId: ref('On', { required: true }),
  voter: ref('Voter', { required: true }),
});

export const VoteSchema = VOTE.schema;
export type Vote = z.infer<typeof VoteSchema>;

export function voteId(targetId: string, voter: string): string {
  return `${targetId}:${voter}`;
}
