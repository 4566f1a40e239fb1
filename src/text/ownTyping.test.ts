import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, createUndoManager, docToBoard, getRecord, setCardText, type EditContext } from '../doc/index.ts';
import { freshContext, syncDocs } from '../doc/testing/sync.ts';
import type * as Y from 'yjs';
import { trackOwnTyping } from './ownTyping.ts';

function cardWithTitle(ctx: EditContext, title: string): { id: string; text: Y.Text } {
  const id = addCard(ctx, { stageId: addStage(ctx), laneId: addLane(ctx), title });
  return { id, text: getRecord(ctx.doc, 'cards', id)!.get('title') as Y.Text };
}

const titleOf = (ctx: EditContext) => docToBoard(ctx.doc).cards[0]?.title;

describe('trackOwnTyping', () => {
  it("takes back only this person's letters, keeping what someone else typed meanwhile", () => {
    const ada = freshContext('ada');
    const bob = freshContext('bob');
    const { id, text } = cardWithTitle(ada, 'Email Marketing');
    syncDocs(ada.doc, bob.doc);
    const own = trackOwnTyping(ada, text);
    expect(own.typed()).toBe(false);
    setCardText(ada, id, 'title', 'Email Marketing news');
    setCardText(bob, id, 'title', 'Monthly Email Marketing');
    syncDocs(ada.doc, bob.doc);
    setCardText(ada, id, 'title', 'Monthly Email Marketing newsletters');
    expect(own.typed()).toBe(true);
    own.revert();
    syncDocs(ada.doc, bob.doc);
    expect(titleOf(ada)).toBe('Monthly Email Marketing');
    expect(titleOf(bob)).toBe('Monthly Email Marketing');
    own.stop();
  });

  it('takes back nothing typed before it began, and never a command, when others deleted the letters', () => {
    const ada = freshContext('ada');
    const bob = freshContext('bob');
    const undo = createUndoManager(ada);
    const { id, text } = cardWithTitle(ada, '');
    setCardText(ada, id, 'title', 'Quote');
    undo.stopCapturing();
    const own = trackOwnTyping(ada, text);
    setCardText(ada, id, 'title', 'Quote sent');
    syncDocs(ada.doc, bob.doc);
    setCardText(bob, id, 'title', 'Quote');
    syncDocs(ada.doc, bob.doc);
    own.revert();
    expect(titleOf(ada)).toBe('Quote');
    expect(docToBoard(ada.doc).cards).toHaveLength(1);
    own.stop();
  });
});
