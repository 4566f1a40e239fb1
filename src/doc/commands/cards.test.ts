import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { unplacedCards } from '../../model/index.ts';
import { createEditContext } from '../context.ts';
import { recordsMap } from '../layout.ts';
import { docToBoard } from '../read.ts';
import { freshContext, syncDocs } from '../testing/sync.ts';
import { addCard, deleteCards, duplicateCards, moveCard, setCardText, updateCard } from './cards.ts';
import { addConnector } from './connectors.ts';
import { addComment } from './feedback.ts';
import { addLane } from './lanes.ts';
import { addStage, deleteStage } from './stages.ts';

function grid() {
  const ctx = freshContext();
  const s1 = addStage(ctx, { title: 'Awareness' });
  const s2 = addStage(ctx, { title: 'Consideration' });
  const lane = addLane(ctx, { kind: 'touchpoints' });
  return { ctx, s1, s2, lane };
}

describe('card commands', () => {
  it('adds cards to a cell in order, or at an index', () => {
    const { ctx, s1, lane } = grid();
    addCard(ctx, { stageId: s1, laneId: lane, title: 'Research' });
    addCard(ctx, { stageId: s1, laneId: lane, title: 'Email Marketing' });
    addCard(ctx, { stageId: s1, laneId: lane, title: 'Referrals', index: 1 });
    expect(docToBoard(ctx.doc).cards.map((c) => c.title)).toEqual(['Research', 'Referrals', 'Email Marketing']);
  });

  it('stores every field, cleaned', () => {
    const { ctx, s1, lane } = grid();
    const id = addCard(ctx, { stageId: s1, laneId: lane, title: 'Quote', body: 'based on hire vs outright purchase' });
    updateCard(ctx, id, { channel: 'Email', owner: 'Sales', emotion: 9, tags: ['b2b', 'b2b', ' price '], color: 'green', link: 'https://example.com' });
    expect(docToBoard(ctx.doc).cards[0]).toMatchObject({
      title: 'Quote',
      body: 'based on hire vs outright purchase',
      channel: 'Email',
      owner: 'Sales',
      emotion: 2,
      tags: ['b2b', 'price'],
      color: 'green',
      link: 'https://example.com',
    });
    updateCard(ctx, id, { emotion: null, color: 'neon' as never });
    expect(docToBoard(ctx.doc).cards[0]).toMatchObject({ emotion: null, color: 'green' });
  });

  it('stores a new card’s filled fields only, and reads the rest as empty', () => {
    const { ctx, s1, lane } = grid();
    const id = addCard(ctx, { stageId: s1, laneId: lane, title: 'Quote', owner: '', tags: [] });
    const stored = recordsMap(ctx.doc, 'cards').get(id)!;
    // The texts are there even when empty, so two people who start typing share one.
    expect([...stored.keys()].sort()).toEqual(['body', 'color', 'laneId', 'order', 'stageId', 'title']);
    expect(docToBoard(ctx.doc).cards[0]).toMatchObject({ title: 'Quote', body: '', channel: '', owner: '', emotion: null, tags: [], link: '' });
    updateCard(ctx, id, { owner: 'Sales' });
    updateCard(ctx, id, { owner: '' });
    expect(docToBoard(ctx.doc).cards[0]!.owner).toBe('');
  });

  it('edits text by changing only what changed, so two people typing keep both', () => {
    const a = freshContext('a');
    const b = createEditContext(new Y.Doc(), 'b');
    const s = addStage(a);
    const l = addLane(a);
    const id = addCard(a, { stageId: s, laneId: l, title: 'Samples' });
    syncDocs(a.doc, b.doc);
    setCardText(a, id, 'title', 'Samples and');
    setCardText(b, id, 'title', 'Free Samples');
    syncDocs(a.doc, b.doc);
    const title = docToBoard(a.doc).cards[0]!.title;
    expect(title).toBe(docToBoard(b.doc).cards[0]!.title);
    expect(title).toBe('Free Samples and');
  });

  it('moves a card to another cell at a position', () => {
    const { ctx, s1, s2, lane } = grid();
    const moving = addCard(ctx, { stageId: s1, laneId: lane, title: 'moving' });
    addCard(ctx, { stageId: s2, laneId: lane, title: 'first' });
    addCard(ctx, { stageId: s2, laneId: lane, title: 'last' });
    moveCard(ctx, moving, { stageId: s2, laneId: lane, index: 1 });
    const cards = docToBoard(ctx.doc).cards.filter((c) => c.stageId === s2);
    expect(cards.map((c) => c.title)).toEqual(['first', 'moving', 'last']);
  });

  it('deletes cards with the connectors and comments on them', () => {
    const { ctx, s1, lane } = grid();
    const a = addCard(ctx, { stageId: s1, laneId: lane });
    const b = addCard(ctx, { stageId: s1, laneId: lane });
    addConnector(ctx, a, b);
    addComment(ctx, a, 'Ann', 'Is this right?');
    deleteCards(ctx, [a]);
    const board = docToBoard(ctx.doc);
    expect(board.cards.map((c) => c.id)).toEqual([b]);
    expect(board.connectors).toEqual([]);
    expect(board.comments).toEqual([]);
  });

  it('duplicates a card right after the original', () => {
    const { ctx, s1, lane } = grid();
    const first = addCard(ctx, { stageId: s1, laneId: lane, title: 'one', channel: 'Phone' });
    addCard(ctx, { stageId: s1, laneId: lane, title: 'two' });
    const original = docToBoard(ctx.doc).cards.find((c) => c.id === first)!;
    const [copy] = duplicateCards(ctx, [original]);
    const cards = docToBoard(ctx.doc).cards;
    expect(cards.map((c) => c.title)).toEqual(['one', 'one', 'two']);
    expect(cards[1]).toMatchObject({ id: copy, channel: 'Phone' });
  });

  it('keeps a card added to a stage that someone else deleted meanwhile, as unplaced', () => {
    const a = freshContext('a');
    const b = createEditContext(new Y.Doc(), 'b');
    const stage = addStage(a, { title: 'Retention' });
    const lane = addLane(a);
    syncDocs(a.doc, b.doc);
    deleteStage(a, stage);
    addCard(b, { stageId: stage, laneId: lane, title: 'Follow up with a thank you note' });
    syncDocs(a.doc, b.doc);
    const board = docToBoard(a.doc);
    expect(board.stages).toEqual([]);
    expect(unplacedCards(board).map((c) => c.title)).toEqual(['Follow up with a thank you note']);
    expect(docToBoard(b.doc)).toEqual(board);
  });
});
