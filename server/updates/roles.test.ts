import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, setCardText } from '../../src/doc/commands/cards.ts';
import { addComment, deleteComment, resolveComment } from '../../src/doc/commands/feedback.ts';
import { addLane } from '../../src/doc/commands/lanes.ts';
import { setBoardTitle, setPersona, typeBoardTitle } from '../../src/doc/commands/meta.ts';
import { addNote, deleteNotes } from '../../src/doc/commands/notes.ts';
import { addStage, moveStage } from '../../src/doc/commands/stages.ts';
import { castDot, startRound } from '../../src/doc/commands/voting.ts';
import { createEditContext, type EditContext } from '../../src/doc/context.ts';
import { initBoardDoc } from '../../src/doc/init.ts';
import { getRecord, metaMap } from '../../src/doc/layout.ts';
import type { Role } from '../capabilities.ts';
import { RoleRefused, checkUpdate, decodeUpdate } from './check.ts';

/** A room's document: two stages, a lane, a card with a comment and a dot of an open round, and a deleted note. */
function board() {
  const server = new Y.Doc();
  initBoardDoc(server, { title: 'Launch' });
  const owner = createEditContext(server, 'owner');
  const stage = addStage(owner, { title: 'Research' });
  addStage(owner, { title: 'Buy' });
  const lane = addLane(owner, {});
  const card = addCard(owner, { stageId: stage, laneId: lane, title: 'Email Marketing' });
  const comment = addComment(owner, card, 'Ada', 'Too long');
  const round = startRound(owner, { laneIds: [lane], cardIds: [], budget: 3, onePerCard: false });
  const dot = castDot(owner, round, card, 'ada')!;
  deleteNotes(owner, [addNote(owner, { x: 0, y: 0, text: 'gone' })]);
  return { server, stage, lane, card, comment, round, dot };
}

function copyOf(server: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  return copy;
}

/**
 * What `change` makes on a copy of the room's document, as a sync step 2 would carry it: with
 * the copy's whole delete set. The copy's commands run as the owner's: judging is the server's.
 */
function sent(server: Y.Doc, change: (ctx: EditContext) => void): Uint8Array {
  const copy = copyOf(server);
  const before = Y.encodeStateVector(copy);
  const snapshot = Y.snapshot(copy);
  change(createEditContext(copy, 'person'));
  // A change that made nothing would be allowed whatever the role: the case would prove nothing.
  expect(Y.equalSnapshots(snapshot, Y.snapshot(copy))).toBe(false);
  return Y.encodeStateAsUpdate(copy, before);
}

/** A sync step 2 from a copy that has changed nothing: no structs, its whole delete set. */
function unchanged(server: Y.Doc): Uint8Array {
  const copy = copyOf(server);
  return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(copy));
}

/** 'allowed', or why the role may not send it. Any other refusal fails the test. */
function judge(server: Y.Doc, update: Uint8Array, role: Role): string {
  try {
    checkUpdate(server, decodeUpdate(update), role);
    return 'allowed';
  } catch (error) {
    if (error instanceof RoleRefused) return `refused: ${error.message}`;
    throw error;
  }
}

