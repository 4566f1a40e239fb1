import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, setCardText, updateStage } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { boardReaderFor } from '../doc/boardReader.ts';
import { layoutJourney, nodeId, type JourneyNode } from './layout.ts';
import { reuseUnchanged, reuseUnchangedEdges } from './stableNodes.ts';

/** Nodes shown as the layout made them. */
const handedOut = (nodes: JourneyNode[]) => ({ laidOut: nodes, shown: nodes });

describe('reuseUnchanged', () => {
  it('keeps the node objects that an edit did not touch', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const lane = addLane(ctx);
    const a = addCard(ctx, { stageId: stage, laneId: lane, title: 'Research' });
    const b = addCard(ctx, { stageId: stage, laneId: lane, title: 'Referrals' });
    const before = layoutJourney(docToBoard(ctx.doc)).nodes;
    setCardText(ctx, b, 'title', 'Referralz');
    const after = reuseUnchanged(handedOut(before), layoutJourney(docToBoard(ctx.doc)).nodes);
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
    const after = reuseUnchanged(handedOut(before), next);
    expect(after).not.toBe(before);
    expect(after.map((n) => n.id)).toEqual(next.map((n) => n.id));
    expect(after.find((n) => n.id === nodeId.card(a))).toBe(before.find((n) => n.id === nodeId.card(a)));
    expect(after.find((n) => n.id === nodeId.stage(stage))).toBe(before.find((n) => n.id === nodeId.stage(stage)));
  });

  it('returns the same array when nothing changed, and a new one when something did', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'A' });
    const first = layoutJourney(docToBoard(ctx.doc)).nodes;
    expect(reuseUnchanged(handedOut(first), layoutJourney(docToBoard(ctx.doc)).nodes)).toBe(first);
    updateStage(ctx, stage, { window: 'Week 0-2' });
    expect(reuseUnchanged(handedOut(first), layoutJourney(docToBoard(ctx.doc)).nodes)).not.toBe(first);
  });

  it('keeps the nodes first shown from another read of the board, without comparing them again each edit', () => {
    const ctx = freshContext();
    const stage = addStage(ctx, { title: 'Awareness' });
    const lane = addLane(ctx);
    const a = addCard(ctx, { stageId: stage, laneId: lane, title: 'Research' });
    const b = addCard(ctx, { stageId: stage, laneId: lane, title: 'Referrals' });
    // A preview is a separate read: equal cards, other objects.
    const preview = layoutJourney(docToBoard(ctx.doc)).nodes;
    const reader = boardReaderFor(ctx.doc);
    const live = layoutJourney(reader.read()).nodes;
    const shown = reuseUnchanged(handedOut(preview), live);
    const cardA = shown.find((n) => n.id === nodeId.card(a))!;
    expect(cardA).toBe(preview.find((n) => n.id === nodeId.card(a)));

    setCardText(ctx, b, 'title', 'Referralz');
    const next = layoutJourney(reader.read()).nodes;
    // Card a's node is the layout's object from before: what was shown for it stays, unread.
    const unread = new Proxy(cardA, { get: (node, key) => (key === 'id' ? node.id : expect.unreachable(`read ${String(key)}`)) });
    const after = reuseUnchanged({ laidOut: live, shown: shown.map((n) => (n === cardA ? unread : n)) }, next);
    expect(after.find((n) => n.id === nodeId.card(a))).toBe(unread);
    expect(after.find((n) => n.id === nodeId.card(b))).toBe(next.find((n) => n.id === nodeId.card(b)));
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
