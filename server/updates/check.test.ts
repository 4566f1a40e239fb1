import * as fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, deleteCards, moveCard, setCardText, updateCard } from '../../src/doc/commands/cards.ts';
import { addLane, deleteLane, setEmotionScore } from '../../src/doc/commands/lanes.ts';
import { setBoardTitle, typeBoardTitle } from '../../src/doc/commands/meta.ts';
import { addNote, setNoteText } from '../../src/doc/commands/notes.ts';
import { addStage, deleteStage, updateStage } from '../../src/doc/commands/stages.ts';
import { addStrategyItem } from '../../src/doc/commands/strategy.ts';
import { createEditContext } from '../../src/doc/context.ts';
import { initBoardDoc } from '../../src/doc/init.ts';
import { getRecord } from '../../src/doc/layout.ts';
import { docToBoard } from '../../src/doc/read.ts';
import { createUndoManager } from '../../src/doc/undo.ts';
import { applyStep, step } from '../../src/doc/testing/randomSteps.ts';
import { writeBoardToDoc } from '../../src/file/toDoc.ts';
import { readBoardFile } from '../../src/file/read.ts';
import { LIMITS, STAGE } from '../../src/model/index.ts';
import { checkUpdate, decodeUpdate } from './check.ts';
import { copyOf, edit, room, send, withCard } from './checkTesting.ts';

