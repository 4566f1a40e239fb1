import { describe, expect, it } from 'vitest';
import type { Board } from './board.ts';
import type { Comment } from './comment.ts';
import { commentGroups, commentThreads, openThreadCount, threadsOn } from './commentThreads.ts';

const comment = (id: string, createdAt: number, more: Partial<Comment> = {}): Comment => ({
  id,
  targetId: 'c1',
  author: 'Ada',
  text: id,
  createdAt,
  resolved: false,
  replyTo: null,
  ...more,
});

const board = (comments: Comment[]): Board =>
  ({
    stages: [{ id: 's1' }, { id: 's2' }],
    lanes: [{ id: 'l1' }],
    cards: [{ id: 'c1' }, { id: 'c2' }],
    notes: [{ id: 'n1' }],
    strategy: [
      { id: 'i2', sectionId: 'channels' },
      { id: 'i1', sectionId: 'who' },
    ],
    comments,
  }) as unknown as Board;

describe('comment threads', () => {
  it('opens a thread with each comment that replies to nothing, and orders threads and replies by time', () => {
    const threads = commentThreads([
      comment('late', 30),
      comment('r2', 25, { replyTo: 'early' }),
      comment('early', 10),
      comment('r1', 20, { replyTo: 'early' }),
    ]);
    expect(threads.map((t) => t.id)).toEqual(['early', 'late']);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(threads[1]!.replies).toEqual([]);
  });

  it('breaks equal times by id, so every copy shows the same order', () => {
    const threads = commentThreads([comment('b', 5), comment('a', 5), comment('y', 9, { replyTo: 'a' }), comment('x', 9, { replyTo: 'a' })]);
    expect(threads.map((t) => t.id)).toEqual(['a', 'b']);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('puts a reply to a reply into the thread of its root', () => {
    const [thread] = commentThreads([comment('root', 1), comment('r1', 2, { replyTo: 'root' }), comment('r2', 3, { replyTo: 'r1' })]);
    expect(thread!.replies.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('leaves out replies whose thread is missing or that loop on each other', () => {
    const threads = commentThreads([
      comment('root', 1),
      comment('orphan', 2, { replyTo: 'gone' }),
      comment('orphanChild', 3, { replyTo: 'orphan' }),
      comment('loopA', 4, { replyTo: 'loopB' }),
      comment('loopB', 5, { replyTo: 'loopA' }),
    ]);
    expect(threads.map((t) => [t.id, t.replies.length])).toEqual([['root', 0]]);
  });

  it('reads a comment that replies to itself as opening a thread', () => {
    expect(commentThreads([comment('self', 1, { replyTo: 'self' })]).map((t) => t.id)).toEqual(['self']);
  });

  it('takes a thread\u2019s target and resolved mark from its first comment', () => {
    const [thread] = commentThreads([comment('root', 1, { targetId: 's1', resolved: true }), comment('r', 2, { targetId: 'c2', replyTo: 'root' })]);
    expect(thread).toMatchObject({ targetId: 's1', resolved: true });
    expect(threadsOn([comment('root', 1, { targetId: 's1' }), comment('r', 2, { targetId: 'c2', replyTo: 'root' })], 'c2')).toEqual([]);
  });

  it('counts the open threads on records the board holds', () => {
    const b = board([
      comment('open', 1),
      comment('reply', 2, { replyTo: 'open' }),
      comment('done', 3, { resolved: true }),
      comment('onGone', 4, { targetId: 'deletedCard' }),
      comment('onStage', 5, { targetId: 's2' }),
    ]);
    expect(openThreadCount(b)).toBe(2);
  });

  it('groups threads by their target: stages, lanes, cards, notes, then strategy items in the canvas\u2019s order', () => {
    const b = board([
      comment('onItem2', 1, { targetId: 'i2' }),
      comment('onItem1', 2, { targetId: 'i1' }),
      comment('onNote', 3, { targetId: 'n1' }),
      comment('onCard', 4, { targetId: 'c2' }),
      comment('onCardAgain', 5, { targetId: 'c2' }),
      comment('onLane', 6, { targetId: 'l1' }),
      comment('onStage2', 7, { targetId: 's2' }),
      comment('onStage1', 8, { targetId: 's1' }),
      comment('closed', 9, { targetId: 's1', resolved: true }),
    ]);
    const open = commentGroups(b, { resolved: false });
    expect(open.map((g) => [g.kind, g.targetId, g.threads.map((t) => t.id)])).toEqual([
      ['stage', 's1', ['onStage1']],
      ['stage', 's2', ['onStage2']],
      ['lane', 'l1', ['onLane']],
      ['card', 'c2', ['onCard', 'onCardAgain']],
      ['note', 'n1', ['onNote']],
      ['strategy', 'i1', ['onItem1']],
      ['strategy', 'i2', ['onItem2']],
    ]);
    expect(commentGroups(b, { resolved: true }).map((g) => g.threads.map((t) => t.id))).toEqual([['closed']]);
  });
});
