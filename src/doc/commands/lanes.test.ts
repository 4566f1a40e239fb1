import { describe, expect, it } from 'vitest';
import { docToBoard } from '../read.ts';
import { freshContext, syncDocs } from '../testing/sync.ts';
import { addCard } from './cards.ts';
import { addLane, deleteLane, moveLane, setEmotionScore, setLaneTitle, updateLane } from './lanes.ts';
import { addStage } from './stages.ts';

describe('lane commands', () => {
  it('stores a new lane’s kind, and a title only when given one, never a default in English', () => {
    const ctx = freshContext();
    addLane(ctx, { kind: 'painPoints' });
    addLane(ctx, { kind: 'owner', title: 'Who at Furn. Co' });
    addLane(ctx, { kind: 'nonsense' as never });
    expect(docToBoard(ctx.doc).lanes.map((l) => [l.kind, l.title])).toEqual([
      ['painPoints', ''],
      ['owner', 'Who at Furn. Co'],
      ['touchpoints', ''],
    ]);
  });

  it('renames, recolours and reorders lanes', () => {
    const ctx = freshContext();
    const a = addLane(ctx, { title: 'A' });
    addLane(ctx, { title: 'B' });
    updateLane(ctx, a, { title: 'Touchpoint', color: 'blue' });
    moveLane(ctx, a, 5);
    const lanes = docToBoard(ctx.doc).lanes;
    expect(lanes.map((l) => l.title)).toEqual(['B', 'Touchpoint']);
    expect(lanes[1]!.color).toBe('blue');
  });

  it('types into a title where two people keep both their words, cut at the limit', () => {
    const ada = freshContext('ada');
    const bob = freshContext('bob');
    const id = addLane(ada, { title: 'Touchpoints' });
    syncDocs(ada.doc, bob.doc);
    setLaneTitle(ada, id, 'Touchpoints online');
    setLaneTitle(bob, id, 'Our Touchpoints');
    syncDocs(ada.doc, bob.doc);
    expect(docToBoard(ada.doc).lanes[0]!.title).toBe('Our Touchpoints online');
    expect(docToBoard(bob.doc).lanes[0]!.title).toBe('Our Touchpoints online');
    setLaneTitle(ada, id, 'y'.repeat(500));
    expect(docToBoard(ada.doc).lanes[0]!.title).toHaveLength(200);
  });

  it('deletes a lane with its cards', () => {
    const ctx = freshContext();
    const stage = addStage(ctx);
    const lane = addLane(ctx);
    const keep = addLane(ctx);
    addCard(ctx, { stageId: stage, laneId: lane });
    addCard(ctx, { stageId: stage, laneId: keep, title: 'kept' });
    deleteLane(ctx, lane);
    const board = docToBoard(ctx.doc);
    expect(board.lanes.map((l) => l.id)).toEqual([keep]);
    expect(board.cards.map((c) => c.title)).toEqual(['kept']);
  });

  it('keeps emotion scores per stage, clamped to -2..+2, and clears them', () => {
    const ctx = freshContext();
    const s1 = addStage(ctx);
    const s2 = addStage(ctx);
    const lane = addLane(ctx, { kind: 'emotion' });
    setEmotionScore(ctx, lane, s1, 7);
    setEmotionScore(ctx, lane, s2, -1.4);
    expect(docToBoard(ctx.doc).lanes[0]!.scores).toEqual({ [s1]: 2, [s2]: -1 });
    setEmotionScore(ctx, lane, s1, null);
    setEmotionScore(ctx, lane, s2, Number.NaN);
    expect(docToBoard(ctx.doc).lanes[0]!.scores).toEqual({});
  });
});
