import type { z } from 'zod';
import { boolean, number, ref, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/** A remark on a card, stage or note. */
export const COMMENT = defineRecord('comments', 'comment', 20_000, {
  targetId: ref('On', { required: true }),
  author: string('Author', LIMITS.title),
  text: string('Text', LIMITS.longText),
  createdAt: number('Written at', { min: 0 }),
  resolved: boolean('Resolved'),
});

export const CommentSchema = COMMENT.schema;
export type Comment = z.infer<typeof CommentSchema>;
