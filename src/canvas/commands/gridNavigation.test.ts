import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, moveCard } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { moveTarget, neighbourCard } from './gridNavigation.ts';

function grid() {
  const ctx = freshContext();
  const [s1, s2, s3] = ['A', 'B', 'C'].map((title) => addStage(ctx, { title }));
  const l1 = addLane(ctx, { title: 'Touchpoints' });
  addLane(ctx, { kind: 'emotion' });
  const l2 = addLane(ctx, { title: 'Pain points' });
  const ids = {
    a1: addCard(ctx, { stageId: s1!, laneId: l1, title: 'a1' }),
    a2: addCard(ctx, { stageId: s1!, laneId: l1, title: 'a2' }),
    c1: addCard(ctx, { stageId: s3!, laneId: l1, title: 'c1' }),
    p1: addCard(ctx, { stageId: s1!, laneId: l2, title: 'p1' }),
  };
  return { ctx, s1: s1!, s2: s2!, s3: s3!, l1, l2, ids, board: () => docToBoard(ctx.doc) };
}

describe('neighbourCard', () => {
  it('walks down a cell and on into the next lane with cards, skipping the emotion lane', () => {
    const { ids, board } = grid();
    expect(neighbourCard(board(), ids.a1, 'down')?.title).toBe('a2');
    expect(neighbourCard(board(), ids.a2, 'down')?.title).toBe('p1');
    expect(neighbourCard(board(), ids.p1, 'up')?.title).toBe('a2');
    expect(neighbourCard(board(), ids.p1, 'down')).toBeNull();
  });

  it('walks across stages to the nearest one with cards in the same lane', () => {
    const { ids, board } = grid();
    expect(neighbourCard(board(), ids.a2, 'right')?.title).toBe('c1');
    expect(neighbourCard(board(), ids.c1, 'left')?.title).toBe('a1');
    expect(neighbourCard(board(), ids.c1, 'right')).toBeNull();
  });
});

describe('moveTarget', () => {
  it('moves within a cell, then past its edge into the next lane', () => {
    const { ctx, ids, board, s1, l1, l2 } = grid();
    expect(moveTarget(board(), ids.a1, 'down')).toEqual({ stageId: s1, laneId: l1, index: 1 });
    expect(moveTarget(board(), ids.a2, 'down')).toEqual({ stageId: s1, laneId: l2, index: 0 });
    expect(moveTarget(board(), ids.a1, 'up')).toBeNull();
    const target = moveTarget(board(), ids.a2, 'up')!;
    moveCard(ctx, ids.a2, target);
    expect(board().cards.filter((c) => c.stageId === s1 && c.laneId === l1).map((c) => c.title)).toEqual(['a2', 'a1']);
  });

  it('moves into the same lane of the neighbouring stage, even an empty one', () => {
    const { ids, board, s2, l1 } = grid();
    expect(moveTarget(board(), ids.a2, 'right')).toEqual({ stageId: s2, laneId: l1, index: 0 });
    expect(moveTarget(board(), ids.a1, 'left')).toBeNull();
  });
});
