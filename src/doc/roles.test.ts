import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addComment, addLane, addStage, castDot, createEditContext, createUndoManager, NotAllowed, resolveComment, setBoardTitle, startRound, typeBoardTitle } from './index.ts';

/** A board with a stage, a lane of one card, and a dot voting round open on the lane. */
function boardWithStage() {
  const doc = new Y.Doc();
  const owner = createEditContext(doc, 'owner', 'owner');
  const stageId = addStage(owner, { title: 'Awareness' });
  const laneId = addLane(owner, { title: 'Touchpoints' });
  const cardId = addCard(owner, { stageId, laneId, title: 'Email' });
  const roundId = startRound(owner, { laneIds: [laneId], cardIds: [], budget: 3, onePerCard: false });
  return { doc, stageId, cardId, roundId };
}

describe('the edit context holds the link’s role', () => {
  it('lets a view link change nothing, and leaves the document as it was', () => {
    const { doc, stageId, cardId, roundId } = boardWithStage();
    const view = createEditContext(doc, 'viewer', 'view');
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => addCard(view, { stageId, laneId: 'l' })).toThrow(NotAllowed);
    expect(() => addComment(view, 'x', 'Vi', 'Hi')).toThrow(NotAllowed);
    expect(() => castDot(view, roundId, cardId, 'vi')).toThrow(NotAllowed);
    expect(() => typeBoardTitle(view, 'Mine now')).toThrow(NotAllowed);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('lets a comment link comment, resolve and place dots, and nothing else', () => {
    const { doc, stageId, cardId, roundId } = boardWithStage();
    const comment = createEditContext(doc, 'pat', 'comment');
    const id = addComment(comment, 'card1', 'Pat', 'Who brings samples?');
    resolveComment(comment, id);
    castDot(comment, roundId, cardId, 'pat');
    expect((doc.getMap('comments').get(id) as Y.Map<unknown>).get('resolved')).toBe(true);
    expect(doc.getMap('votes').size).toBe(1);
    expect(() => addCard(comment, { stageId, laneId: 'l' })).toThrow(NotAllowed);
    expect(doc.getMap('cards').size).toBe(1);
  });

  it('records no undo steps for a comment link: undoing a comment would delete it, which the server refuses', () => {
    const { doc, cardId, roundId } = boardWithStage();
    const comment = createEditContext(doc, 'pat', 'comment');
    const undo = createUndoManager(comment);
    addComment(comment, 'card1', 'Pat', 'Bring samples');
    castDot(comment, roundId, cardId, 'pat');
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(doc.getMap('comments').size).toBe(1);
    expect(doc.getMap('votes').size).toBe(1);
  });

  it('keeps renaming the board to its owner', () => {
    const { doc, stageId } = boardWithStage();
    const edit = createEditContext(doc, 'ed', 'edit');
    expect(() => setBoardTitle(edit, 'Renamed')).toThrow(NotAllowed);
    expect(addCard(edit, { stageId, laneId: 'l' })).toEqual(expect.any(String));
    setBoardTitle(createEditContext(doc, 'own', 'owner'), 'Renamed');
    expect(String((doc.getMap('meta').get('title') as Y.Text).toString())).toBe('Renamed');
  });
});