describe('checking an update before it reaches a room', () => {
  it('refuses nothing that three people send through it while editing at random, undo and redo included', () => {
    const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
    console.log(`server check property seed: ${seed} (replay with SEED=${seed})`);
    fc.assert(
      fc.property(fc.array(fc.record({ s: step, undo: fc.integer({ min: 0, max: 9 }), deliver: fc.nat() }), { minLength: 1, maxLength: 60 }), (steps) => {
        const server = new Y.Doc();
        initBoardDoc(server, { title: 'Workshop' });
        const people = [0, 1, 2].map((i) => {
          const ctx = createEditContext(new Y.Doc(), `p${i}`);
          Y.applyUpdate(ctx.doc, Y.encodeStateAsUpdate(server), 'server');
          const outbox: Uint8Array[] = [];
          ctx.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'server' && outbox.push(update));
          return { ctx, outbox, inbox: [] as Uint8Array[], undo: createUndoManager(ctx) };
        });
        // The server takes one person's updates in order, relays each to the others' inboxes;
        // people read their inbox now and then, as sockets deliver in order but not at once.
        const flush = (who: number) => {
          const person = people[who]!;
          for (const update of person.outbox.splice(0)) {
            expect(send(server, update)).toBe('applied');
            people.forEach((other, i) => i !== who && other.inbox.push(update));
          }
        };
        const read = (who: number) => {
          for (const update of people[who]!.inbox.splice(0)) Y.applyUpdate(people[who]!.ctx.doc, update, 'server');
        };
        for (const { s, undo, deliver } of steps) {
          const person = people[s.who]!;
          if (undo === 0) person.undo.undo();
          else if (undo === 1) person.undo.redo();
          else applyStep(person.ctx, s);
          if (deliver % 3 === 0) flush(s.who);
          if (deliver % 5 === 0) read((s.who + 1) % 3);
        }
        for (let who = 0; who < 3; who++) flush(who);
        for (let who = 0; who < 3; who++) read(who);
        for (const { ctx } of people) expect(docToBoard(ctx.doc)).toEqual(docToBoard(server));
      }),
      { seed, numRuns: 100 },
    );
  });

  it('lets every command through, and a whole offline session as one sync step', () => {
    const { server, person, stage, lane, card } = withCard();
    const steps: (() => void)[] = [
      () => setCardText(person, card, 'title', 'Monthly Email Marketing'),
      () => updateCard(person, card, { channel: 'Email', owner: 'Ada', emotion: -2, tags: ['a', 'b'], color: 'teal', link: 'https://example.com' }),
      () => moveCard(person, card, { stageId: stage, laneId: lane, index: 0 }),
      () => updateStage(person, stage, { title: 'Research and compare', window: 'Week 0-2', description: 'How they look' }),
      () => setEmotionScore(person, addLane(person, { kind: 'emotion' }), stage, 2),
      () => setNoteText(person, addNote(person, { x: 10, y: 20 }), 'A note'),
      () => addStrategyItem(person, 'goalsPre', 'Win trust'),
      () => typeBoardTitle(person, 'Launch plan'),
      () => setBoardTitle(person, '  Launch   plan 2  '),
      () => deleteCards(person, [card]),
      () => deleteStage(person, stage),
      () => deleteLane(person, lane),
    ];
    for (const step of steps) expect(send(server, edit(person, step))).toBe('applied');

    // Undo and redo bring deleted records back as new items: they are checked like any other.
    const undo = createUndoManager(person);
    const again = addCard(person, { stageId: stage, laneId: lane, title: 'Back' });
    expect(send(server, Y.encodeStateAsUpdate(person.doc, Y.encodeStateVector(server)))).toBe('applied');
    for (const step of [() => deleteCards(person, [again]), () => undo.undo(), () => undo.undo(), () => undo.redo()]) {
      expect(send(server, edit(person, step))).toBe('applied');
    }

    const offline = createEditContext(new Y.Doc(), 'ben');
    Y.applyUpdate(offline.doc, Y.encodeStateAsUpdate(server));
    const s = addStage(offline, { title: 'Offline stage' });
    const l = addLane(offline, {});
    for (let i = 0; i < 50; i++) addCard(offline, { stageId: s, laneId: l, title: `Card ${i}` });
    expect(send(server, Y.encodeStateAsUpdate(offline.doc, Y.encodeStateVector(server)))).toBe('applied');
    expect(docToBoard(server)).toEqual(docToBoard(offline.doc));
  });

  it('lets a board written from a file through, unknown fields and all', () => {
    const read = readBoardFile(JSON.stringify({ type: 'journeyboard', version: 1, board: { stages: [{ id: 's', title: 'One', fromTheFuture: { deep: [1, 2] } }] } }));
    if (!read.ok) throw new Error(read.error);
    const client = new Y.Doc();
    writeBoardToDoc(client, read.file.board);
    const server = new Y.Doc();
    expect(send(server, Y.encodeStateAsUpdate(client))).toBe('applied');
    expect(docToBoard(server).stages[0]).toMatchObject({ title: 'One', fromTheFuture: { deep: [1, 2] } });
  });

  it('refuses a text that would grow past its limit, and takes an edit at the limit that does not grow it', () => {
    const { server, person, card } = withCard();
    const full = 'x'.repeat(LIMITS.shortText);
    expect(send(server, edit(person, () => setCardText(person, card, 'title', full)))).toBe('applied');
    // Replacing a word at the limit deletes and inserts in one update: the length stays.
    expect(send(server, edit(person, () => setCardText(person, card, 'title', 'yy' + full.slice(2))))).toBe('applied');
    const title = getRecord(person.doc, 'cards', card)!.get('title') as Y.Text;
    const over = edit(person, () => title.insert(0, 'z'));
    expect(send(server, over)).toBe(`refused: a card's title would hold ${LIMITS.shortText + 1} characters, over its ${LIMITS.shortText}`);
    expect(docToBoard(server).cards[0]!.title).toHaveLength(LIMITS.shortText);
  });

  it('refuses a 200,000-character title in a new card', () => {
    const { server, person, stage, lane } = withCard();
    const update = edit(person, () => {
      const id = addCard(person, { stageId: stage, laneId: lane });
      (getRecord(person.doc, 'cards', id)!.get('title') as Y.Text).insert(0, 'x'.repeat(200_000));
    });
    expect(send(server, update)).toMatch(/^refused: a card's title would hold 200000 characters/);
    expect(docToBoard(server).cards).toHaveLength(1);
  });

  it('refuses more records of a kind than a board holds', () => {
    const { server, person } = room();
    expect(send(server, edit(person, () => addStage(person, { title: 'First' })))).toBe('applied');
    const tooMany = copyOf(server);
    const all = edit(tooMany, () => {
      for (let i = 0; i < STAGE.maxCount; i++) addStage(tooMany, { title: `S${i}` });
    });
    expect(send(server, all)).toBe(`refused: a board holds at most ${STAGE.maxCount} stages`);
    expect(send(server, edit(person, () => {
      for (let i = 1; i < STAGE.maxCount; i++) addStage(person, { title: `S${i}` });
    }))).toBe('applied');
    expect(send(server, edit(person, () => addStage(person, { title: 'One too many' })))).toBe(`refused: a board holds at most ${STAGE.maxCount} stages`);
    // Changing a stage that is there already adds none. (The refused copy goes on from the server's.)
    const next = copyOf(server);
    const first = docToBoard(next.doc).stages[0]!.id;
    expect(send(server, edit(next, () => updateStage(next, first, { color: 'red' })))).toBe('applied');
    expect(docToBoard(server).stages).toHaveLength(STAGE.maxCount);
  });

  it('refuses updates that depend on edits the room does not have, or delete what it does not hold', () => {
    const { server, person, stage, lane } = withCard();
    const first = edit(person, () => addCard(person, { stageId: stage, laneId: lane, title: 'First' }));
    const second = edit(person, () => setCardText(person, docToBoard(person.doc).cards.at(-1)!.id, 'title', 'First, then more'));
    expect(send(server, second)).toBe('refused: it depends on edits this board does not have');
    const deletesUnknown = encodeDeletes(99, [[0, 1000]]);
    expect(send(server, deletesUnknown)).toBe('refused: it deletes what this board does not have');
    expect(send(server, first)).toBe('applied');
    expect(send(server, second)).toBe('applied');
  });

  it('refuses an integer that lib0 reads as NaN, which would hide the items after it from every check', () => {
    const { server } = room();
    // A value list whose count is NaN (Yjs reads no values), then an item in a root no board has.
    const update = handWritten((e) => {
      writeStructs(e, 7, 2);
      writeRootItem(e, 'meta', 'persona', 8);
      for (const byte of NAN_VARINT) encoding.writeUint8(e, byte);
      writeRootItem(e, 'evil', 'key', 8);
      encoding.writeVarUint(e, 1);
      encoding.writeUint8(e, 126);
      encoding.writeVarUint(e, 0);
    });
    expect(send(server, update)).toBe('refused: an integer is out of range');
    // Nine bytes for a number that fits in one: no encoder writes that.
    const padded = handWritten((e) => [0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00].forEach((byte) => encoding.writeUint8(e, byte)));
    expect(send(server, padded)).toBe('refused: an integer is out of range');
    expect(server.share.has('evil')).toBe(false);
  });

  it('counts a deleted range once however often an update repeats it', () => {
    const { server, person, card } = withCard();
    const title = getRecord(person.doc, 'cards', card)!.get('title') as Y.Text;
    const written = rangesOf(title);
    const insert = edit(person, () => title.insert(0, 'z'.repeat(LIMITS.shortText + 1)));
    expect(insert.at(-1)).toBe(0); // no deletes: the delete set is its last byte
    const repeats = Array.from({ length: 1000 }, () => written).flat();
    const update = concat(insert.subarray(0, -1), handWritten((e) => writeDeletes(e, person.doc.clientID, repeats)));
    // Deleting the 15 characters of "Email Marketing" once leaves 501; a thousand times, minus 14,499.
    expect(send(server, update)).toBe(`refused: a card's title would hold ${LIMITS.shortText + 1} characters, over its ${LIMITS.shortText}`);
  });

  it('refuses deleted content where no board keeps any, and an empty deleted range', () => {
    const { server } = room();
    const deletedIn = (root: string, key: string) => handWritten((e) => {
      writeStructs(e, 7, 1);
      writeRootItem(e, root, key, 1);
      encoding.writeVarUint(e, 1); // one deleted entry
      encoding.writeVarUint(e, 0);
    });
    expect(send(server, deletedIn('evil', 'key'))).toBe('refused: it writes to "evil", which is no part of a board');
    expect(send(server, deletedIn('meta', 'k'.repeat(LIMITS.id + 1)))).toBe(`refused: it writes under a key over ${LIMITS.id} characters`);
    expect(server.share.has('evil')).toBe(false);
    // Yjs would keep it as a delete waiting for a client it never heard of.
    expect(send(server, encodeDeletes(99, [[0, 0]]))).toBe('refused: a deleted range is empty');
  });

  it('refuses values nested deeper than 64, however deep, without overflowing the stack', () => {
    const { server } = room();
    for (const depth of [65, 5_000, 100_000]) {
      expect(send(server, encodeDeepAny(depth))).toBe('refused: a value is nested deeper than 64 levels');
    }
    expect(send(server, encodeDeepAny(10))).toBe('refused: it writes to "deep", which is no part of a board');
  });
});

