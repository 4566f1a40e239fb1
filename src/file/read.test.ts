import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addConnector, addLane, addStage, addStrategyItem, attachStrategyItemToStage, castDot, createEditContext, docToBoard, revealRound, setBoardTitle, startRound } from '../doc/index.ts';
import { recordsMap } from '../doc/layout.ts';
import { countRound, latestRevealedRound } from '../model/index.ts';
import { boardToFile, serializeBoardFile } from './format.ts';
import { readBoardFile } from './read.ts';
import { writeBoardToDoc } from './toDoc.ts';

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  const ctx = createEditContext(doc, 'test');
  setBoardTitle(ctx, '建材卫浴 <img src=x onerror=alert(1)>');
  const stage = addStage(ctx, { title: 'Awareness', window: 'Week 0-2' });
  const lane = addLane(ctx, { kind: 'touchpoints', title: 'Touchpoints' });
  const a = addCard(ctx, { stageId: stage, laneId: lane, title: 'Sales Visit', body: 'On site', tags: ['b2b'], emotion: 1 });
  const b = addCard(ctx, { stageId: stage, laneId: lane, title: 'Quote' });
  addConnector(ctx, a, b);
  const round = startRound(ctx, { title: 'Best moment', laneIds: [lane], cardIds: [], budget: 2, onePerCard: false }, 1_800_000_000_000);
  castDot(ctx, round, a, 'ada');
  castDot(ctx, round, a, 'ada');
  revealRound(ctx, round);
  const metric = addStrategyItem(ctx, 'metricsPre', 'NPS')!;
  attachStrategyItemToStage(ctx, metric, stage);
  return doc;
}

function fileText(board: object): string {
  return JSON.stringify({ type: 'journeyboard', version: 1, board });
}

