import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, setCardText, updateStage } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { layoutJourney, nodeId } from './layout.ts';
import { reuseUnchanged, reuseUnchangedEdges } from './stableNodes.ts';

describe('reuseUnchanged', () => {
  it('keeps the node objects that an edit did not touch', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const lane = addLane(ctx);
    const a = addCard(ctx, { stageId: stage, laneId: lane, title: 'Research' });
    const b = addCard(ctx, { stageId: stage, laneId: lane, title: 'Referrals' });
    const before = layoutJourney(docToBoard(ctx.doc)).nodes;
    setCardText(ctx, b, 'title', 'Referralz');
    const after = reuseUnchanged(before, layoutJourney(docToBoard(ctx.doc)).nodes);
    const find = (nodes: typeof before, id: string) => nodes.find((n) => n.id === id);
    expect(find(after, nodeId.card(a))).toBe(find(before, nodeId.card(a)));
    expect(find(after, nodeId.stage(stage))).toBe(find(before, nodeId.stage(stage)));
    expect(find(after, nodeId.card(b))).not.toBe(find(before, nodeId.card(b)));
  });

  it('finds each node by id when the list order changed, and keeps the unchanged ones', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const lane = addLane(ctx);
    const a = addCard(ctx, { stageId: stage, laneId: lane, title: 'Research' });
    addCard(ctx, { stageId: stage, laneId: lane, title: 'Referrals' });
    const before = layoutJourney(docToBoard(ctx.doc)).nodes;
    const next = [...layoutJourney(docToBoard(ctx.doc)).nodes].reverse();
    const after = reuseUnchanged(before, next);
    expect(after).not.toBe(before);
    expect(after.map((n) => n.id)).toEqual(next.map((n) => n.id));
    expect(after.find((n) => n.id === nodeId.card(a))).toBe(before.find((n) => n.id === nodeId.card(a)));
    expect(after.find((n) => n.id === nodeId.stage(stage))).toBe(before.find((n) => n.id === nodeId.stage(stage)));
  });

  it('returns the same array when nothing changed, and a new one when something did', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'A' });
    const first = layoutJourney(docToBoard(ctx.doc)).nodes;
    expect(reuseUnchanged(first, layoutJourney(docToBoard(ctx.doc)).nodes)).toBe(first);
    updateStage(ctx, stage, { window: 'Week 0-2' });
    expect(reuseUnchanged(first, layoutJourney(docToBoard(ctx.doc)).nodes)).not.toBe(first);
  });
});

describe('reuseUnchangedEdges', () => {
  const edge = (id: string, label?: string) => ({ id, source: 'card:a', target: 'card:b', label, style: { stroke: '#8590a0' } });

  it('keeps the previous list when every connector is the same', () => {
    const previous = [edge('connector:1'), edge('connector:2', 'then')];
    expect(reuseUnchangedEdges(previous, [edge('connector:1'), edge('connector:2', 'then')])).toBe(previous);
    const none: ReturnType<typeof edge>[] = [];
    expect(reuseUnchangedEdges(none, [])).toBe(none);
  });

  it('takes the new list when a connector was added, removed or relabelled', () => {
    const previous = [edge('connector:1')];
    const relabelled = [edge('connector:1', 'next')];
    expect(reuseUnchangedEdges(previous, relabelled)).toBe(relabelled);
    const added = [edge('connector:1'), edge('connector:2')];
    expect(reuseUnchangedEdges(previous, added)).toBe(added);
    expect(reuseUnchangedEdges(added, previous)).toBe(previous);
  });
});
