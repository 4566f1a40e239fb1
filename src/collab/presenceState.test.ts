import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSelection, MAX_SELECTION, readCursor, readPeer, readPresence, readSelection } from './presenceState.ts';

const user = { id: 'u1', name: 'Ada', color: '#2563eb' };

describe('readCursor', () => {
  it('reads a point in flow coordinates', () => {
    expect(readCursor({ user, cursor: { x: -120.5, y: 3000 } })).toEqual({ x: -120.5, y: 3000 });
  });

  it.each([
    ['absent', {}],
    ['null', { cursor: null }],
    ['NaN', { cursor: { x: NaN, y: 1 } }],
    ['Infinity', { cursor: { x: 1, y: Infinity } }],
    ['-Infinity', { cursor: { x: -Infinity, y: 1 } }],
    ['a huge number', { cursor: { x: 1e300, y: 1 } }],
    ['numeric strings', { cursor: { x: '10', y: '20' } }],
    ['a missing y', { cursor: { x: 10 } }],
    ['an array', { cursor: [10, 20] }],
    ['a string', { cursor: '10,20' }],
    ['a number', { cursor: 42 }],
    ['booleans', { cursor: { x: true, y: false } }],
  ])('reads %s as no cursor', (_, state) => {
    expect(readCursor(state)).toBeNull();
  });

  it('ignores inherited and __proto__ fields', () => {
    const inherited = Object.create({ cursor: { x: 1, y: 2 } }) as object;
    expect(readCursor(inherited)).toBeNull();
    expect(readCursor(Object.assign(Object.create(null) as object, { cursor: Object.create({ x: 1, y: 2 }) as object }))).toBeNull();
    // What JSON.parse makes of a hostile message: an own key named __proto__.
    const hostile = JSON.parse('{"__proto__": {"cursor": {"x": 1, "y": 2}}, "cursor": {"__proto__": {"x": 5}, "y": 3}}') as unknown;
    expect(readCursor(hostile)).toBeNull();
    expect(({} as Record<string, unknown>).cursor).toBeUndefined(); // nothing leaked onto Object.prototype
  });

  it('returns a fresh object with only x and y', () => {
    const cursor = readCursor(JSON.parse('{"cursor": {"x": 1, "y": 2, "__proto__": {"polluted": true}, "extra": "x"}}'));
    expect(cursor).toEqual({ x: 1, y: 2 });
    expect(Object.keys(cursor!)).toEqual(['x', 'y']);
    expect((cursor as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readSelection', () => {
  it('keeps distinct, non-empty string ids in order', () => {
    expect(readSelection({ selection: ['card:a', 'card:b', 'card:a', '', 7, null, { id: 'x' }, ['card:c'], 'stage:s'] })).toEqual([
      'card:a',
      'card:b',
      'stage:s',
    ]);
  });

  it('reads a huge array as no selection, without walking it', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `card:${i}`);
    expect(readSelection({ selection: huge })).toEqual([]);
    expect(readSelection({ selection: huge.slice(0, MAX_SELECTION) })).toHaveLength(MAX_SELECTION);
    expect(readSelection({ selection: huge.slice(0, MAX_SELECTION + 1) })).toEqual([]);
  });

  it('drops absurdly long ids', () => {
    expect(readSelection({ selection: ['x'.repeat(10_000), 'card:a'] })).toEqual(['card:a']);
  });

  it.each([
    ['absent', {}],
    ['null', { selection: null }],
    ['a string', { selection: 'card:a' }],
    ['an object', { selection: { 0: 'card:a', length: 1 } }],
    ['an array-like with a huge length', { selection: { length: 1e9 } }],
  ])('reads %s as no selection', (_, state) => {
    expect(readSelection(state)).toEqual([]);
  });

  it('caps what a sender keeps at MAX_SELECTION', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `card:${i}`);
    expect(cleanSelection(many)).toEqual(many.slice(0, MAX_SELECTION));
  });
});

describe('readPeer and readPresence', () => {
  it('reads a well-formed state', () => {
    expect(readPresence(7, { user, cursor: { x: 1, y: 2 }, selection: ['card:a'], role: 'comment' })).toEqual({
      clientId: 7,
      id: 'u1',
      name: 'Ada',
      color: '#2563eb',
      role: 'comment',
      keyHash: null,
      cursor: { x: 1, y: 2 },
      selection: ['card:a'],
    });
  });

  it('reads a role the server did not stamp, or one it does not know, as none', () => {
    expect(readPeer(7, { user })?.role).toBeNull();
    expect(readPeer(7, { user, role: 'admin' })?.role).toBeNull();
    expect(readPeer(7, { user, role: ['view'] })?.role).toBeNull();
  });

  it('reads a facilitator key hash only in the shape a session stores', () => {
    const hash = 'a'.repeat(64);
    expect(readPeer(7, { user: { ...user, keyHash: hash } })?.keyHash).toBe(hash);
    for (const keyHash of ['A'.repeat(64), 'a'.repeat(63), 42, { hash }, `${hash}<script>`]) expect(readPeer(7, { user: { ...user, keyHash } })?.keyHash).toBeNull();
  });

  it('reads a state without a usable user as nobody', () => {
    for (const state of [null, undefined, 5, 'Ada', [], {}, { user: null }, { user: 'Ada' }, { user: { name: 'Ada' } }, { user: { name: 3, color: '#000000' } }]) {
      expect(readPresence(1, state)).toBeNull();
    }
  });

  it('cleans what it shows: long names, empty names, colours that are not #rrggbb', () => {
    expect(readPeer(1, { user: { name: 'x'.repeat(500), color: 'red' } })).toEqual({ clientId: 1, id: '1', name: 'x'.repeat(40), color: '#64748b', role: null, keyHash: null });
    expect(readPeer(1, { user: { id: { evil: true }, name: '', color: 'url(javascript:alert(1))' } })).toMatchObject({ id: '1', name: 'Guest', color: '#64748b' });
  });

  it('never throws on any JSON, and always returns clean values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (userValue, cursor, selection) => {
        const presence = readPresence(1, JSON.parse(JSON.stringify({ user: userValue, cursor, selection })));
        if (!presence) return;
        expect(presence.cursor === null || (Number.isFinite(presence.cursor.x) && Number.isFinite(presence.cursor.y))).toBe(true);
        expect(presence.selection.every((id) => typeof id === 'string')).toBe(true);
        expect(presence.selection.length).toBeLessThanOrEqual(MAX_SELECTION);
      }),
    );
    fc.assert(fc.property(fc.anything(), (state) => void readPresence(1, state)));
  });
});
