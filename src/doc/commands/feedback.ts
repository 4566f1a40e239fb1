import * as Y from 'yjs';
import { LIMITS, clip, newId, voteId } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';

/** Votes and comments: what a workshop says about the cards; a comment link may make them. */

export function toggleVote(ctx: EditContext, targetId: string, voter: string): void {
  const id = voteId(targetId, voter);
  const votes = recordsMap(ctx.doc, 'votes');
  transact(ctx, () => {
    if (votes.has(id)) {
      votes.delete(id);
      return;
    }
    const vote = new Y.Map<unknown>();
    vote.set('targetId', targetId);
    vote.set('voter', voter);
    votes.set(id, vote);
  }, 'comment');
}

export function addComment(ctx: EditContext, targetId: string, author: string, text: string): string {
  const id = newId();
  transact(ctx, () => {
    const comment = new Y.Map<unknown>();
    comment.set('targetId', targetId);
    comment.set('author', clip(author, LIMITS.title));
    comment.set('text', clip(text, LIMITS.longText));
    comment.set('createdAt', Date.now());
    comment.set('resolved', false);
    recordsMap(ctx.doc, 'comments').set(id, comment);
  }, 'comment');
  return id;
}

export function resolveComment(ctx: EditContext, id: string, resolved = true): void {
  const comment = getRecord(ctx.doc, 'comments', id);
  if (!comment) return;
  transact(ctx, () => comment.set('resolved', resolved), 'comment');
}

export function deleteComment(ctx: EditContext, id: string): void {
  transact(ctx, () => recordsMap(ctx.doc, 'comments').delete(id));
}