describe('what each role may change', () => {
  it('lets a view link send only what changes nothing: an empty update, or deletes of what is deleted already', () => {
    const { server, card, comment, round } = board();
    expect(judge(server, Y.encodeStateAsUpdate(new Y.Doc()), 'view')).toBe('allowed');
    // A client's sync step 2 carries its whole delete set, whatever its role.
    const deletedOnly = unchanged(server);
    expect(Y.decodeUpdate(deletedOnly).ds.clients.size).toBeGreaterThan(0);
    expect(judge(server, deletedOnly, 'view')).toBe('allowed');

    const refused = 'refused: a view link cannot change the board';
    expect(judge(server, sent(server, (ctx) => addCard(ctx, { stageId: '', laneId: '' })), 'view')).toBe(refused);
    expect(judge(server, sent(server, (ctx) => deleteCards(ctx, [card])), 'view')).toBe(refused);
    expect(judge(server, sent(server, (ctx) => addComment(ctx, card, 'Viewer', 'Hi')), 'view')).toBe(refused);
    expect(judge(server, sent(server, (ctx) => resolveComment(ctx, comment)), 'view')).toBe(refused);
    expect(judge(server, sent(server, (ctx) => castDot(ctx, round, card, 'viewer')), 'view')).toBe(refused);
  });

  // Whose dots a comment link may place and take back is dots.test.ts's.
  it('lets a comment link add comments and mark them resolved', () => {
    const { server, card, comment } = board();
    const allowed: ((ctx: EditContext) => void)[] = [
      (ctx) => addComment(ctx, card, 'Ben', 'Agreed'),
      (ctx) => resolveComment(ctx, comment),
    ];
    for (const change of allowed) expect(judge(server, sent(server, change), 'comment')).toBe('allowed');
  });

  it('refuses a comment link anything else, a comment already written included', () => {
    const { server, stage, lane, card, comment, dot } = board();
    const refused: ((ctx: EditContext) => void)[] = [
      (ctx) => setCardText(ctx, card, 'title', 'Renamed'),
      (ctx) => moveStage(ctx, stage, 1),
      (ctx) => deleteCards(ctx, [card]),
      (ctx) => addCard(ctx, { stageId: stage, laneId: lane }),
      (ctx) => setPersona(ctx, 'Buyer'),
      (ctx) => deleteComment(ctx, comment),
      (ctx) => getRecord(ctx.doc, 'comments', comment)!.set('text', 'Not what Ada said'),
      (ctx) => getRecord(ctx.doc, 'comments', comment)!.set('author', 'Mallory'),
      // Ada's dot, moved to another card or made someone else's.
      (ctx) => getRecord(ctx.doc, 'votes', dot)!.set('targetId', stage),
      (ctx) => getRecord(ctx.doc, 'votes', dot)!.set('voter', 'mallory'),
    ];
    for (const change of refused) {
      expect(judge(server, sent(server, change), 'comment')).toBe('refused: a comment link can only add comments and votes');
    }
  });

  it('lets an edit link change anything but the board’s title, which the owner may', () => {
    const { server, stage, lane, card, comment } = board();
    const allowed: ((ctx: EditContext) => void)[] = [
      (ctx) => addCard(ctx, { stageId: stage, laneId: lane, title: 'New' }),
      (ctx) => setCardText(ctx, card, 'title', 'Renamed'),
      (ctx) => moveStage(ctx, stage, 1),
      (ctx) => deleteComment(ctx, comment),
      (ctx) => deleteCards(ctx, [card]),
      (ctx) => setPersona(ctx, 'Buyer'),
    ];
    for (const change of allowed) expect(judge(server, sent(server, change), 'edit')).toBe('allowed');

    const renames: ((ctx: EditContext) => void)[] = [
      (ctx) => setBoardTitle(ctx, 'Relaunch'),
      (ctx) => typeBoardTitle(ctx, 'Launch 2'),
      // The title as a plain string, as older clients stored it, is the title all the same.
      (ctx) => metaMap(ctx.doc).set('title', 'Relaunch'),
    ];
    for (const change of renames) {
      const update = sent(server, change);
      expect(judge(server, update, 'edit')).toBe('refused: only the owner can rename the board');
      expect(judge(server, update, 'owner')).toBe('allowed');
    }
  });

  it('judges a value set over a live one as deleting it, though the update leaves that delete out', () => {
    const { server, comment } = board();
    // Ada's comment replaced whole under its own id, the replaced value's delete cut from the update.
    const copy = copyOf(server);
    const before = Y.encodeStateVector(copy);
    const forged = new Y.Map<unknown>();
    forged.set('targetId', 'x');
    forged.set('author', 'Ada');
    forged.set('text', 'Rewritten');
    copy.getMap('comments').set(comment, forged);
    const stripped = withoutDeletes(copy, before);
    expect(Y.decodeUpdate(stripped).ds.clients.size).toBe(0);
    expect(judge(server, stripped, 'comment')).toBe('refused: a comment link can only add comments and votes');
    // Its resolved mark, set the same way, is the comment link's to set.
    const resolved = copyOf(server);
    const at = Y.encodeStateVector(resolved);
    getRecord(resolved, 'comments', comment)!.set('resolved', true);
    expect(judge(server, withoutDeletes(resolved, at), 'comment')).toBe('allowed');
  });

  it('refuses a view link a garbage-collected range past the board’s state, which would still be stored', () => {
    const { server } = board();
    // One client, one garbage-collected struct a million long, no deletes.
    const encoder = encoding.createEncoder();
    for (const n of [1, 1, 4343, 0]) encoding.writeVarUint(encoder, n);
    encoding.writeUint8(encoder, 0); // a GC struct
    encoding.writeVarUint(encoder, 1_000_000);
    encoding.writeVarUint(encoder, 0); // an empty delete set
    const gc = encoding.toUint8Array(encoder);
    expect(Y.decodeUpdate(gc).structs[0]).toBeInstanceOf(Y.GC);
    expect(judge(server, gc, 'view')).toBe('refused: a view link cannot change the board');
  });
});