function encodeDeletes(client: number, ranges: [number, number][]): Uint8Array {
  return handWritten((e) => {
    encoding.writeVarUint(e, 0);
    writeDeletes(e, client, ranges);
  });
}

/** An integer lib0 reads as NaN: its multiplier overflows to Infinity, and 0 × Infinity is NaN. */
const NAN_VARINT = [...Array<number>(150).fill(0x80), 0];

function handWritten(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** One client's `count` structs follow, from clock 0. */
function writeStructs(e: encoding.Encoder, client: number, count: number): void {
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, count);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 0);
}

/** An item's head: content of kind `contentRef`, at `key` of the root named `root`. */
function writeRootItem(e: encoding.Encoder, root: string, key: string, contentRef: number): void {
  encoding.writeUint8(e, contentRef | 32);
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, root);
  encoding.writeVarString(e, key);
}

function writeDeletes(e: encoding.Encoder, client: number, ranges: [number, number][]): void {
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, ranges.length);
  for (const [clock, length] of ranges) {
    encoding.writeVarUint(e, clock);
    encoding.writeVarUint(e, length);
  }
}

/** The [clock, length] of each item holding a text's characters. */
function rangesOf(text: Y.Text): [number, number][] {
  const ranges: [number, number][] = [];
  for (let item = text._start; item; item = item.right) if (!item.deleted) ranges.push([item.id.clock, item.length]);
  return ranges;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** One map entry in a root named "deep", its value an array nested `depth` deep, written by hand. */
function encodeDeepAny(depth: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, 1); // one struct
  encoding.writeVarUint(e, 7); // client id
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 8 | 32); // ContentAny, with a parentSub
  encoding.writeVarUint(e, 1); // parent is a root named…
  encoding.writeVarString(e, 'deep');
  encoding.writeVarString(e, 'key');
  encoding.writeVarUint(e, 1); // one value
  for (let i = 0; i < depth; i++) {
    encoding.writeUint8(e, 117); // an array…
    encoding.writeVarUint(e, 1); // …of one
  }
  encoding.writeUint8(e, 126); // null
  encoding.writeVarUint(e, 0); // no deletes
  return encoding.toUint8Array(e);
}

describe('whether an update changes the document', () => {
  it('finds a sync answer with nothing new, or deleting only what is deleted already, changes nothing', () => {
    const { server, person } = room();
    let stage = '';
    Y.applyUpdate(server, edit(person, () => (stage = addStage(person, { title: 'Quote' }))));
    const removal = edit(person, () => deleteStage(person, stage));
    Y.applyUpdate(server, removal);
    // The whole state, as a client answers a sync step 1: everything in it the room holds already.
    expect(checkUpdate(server, decodeUpdate(Y.encodeStateAsUpdate(person.doc)))).toBe(false);
    expect(checkUpdate(server, decodeUpdate(removal))).toBe(false);
    const rename = edit(person, () => setBoardTitle(person, 'Launch plan'));
    expect(checkUpdate(server, decodeUpdate(rename))).toBe(true);
  });
});
