import { describe, expect, it } from 'vitest';
import { addCard, addLane, addNote, addStage, createEditContext, createUndoManager, docToBoard, updateCard } from '../doc/index.ts';
import { freshContext } from '../doc/testing/sync.ts';
import { applyDropCommands, cellAt, commandsForDrop, connectNodes, droppedNodes } from './changes.ts';
import { layoutJourney, nodeId, type JourneyLayout } from './layout.ts';

function setup() {
  const ctx = freshContext();
  const s1 = addStage(ctx, { title: 'A' });
  const s2 = addStage(ctx, { title: 'B' });
  const s3 = addStage(ctx, { title: 'C' });
  const l1 = addLane(ctx, { title: 'Touchpoints' });
  const mood = addLane(ctx, { kind: 'emotion' });
  const l2 = addLane(ctx, { title: 'Pain points' });
  const c1 = addCard(ctx, { stageId: s1, laneId: l1, title: 'one' });
  const c2 = addCard(ctx, { stageId: s2, laneId: l1, title: 'two' });
  const c3 = addCard(ctx, { stageId: s2, laneId: l1, title: 'three' });
  return { ctx, s1, s2, s3, l1, l2, mood, c1, c2, c3 };
}

function node(layout: JourneyLayout, id: string) {
  return droppedNodes(layout.nodes).find((n) => n.id === id)!;
}

describe('cellAt', () => {
  it('finds the card cell under a point, and none over headers or the emotion lane', () => {
    const { ctx, s2, l1 } = setup();
    const layout = layoutJourney(docToBoard(ctx.doc));
    const column = layout.columns[1]!;
    const row = layout.rows[0]!;
    expect(cellAt(layout, { x: column.x + 10, y: row.y + 10 })).toEqual({ stageId: s2, laneId: l1 });
    expect(cellAt(layout, { x: column.x + 10, y: 20 })).toBeNull();
    expect(cellAt(layout, { x: 20, y: row.y + 10 })).toBeNull();
    expect(cellAt(layout, { x: column.x + 10, y: layout.rows[1]!.y + 10 })).toBeNull();
  });
});

