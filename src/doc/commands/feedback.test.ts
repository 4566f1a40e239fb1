import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LIMITS, commentThreads } from '../../model/index.ts';
import { recordsMap } from '../layout.ts';
import { docToBoard } from '../read.ts';
import { freshContext } from '../testing/sync.ts';
import { addComment, deleteComment, resolveComment } from './feedback.ts';
import { addLane, deleteLane } from './lanes.ts';
import { addStage, deleteStage } from './stages.ts';
import { addStrategyItem, deleteStrategyItem } from './strategy.ts';

describe('comment threads in the document', () => {
  it('replies in a thread and resolves and reopens it', () => {
    const ctx = freshContext();
    const root = addComment(ctx, 'card1', 'Ann', 'Check the lead time');
    addComment(ctx, 'card1', 'Bob', 'Two weeks', root);
    resolveComment(ctx, root);
    let [thread] = commentThreads(docToBoard(ctx.doc).comments);
    expect(thread).toMatchObject({ id: root, resolved: true });
    expect(thread!.replies.map((r) => [r.author, r.text, r.replyTo])).toEqual([['Bob', 'Two weeks', root]]);
    resolveComment(ctx, root, false);
    [thread] = commentThreads(docToBoard(ctx.doc).comments);
    expect(thread!.resolved).toBe(false);
  });

  it('stores no reply mark on a thread\u2019s first comment', () => {
    const ctx = freshContext();
    const root = addComment(ctx, 'card1', 'Ann', 'Hello');
    expect(recordsMap(ctx.doc, 'comments').get(root)!.has('replyTo')).toBe(false);
    expect(docToBoard(ctx.doc).comments[0]!.replyTo).toBeNull();
  });

  it('deletes a thread\u2019s replies with its first comment, and only a reply when that is deleted', () => {
    const ctx = freshContext();
    const root = addComment(ctx, 'card1', 'Ann', 'Hello');
    const reply = addComment(ctx, 'card1', 'Bob', 'Hi', root);
    addComment(ctx, 'card1', 'Cy', 'Hey', root);
    deleteComment(ctx, reply);
    // Written in the same millisecond, they sort by their random ids: compared as a set.
    expect(docToBoard(ctx.doc).comments.map((c) => c.author).sort()).toEqual(['Ann', 'Cy']);
    deleteComment(ctx, root);
    expect(docToBoard(ctx.doc).comments).toEqual([]);
  });

  it('takes a stage\u2019s, a lane\u2019s and a strategy item\u2019s threads away with it', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Visit' });
    const lane = addLane(ctx, { kind: 'actions' });
    const item = addStrategyItem(ctx, 'who', 'Architects')!;
    for (const target of [stage, lane, item]) addComment(ctx, target, 'Ann', 'Why?', addComment(ctx, target, 'Bob', 'Look'));
    deleteStage(ctx, stage);
    deleteLane(ctx, lane);
    expect(docToBoard(ctx.doc).comments.map((c) => c.targetId)).toEqual([item, item]);
    deleteStrategyItem(ctx, item);
    expect(docToBoard(ctx.doc).comments).toEqual([]);
  });

  it('reads what a hostile client wrote without failing: a reply mark of the wrong type, a huge text', () => {
    const ctx = freshContext();
    const comments = recordsMap(ctx.doc, 'comments');
    const bad = new Y.Map<unknown>();
    bad.set('targetId', 'card1');
    bad.set('text', 'x'.repeat(LIMITS.longText + 500));
    bad.set('replyTo', { not: 'an id' });
    comments.set('bad', bad);
    const [comment] = docToBoard(ctx.doc).comments;
    expect(comment).toMatchObject({ id: 'bad', replyTo: null });
    expect(comment!.text).toHaveLength(LIMITS.longText);
  });
});