describe('readBoardFile', () => {
  it('reads back what was written: export, import, export gives the same file', () => {
    const first = serializeBoardFile(boardToFile(docToBoard(sampleDoc()), { exportedAt: '2026-11-22T00:00:00Z' }));
    const read = readBoardFile(first);
    if (!read.ok) throw new Error(read.error);
    expect(read.repairs).toEqual([]);
    const doc = new Y.Doc();
    writeBoardToDoc(doc, read.file.board);
    const second = serializeBoardFile(boardToFile(docToBoard(doc), read.file.source));
    expect(second).toBe(first);
  });

  it('writes a file’s records into a document without their empty fields', () => {
    const read = readBoardFile(serializeBoardFile(boardToFile(docToBoard(sampleDoc()))));
    if (!read.ok) throw new Error(read.error);
    const doc = new Y.Doc();
    writeBoardToDoc(doc, read.file.board);
    const quote = read.file.board.cards.find((card) => card.title === 'Quote')!;
    expect([...recordsMap(doc, 'cards').get(quote.id)!.keys()].sort()).toEqual(['body', 'color', 'laneId', 'order', 'stageId', 'title']);
    expect(docToBoard(doc).cards.find((card) => card.id === quote.id)).toEqual(quote);
  });

  it('names the problem of a file it cannot read', () => {
    const error = (text: string) => {
      const read = readBoardFile(text);
      return read.ok ? 'read' : read.error;
    };
    expect(error('{"type": "journeyboard",')).toMatch(/^This file is not JSON/);
    expect(error('[1, 2]')).toMatch(/not a Journeyboard file/);
    expect(error('{"type": "trello"}')).toMatch(/not a Journeyboard file/);
    expect(error('{"type": "journeyboard", "version": 9, "board": {}}')).toBe(
      'This file was made by a newer Journeyboard (file version 9); this one reads versions up to 3.',
    );
    expect(error('{"type": "journeyboard", "version": "1", "board": {}}')).toMatch(/no valid version/);
    expect(error(fileText({ cards: [{ id: 'c1', stageId: 's', laneId: 'l', title: 42 }] }))).toMatch(/^Invalid field at "board\.cards\[0\]\.title"/);
    expect(error(fileText({ lanes: [{ id: 'l1', kind: 'rows' }] }))).toMatch(/"board\.lanes\[0\]\.kind"/);
    expect(error(fileText({ cards: [{ id: 'c1', stageId: 's', laneId: 'l', emotion: 'very happy' }] }))).toMatch(/"board\.cards\[0\]\.emotion"/);
  });

  it('fills defaults and orders records as the file lists them when it gives no order', () => {
    const read = readBoardFile(
      fileText({
        stages: [{ id: 's2', title: 'Second' }, { id: 's1', title: 'First', order: 'a0' }],
        lanes: [{ id: 'l' }],
        cards: [
          { id: 'c1', stageId: 's1', laneId: 'l', title: 'one' },
          { id: 'c2', stageId: 's1', laneId: 'l', title: 'two' },
        ],
      }),
    );
    if (!read.ok) throw new Error(read.error);
    const doc = new Y.Doc();
    writeBoardToDoc(doc, read.file.board);
    const board = docToBoard(doc);
    expect(board.meta.title).toBe('Untitled board');
    expect(board.stages.map((s) => s.title)).toEqual(['First', 'Second']);
    expect(board.cards.map((c) => [c.title, c.color, c.tags])).toEqual([
      ['one', 'slate', []],
      ['two', 'slate', []],
    ]);
  });

  it('repairs what points nowhere and keeps the first of two records with one id', () => {
    const read = readBoardFile(
      fileText({
        stages: [{ id: 's' }, { id: 's', title: 'again' }],
        lanes: [{ id: 'l' }],
        cards: [{ id: 'c', stageId: 's', laneId: 'l' }, { id: 'lost', stageId: 'gone', laneId: 'l' }],
        connectors: [{ id: 'x', from: 'c', to: 'nobody' }],
        votes: [{ id: 'v', targetId: 'nobody', voter: 'ada' }],
        strategy: [{ id: 'm', sectionId: 'metricsPre', text: 'NPS', stageId: 'gone' }],
      }),
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.file.board.stages).toHaveLength(1);
    expect(read.file.board.stages[0]!.title).toBe('');
    expect(read.file.board.connectors).toEqual([]);
    expect(read.file.board.votes).toEqual([]);
    expect(read.file.board.strategy[0]!.stageId).toBeNull();
    // A card in a missing stage is kept: the map shows it as unplaced.
    expect(read.file.board.cards.map((c) => c.id)).toEqual(['c', 'lost']);
    // Each kind of repair once, with how many records it touched.
    expect(read.repairs).toEqual([
      { kind: 'repeatedIds', count: 1 },
      { kind: 'connectorsToMissingCards', count: 1 },
      { kind: 'votesOnMissingCards', count: 1 },
      { kind: 'strategyItemsOnMissingStages', count: 1 },
    ]);
  });

  it('never lets a __proto__ key reach an object’s prototype', () => {
    const read = readBoardFile('{"type":"journeyboard","version":1,"__proto__":{"polluted":1},"board":{"meta":{"__proto__":{"title":"x"}}}}');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.getPrototypeOf(read.file.board.meta)).toBe(Object.prototype);
    expect(Object.hasOwn(read.file.board.meta, '__proto__')).toBe(false);
    expect((read.file.board.meta as { title: string }).title).toBe('Untitled board');
  });

  it('drops a poisoned key spelled with escapes, and one beside plain text', () => {
    const escaped = readBoardFile('{"type":"journeyboard","version":1,"board":{"meta":{"\\u0063onstructor":{"title":"x"},"title":"Kept"}}}');
    const plain = readBoardFile('{"type":"journeyboard","version":1,"board":{"meta":{"constructor":{"title":"x"},"title":"Kept"}}}');
    for (const read of [escaped, plain]) {
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(Object.hasOwn(read.file.board.meta, '__proto__')).toBe(false);
      expect(Object.hasOwn(read.file.board.meta, 'constructor')).toBe(false);
      expect(read.file.board.meta.title).toBe('Kept');
    }
  });
});

