import { z } from 'zod';

/** One person's vote on a card; the id is `${targetId}:${voter}`, so a person votes once. */
export const VoteSchema = z.object({
  id: z.string().min(1),
  targetId: z.string().min(1),
  voter: z.string().min(1),
});
export type Vote = z.infer<typeof VoteSchema>;

export function voteId(targetId: string, voter: string): string {
  return `${targetId}:${voter}`;
}
