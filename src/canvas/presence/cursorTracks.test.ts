import { describe, expect, it } from 'vitest';
import { CURSOR_IDLE_MS, CursorTracks } from './cursorTracks.ts';

const SELF = 1;
const ada = { id: 'a', name: 'Ada', color: '#2563eb' };
const bob = { id: 'b', name: 'Bob', color: '#db2777' };

function states(entries: Record<number, unknown>): Map<number, unknown> {
  return new Map(Object.entries(entries).map(([id, state]) => [Number(id), state]));
}

describe('CursorTracks', () => {
  it('draws other people with a cursor, never me, and nobody without a cursor or a user', () => {
    const tracks = new CursorTracks();
    const all = states({
      1: { user: ada, cursor: { x: 1, y: 1 } },
      2: { user: ada, cursor: { x: 10, y: 20 } },
      3: { user: bob, cursor: null },
      4: { cursor: { x: 5, y: 5 } },
      5: { user: bob, cursor: { x: NaN, y: 5 } },
    });
    expect(tracks.update(all.keys(), all, SELF, 0)).toBe(true);
    expect(tracks.cursors).toEqual([{ clientId: 2, name: 'Ada', color: '#2563eb' }]);
    expect(tracks.position(1)).toBeUndefined();
  });

  it('shows a new cursor where it is, with no glide, and glides one that moves', () => {
    const tracks = new CursorTracks();
    tracks.update([2], states({ 2: { user: ada, cursor: { x: 100, y: 100 } } }), SELF, 0);
    expect(tracks.position(2)).toEqual({ x: 100, y: 100 });
    expect(tracks.step(16)).toBe(false);

    tracks.update([2], states({ 2: { user: ada, cursor: { x: 200, y: 100 } } }), SELF, 50);
    expect(tracks.position(2)).toEqual({ x: 100, y: 100 });
    expect(tracks.step(16)).toBe(true);
    const x = tracks.position(2)!.x;
    expect(x).toBeGreaterThan(100);
    expect(x).toBeLessThan(200);
    while (tracks.step(16));
    expect(tracks.position(2)).toEqual({ x: 200, y: 100 });
  });

  it('keeps the drawn list (same array) when only positions or selections change', () => {
    const tracks = new CursorTracks();
    tracks.update([2], states({ 2: { user: ada, cursor: { x: 1, y: 1 } } }), SELF, 0);
    const drawn = tracks.cursors;
    expect(tracks.update([2], states({ 2: { user: ada, cursor: { x: 2, y: 2 }, selection: ['card:a'] } }), SELF, 10)).toBe(false);
    expect(tracks.cursors).toBe(drawn);
    expect(tracks.update([2], states({ 2: { user: { ...ada, name: 'Ada L.' }, cursor: { x: 2, y: 2 } } }), SELF, 20)).toBe(true);
    expect(tracks.cursors).toEqual([{ clientId: 2, name: 'Ada L.', color: '#2563eb' }]);
  });

  it('hides a cursor when it becomes null or its client goes away', () => {
    const tracks = new CursorTracks();
    tracks.update([2, 3], states({ 2: { user: ada, cursor: { x: 1, y: 1 } }, 3: { user: bob, cursor: { x: 1, y: 1 } } }), SELF, 0);
    expect(tracks.cursors).toHaveLength(2);
    tracks.update([2, 3], states({ 2: { user: ada, cursor: null } }), SELF, 10);
    expect(tracks.cursors).toEqual([]);
  });

  it('hides a cursor that has not moved for the idle time, and shows it again, without a glide, when it moves', () => {
    const tracks = new CursorTracks();
    tracks.update([2], states({ 2: { user: ada, cursor: { x: 1, y: 1 } } }), SELF, 0);
    expect(tracks.expire(CURSOR_IDLE_MS - 1)).toBe(false);
    // A change that is not a move (a new selection) does not count as activity.
    tracks.update([2], states({ 2: { user: ada, cursor: { x: 1, y: 1 }, selection: ['card:a'] } }), SELF, CURSOR_IDLE_MS - 1);
    expect(tracks.expire(CURSOR_IDLE_MS)).toBe(true);
    expect(tracks.cursors).toEqual([]);
    expect(tracks.position(2)).toBeUndefined();
    // ...nor does it bring an idle cursor back.
    expect(tracks.update([2], states({ 2: { user: ada, cursor: { x: 1, y: 1 }, selection: [] } }), SELF, CURSOR_IDLE_MS + 5)).toBe(false);

    expect(tracks.update([2], states({ 2: { user: ada, cursor: { x: 500, y: 500 } } }), SELF, CURSOR_IDLE_MS + 10)).toBe(true);
    expect(tracks.position(2)).toEqual({ x: 500, y: 500 });
    expect(tracks.step(16)).toBe(false);
  });

  it('keeps a cursor that keeps moving', () => {
    const tracks = new CursorTracks(1000);
    for (let t = 0; t <= 5000; t += 500) {
      tracks.update([2], states({ 2: { user: ada, cursor: { x: t, y: 0 } } }), SELF, t);
      tracks.expire(t);
      expect(tracks.cursors).toHaveLength(1);
    }
  });
});