describe('commandsForDrop', () => {
  it('moves a card dropped between two cards of another cell to that position', () => {
    const { ctx, s2, l1, c1, c2, c3 } = setup();
    const layout = layoutJourney(docToBoard(ctx.doc));
    const target2 = node(layout, nodeId.card(c2));
    const target3 = node(layout, nodeId.card(c3));
    const dragged = { ...node(layout, nodeId.card(c1)), position: { x: target2.position.x, y: (target2.position.y + target3.position.y) / 2 } };
    const commands = commandsForDrop(layout, [dragged]);
    expect(commands).toEqual([{ kind: 'moveCard', cardId: c1, stageId: s2, laneId: l1, index: 1 }]);
    applyDropCommands(ctx, commands);
    expect(docToBoard(ctx.doc).cards.filter((c) => c.stageId === s2).map((c) => c.title)).toEqual(['two', 'one', 'three']);
  });

  it('lets a card dropped outside any cell spring back', () => {
    const { ctx, c1 } = setup();
    const layout = layoutJourney(docToBoard(ctx.doc));
    expect(commandsForDrop(layout, [{ ...node(layout, nodeId.card(c1)), position: { x: -500, y: -500 } }])).toEqual([]);
  });

  it('reorders a stage by where its header is dropped', () => {
    const { ctx, s1 } = setup();
    const layout = layoutJourney(docToBoard(ctx.doc));
    const last = layout.columns[2]!;
    const commands = commandsForDrop(layout, [{ ...node(layout, nodeId.stage(s1)), position: { x: last.x + 40, y: 0 } }]);
    applyDropCommands(ctx, commands);
    expect(docToBoard(ctx.doc).stages.map((s) => s.title)).toEqual(['B', 'C', 'A']);
  });

  it('reorders a lane by where its header is dropped', () => {
    const { ctx, l2 } = setup();
    const layout = layoutJourney(docToBoard(ctx.doc));
    const commands = commandsForDrop(layout, [{ ...node(layout, nodeId.lane(l2)), position: { x: 0, y: layout.rows[0]!.y - 30 } }]);
    applyDropCommands(ctx, commands);
    expect(docToBoard(ctx.doc).lanes.map((l) => l.title || l.kind)).toEqual(['Pain points', 'Touchpoints', 'emotion']);
  });

  it('moves several cards into one cell in their order, as one undo step', () => {
    const { ctx, s1, s2, s3, l2, c1, c3 } = setup();
    const undo = createUndoManager(ctx);
    const layout = layoutJourney(docToBoard(ctx.doc));
    const cell = layout.cells.find((c) => c.id === nodeId.cell(s3, l2))!;
    const drop = (id: string, dy: number) => ({ ...node(layout, nodeId.card(id)), position: { x: cell.x + 12, y: cell.y + dy } });
    applyDropCommands(ctx, commandsForDrop(layout, [drop(c3, 60), drop(c1, 0)]));
    expect(docToBoard(ctx.doc).cards.filter((c) => c.stageId === s3).map((c) => c.title)).toEqual(['one', 'three']);
    undo.undo();
    expect(docToBoard(ctx.doc).cards.find((c) => c.id === c1)!.stageId).toBe(s1);
    expect(docToBoard(ctx.doc).cards.find((c) => c.id === c3)!.stageId).toBe(s2);
  });

  it('stores a free note where it was dropped', () => {
    const { ctx } = setup();
    const note = addNote(ctx, { x: 0, y: 0, text: 'Parking lot' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    applyDropCommands(ctx, commandsForDrop(layout, [{ ...node(layout, nodeId.note(note)), position: { x: 1200.4, y: -80.6 } }]));
    expect(docToBoard(ctx.doc).notes[0]).toMatchObject({ x: 1200, y: -81 });
  });
});

describe('a card dropped in another stage', () => {
  function coloured() {
    const ctx = freshContext();
    const blue = addStage(ctx, { title: 'Contact', color: 'blue' });
    const teal = addStage(ctx, { title: 'Quotation', color: 'teal' });
    const lane = addLane(ctx, { title: 'Touchpoints' });
    return { ctx, blue, teal, lane };
  }
  const dropInto = (ctx: ReturnType<typeof freshContext>, cardId: string, stageId: string) => {
    const layout = layoutJourney(docToBoard(ctx.doc));
    const cell = layout.cells.find((c) => c.stageId === stageId)!;
    applyDropCommands(ctx, commandsForDrop(layout, [{ ...node(layout, nodeId.card(cardId)), position: { x: cell.x + 12, y: cell.y + 12 } }]));
    return docToBoard(ctx.doc).cards.find((c) => c.id === cardId)!;
  };

  it('takes the new stage’s colour when its colour followed the old stage’s, in the same undo step', () => {
    const { ctx, blue, teal, lane } = coloured();
    const card = addCard(ctx, { stageId: blue, laneId: lane, title: 'Sales visit' });
    expect(docToBoard(ctx.doc).cards[0]!.color).toBe('blue'); // a new card starts in its stage's colour
    const undo = createUndoManager(ctx);
    expect(dropInto(ctx, card, teal)).toMatchObject({ stageId: teal, color: 'teal' });
    undo.undo();
    expect(docToBoard(ctx.doc).cards[0]).toMatchObject({ stageId: blue, color: 'blue' });
  });

  it('takes the new stage’s colour when it still has the default colour', () => {
    const { ctx, blue, teal, lane } = coloured();
    const card = addCard(ctx, { stageId: blue, laneId: lane, title: 'Pasted', color: 'slate' });
    expect(dropInto(ctx, card, teal).color).toBe('teal');
  });

  it('keeps a colour someone chose, and its colour when it only changes lane', () => {
    const { ctx, blue, teal, lane } = coloured();
    const card = addCard(ctx, { stageId: blue, laneId: lane, title: 'Warranty' });
    updateCard(ctx, card, { color: 'red' });
    expect(dropInto(ctx, card, teal).color).toBe('red');
    const other = addLane(ctx, { title: 'Pain points' });
    const followed = addCard(ctx, { stageId: blue, laneId: lane, title: 'Follows' });
    const layout = layoutJourney(docToBoard(ctx.doc));
    const cell = layout.cells.find((c) => c.stageId === blue && c.laneId === other)!;
    applyDropCommands(ctx, commandsForDrop(layout, [{ ...node(layout, nodeId.card(followed)), position: { x: cell.x + 12, y: cell.y + 12 } }]));
    expect(docToBoard(ctx.doc).cards.find((c) => c.id === followed)).toMatchObject({ laneId: other, color: 'blue' });
  });
});

describe('connectNodes', () => {
  it('joins a card to a note it is dropped on, from the one dragged from, and says when they already are', () => {
    const { ctx, c1 } = setup();
    const note = addNote(ctx, { x: 0, y: -200, text: 'Close the loop' });
    expect(connectNodes(ctx, nodeId.card(c1), nodeId.note(note))).toBe('connected');
    expect(docToBoard(ctx.doc).connectors).toMatchObject([{ from: c1, to: note }]);
    expect(connectNodes(ctx, nodeId.note(note), nodeId.card(c1))).toBe('alreadyConnected');
  });

  it('makes nothing when let go over nothing, over the same card, or over a header', () => {
    const { ctx, s1, c1 } = setup();
    expect(connectNodes(ctx, nodeId.card(c1), null)).toBe('nothing');
    expect(connectNodes(ctx, nodeId.card(c1), nodeId.card(c1))).toBe('nothing');
    expect(connectNodes(ctx, nodeId.card(c1), nodeId.stage(s1))).toBe('nothing');
    expect(docToBoard(ctx.doc).connectors).toEqual([]);
  });

  it('makes nothing for a link that may only comment', () => {
    const { ctx, c1, c2 } = setup();
    expect(connectNodes(createEditContext(ctx.doc, 'pat', 'comment'), nodeId.card(c1), nodeId.card(c2))).toBe('nothing');
    expect(docToBoard(ctx.doc).connectors).toEqual([]);
  });
});