/**
 * The update from `before` to now with an empty delete set, as a client bent on hiding its
 * deletes would send it. An update ends with its delete set: that many bytes are cut and an
 * empty set (one zero) put in their place.
 */
function withoutDeletes(doc: Y.Doc, before: Uint8Array): Uint8Array {
  const full = Y.encodeStateAsUpdate(doc, before);
  const ds = Y.createDeleteSetFromStructStore(doc.store);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, ds.clients.size);
  for (const [client, ranges] of [...ds.clients].sort((a, b) => b[0] - a[0])) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, len);
    }
  }
  const dsBytes = encoding.toUint8Array(encoder);
  expect(full.slice(full.length - dsBytes.length)).toEqual(dsBytes);
  return new Uint8Array([...full.slice(0, full.length - dsBytes.length), 0]);
}

describe('who may reply in a comment thread', () => {
  it('lets a comment link reply in a thread, on a card and on a stage, and open a thread on a lane', () => {
    const { server, stage, lane, card, comment } = board();
    const allowed: ((ctx: EditContext) => void)[] = [
      (ctx) => addComment(ctx, card, 'Ben', 'Two weeks, not four', comment),
      (ctx) => addComment(ctx, stage, 'Ben', 'Who owns this?', addComment(ctx, stage, 'Cy', 'Research first')),
      (ctx) => addComment(ctx, lane, 'Ben', 'Rename this lane'),
    ];
    for (const change of allowed) expect(judge(server, sent(server, change), 'comment')).toBe('allowed');
  });

  it('refuses a comment link moving a comment written already into a thread or out of one', () => {
    const { server, card, comment } = board();
    const owner = createEditContext(server, 'owner');
    const reply = addComment(owner, card, 'Ben', 'Agreed', comment);
    const refused: ((ctx: EditContext) => void)[] = [
      (ctx) => getRecord(ctx.doc, 'comments', comment)!.set('replyTo', reply),
      (ctx) => getRecord(ctx.doc, 'comments', reply)!.set('replyTo', null),
      (ctx) => getRecord(ctx.doc, 'comments', reply)!.delete('replyTo'),
      // Nor may it delete a reply, its own or another's: that is an edit link's.
      (ctx) => deleteComment(ctx, reply),
    ];
    for (const change of refused) {
      expect(judge(server, sent(server, change), 'comment')).toBe('refused: a comment link can only add comments and votes');
    }
    expect(judge(server, sent(server, (ctx) => deleteComment(ctx, reply)), 'edit')).toBe('allowed');
    expect(judge(server, sent(server, (ctx) => getRecord(ctx.doc, 'comments', reply)!.set('replyTo', null)), 'edit')).toBe('allowed');
  });

  it('refuses a view link a reply', () => {
    const { server, card, comment } = board();
    expect(judge(server, sent(server, (ctx) => addComment(ctx, card, 'Viewer', 'Me too', comment)), 'view')).toBe('refused: a view link cannot change the board');
  });

  it('refuses, whatever the role, a reply mark that is no id or longer than one', () => {
    const { server, card } = board();
    for (const replyTo of [42, { id: 'x' }, 'x'.repeat(101)]) {
      const update = sent(server, (ctx) => {
        const id = addComment(ctx, card, 'Mallory', 'Hi');
        getRecord(ctx.doc, 'comments', id)!.set('replyTo', replyTo);
      });
      for (const role of ['owner', 'comment'] as const) {
        expect(() => checkUpdate(server, decodeUpdate(update), role)).toThrow(/in reply to to something it cannot hold/);
      }
    }
  });
});
