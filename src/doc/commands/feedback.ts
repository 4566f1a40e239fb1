import * as Y from 'yjs';
import { LIMITS, clip, newId } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';

/** Comments: what a workshop says about the board; a comment link may make them. (Dots: voting.ts.) */

/**
 * A new comment on `targetId`, or a reply in the thread `replyTo` opens (a reply carries its
 * thread's target, so deleting the target takes the whole thread).
 */
export function addComment(ctx: EditContext, targetId: string, author: string, text: string, replyTo: string | null = null): string {
  const id = newId();
  transact(ctx, () => {
    const comment = new Y.Map<unknown>();
    comment.set('targetId', targetId);
    comment.set('author', clip(author, LIMITS.title));
    comment.set('text', clip(text, LIMITS.longText));
    comment.set('createdAt', Date.now());
    comment.set('resolved', false);
    // Empty fields are not stored (docs/ARCHITECTURE.md): a thread's first comment has no replyTo.
    if (replyTo !== null) comment.set('replyTo', replyTo);
    recordsMap(ctx.doc, 'comments').set(id, comment);
  }, 'comment');
  return id;
}

export function resolveComment(ctx: EditContext, id: string, resolved = true): void {
  const comment = getRecord(ctx.doc, 'comments', id);
  if (!comment) return;
  transact(ctx, () => comment.set('resolved', resolved), 'comment');
}

/** Deletes a comment; the first comment of a thread takes its replies with it, in one undo step. */
export function deleteComment(ctx: EditContext, id: string): void {
  const comments = recordsMap(ctx.doc, 'comments');
  transact(ctx, () => {
    for (const [replyId, reply] of comments) {
      if (reply instanceof Y.Map && reply.get('replyTo') === id) comments.delete(replyId);
    }
    comments.delete(id);
  });
}
