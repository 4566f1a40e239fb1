import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** A remark on a card, stage or note. */
export const CommentSchema = z.object({
  id: z.string().min(1),
  targetId: z.string().min(1),
  author: z.string().max(LIMITS.title).default(''),
  text: z.string().max(LIMITS.longText).default(''),
  createdAt: z.number().nonnegative().default(0),
  resolved: z.boolean().default(false),
});
export type Comment = z.infer<typeof CommentSchema>;
