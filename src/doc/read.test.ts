import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LIMITS, SCHEMA_VERSION } from '../model/index.ts';
import { initBoardDoc } from './init.ts';
import { metaMap, recordsMap } from './layout.ts';
import { docToBoard } from './read.ts';

describe('docToBoard', () => {
  it('reads an empty document as an empty board with defaults', () => {
    const board = docToBoard(new Y.Doc());
    expect(board.meta).toMatchObject({ title: 'Untitled board', schemaVersion: SCHEMA_VERSION });
    expect(board.stages).toEqual([]);
    expect(board.session).toEqual({
      facilitatorKeyHash: '',
      facilitatorId: '',
      facilitatorName: '',
      spotlightStageId: null,
      summonedAt: null,
      summonedBy: '',
      summonX: null,
      summonY: null,
      summonWidth: null,
      summonHeight: null,
      timerEndsAt: null,
      timerPausedMs: null,
      timerLengthMs: null,
      timerOpenToAll: false,
      presenting: 'off',
      presenterId: '',
      presenterName: '',
      presentedSectionId: null,
      roundId: null,
    });
  });

  it('stores the schema version and title in a new document', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: '建材卫浴 customer lifecycle' });
    expect(metaMap(doc).get('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(docToBoard(doc).meta.title).toBe('建材卫浴 customer lifecycle');
  });

  it('never throws on values of the wrong type written by a broken client', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('title', 42);
    recordsMap(doc, 'stages').set('junk', 'not a map' as never);
    const stage = new Y.Map<unknown>();
    stage.set('title', { nested: true });
    stage.set('color', 'rgb(0,0,0)');
    stage.set('order', 7);
    recordsMap(doc, 'stages').set('s1', stage);
    const card = new Y.Map<unknown>();
    card.set('emotion', Number.NaN);
    card.set('tags', ['ok', 3, null]);
    recordsMap(doc, 'cards').set('c1', card);
    const item = new Y.Map<unknown>();
    item.set('sectionId', '__proto__');
    recordsMap(doc, 'strategy').set('i1', item);
    const board = docToBoard(doc);
    expect(board.meta.title).toBe('Untitled board');
    expect(board.stages).toEqual([{ id: 's1', order: 'a0', title: '', window: '', description: '', color: 'slate' }]);
    expect(board.cards[0]).toMatchObject({ emotion: null, tags: ['ok'] });
    expect(board.strategy).toEqual([]);
  });

  it('reads a measure’s and an opportunity’s fields as the page can show them, whatever a broken client wrote', () => {
    const doc = new Y.Doc();
    const write = (id: string, fields: Record<string, unknown>) => {
      const card = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) card.set(key, value);
      recordsMap(doc, 'cards').set(id, card);
    };
    write('a', { value: Number.POSITIVE_INFINITY, target: '40', unit: 'x'.repeat(500), better: 'sideways', impact: 7.6, effort: -3, metricId: 42 });
    write('b', { value: -1.5, target: 1e15, unit: '%', better: 'lower', impact: 2.4, effort: 5 });
    const [a, b] = docToBoard(doc).cards;
    // Out of range or of the wrong type: empty, cut to size, or the nearest rating.
    expect(a).toMatchObject({ value: null, target: null, better: 'higher', impact: 5, effort: 1, metricId: null });
    expect(a!.unit).toHaveLength(LIMITS.unit);
    expect(b).toMatchObject({ value: -1.5, target: 1e15, unit: '%', better: 'lower', impact: 2, effort: 5 });
  });
});
