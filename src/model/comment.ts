import type { z } from 'zod';
import { boolean, moment, optionalRef, ref, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/**
 * A remark on a card, stage, lane, sticky note or strategy item. A reply names the comment that
 * opens its thread (`replyTo`) and carries that comment's target too, so that deleting the
 * target takes the whole thread with it. Whether a thread is resolved is its first comment's.
 */
export const COMMENT = defineRecord('comments', 'comment', 20_000, {
  targetId: ref('On', { required: true }),
  author: string('Author', LIMITS.title),
  text: string('Text', LIMITS.longText),
  createdAt: moment('Written at'),
  resolved: boolean('Resolved'),
  replyTo: optionalRef('In reply to'),
});

export const CommentSchema = COMMENT.schema;
export type Comment = z.infer<typeof CommentSchema>;