describe('readBoardFile repairs what commands rely on', () => {
  it('tells each kind of repair once, with how many records it touched across stages, lanes and cards', () => {
    const read = readBoardFile(
      fileText({
        stages: [{ id: 's', order: '!' }, { id: 't', order: '?' }],
        lanes: [{ id: 'l', order: 'no' }],
        cards: [{ id: 'c', stageId: 's', laneId: 'l', order: '~' }, { id: 'd', stageId: 's', laneId: 'l', order: '::' }, { id: 'd', stageId: 't', laneId: 'l' }],
      }),
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.repairs).toEqual([
      { kind: 'repeatedIds', count: 1 },
      { kind: 'unreadablePositions', count: 5 },
    ]);
  });

  it('replaces order keys that are not fractional indexes, so later moves still work', () => {
    const read = readBoardFile(fileText({ stages: [{ id: 'a', order: 'hello' }, { id: 'b', order: 'a0' }] }));
    if (!read.ok) throw new Error(read.error);
    expect(read.repairs).toEqual([{ kind: 'unreadablePositions', count: 1 }]);
    const doc = new Y.Doc();
    writeBoardToDoc(doc, read.file.board);
    const ctx = createEditContext(doc, 'test');
    expect(docToBoard(doc).stages.map((s) => s.id)).toEqual(['b', 'a']);
    addStage(ctx, { title: 'after' }); // would throw on an invalid neighbouring key
    expect(docToBoard(doc).stages.map((s) => s.title)).toEqual(['', '', 'after']);
  });

  it('reads the votes of older boards as one revealed round, so nothing they said is lost', () => {
    const read = readBoardFile(
      fileText({
        meta: { locale: 'zh-CN' },
        stages: [{ id: 's' }],
        lanes: [{ id: 'l' }],
        cards: [{ id: 'c', stageId: 's', laneId: 'l' }, { id: 'd', stageId: 's', laneId: 'l' }],
        votes: [
          { id: 'c:ada', targetId: 'c', voter: 'ada' },
          { id: 'v2', targetId: 'c', voter: 'ada' },
          { id: 'd:ada', targetId: 'd', voter: 'ada' },
          { id: 'c:bob', targetId: 'c', voter: 'bob' },
        ],
      }),
    );
    if (!read.ok) throw new Error(read.error);
    const { rounds, votes } = read.file.board;
    // A second vote of one person on one card was never counted, and still is not.
    expect(votes.map((v) => v.id)).toEqual(['c:ada', 'd:ada', 'c:bob']);
    expect(rounds).toEqual([{ id: 'votes', title: '投票', laneIds: [], cardIds: ['c', 'd'], budget: 2, onePerCard: true, openedAt: 0, revealed: true }]);
    const doc = new Y.Doc();
    writeBoardToDoc(doc, read.file.board);
    const board = docToBoard(doc);
    expect(Object.fromEntries(countRound(board, latestRevealedRound(board)!).byCard)).toEqual({ c: 2, d: 1 });
    expect(board.session.roundId).toBeNull();
  });

  it('keeps the rounds and dots of a board, and a round on screen only if the file holds it', () => {
    const board = docToBoard(sampleDoc());
    const again = readBoardFile(serializeBoardFile(boardToFile({ ...board, session: { ...board.session, roundId: 'gone' } })));
    if (!again.ok) throw new Error(again.error);
    expect(again.file.board.rounds).toEqual(board.rounds);
    expect(again.file.board.votes).toEqual(board.votes);
    expect(again.file.board.session.roundId).toBeNull();
    const kept = readBoardFile(serializeBoardFile(boardToFile(board)));
    expect(kept.ok && kept.file.board.session.roundId).toBe(board.rounds[0]!.id);
  });
});
