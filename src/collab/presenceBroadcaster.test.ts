import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createPresenceBroadcaster, CURSOR_THROTTLE_MS } from './presenceBroadcaster.ts';
import { readCursor, readSelection } from './presenceState.ts';

/** A real awareness, counting what it would send to the room (every 'update' is a message). */
function setup() {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalStateField('user', { id: 'u', name: 'Ada', color: '#2563eb' });
  let messages = 0;
  awareness.on('update', () => messages++);
  const broadcaster = createPresenceBroadcaster(awareness);
  return {
    awareness,
    broadcaster,
    messages: () => messages,
    cursor: () => readCursor(awareness.getLocalState()),
    selection: () => readSelection(awareness.getLocalState()),
  };
}

describe('createPresenceBroadcaster', () => {
  let awareness: Awareness | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    awareness?.destroy();
    vi.useRealTimers();
  });

  it('sends a pointer sweep as at most one message per window, ending where the pointer stopped', () => {
    const t = setup();
    awareness = t.awareness;
    for (let i = 0; i <= 100; i++) {
      t.broadcaster.moveCursor({ x: i * 3.14159, y: 10 });
      vi.advanceTimersByTime(4); // a 250 Hz mouse
    }
    vi.advanceTimersByTime(CURSOR_THROTTLE_MS);
    expect(t.messages()).toBeLessThanOrEqual(Math.ceil((101 * 4) / CURSOR_THROTTLE_MS) + 1);
    expect(t.cursor()).toEqual({ x: 314.2, y: 10 });
  });

  it('does not send a position it already sent, nor non-finite points', () => {
    const t = setup();
    awareness = t.awareness;
    t.broadcaster.moveCursor({ x: 5, y: 5 });
    vi.advanceTimersByTime(100);
    t.broadcaster.moveCursor({ x: 5.01, y: 5 }); // the same after rounding
    t.broadcaster.moveCursor({ x: NaN, y: 5 });
    t.broadcaster.moveCursor({ x: 1, y: Infinity });
    vi.advanceTimersByTime(100);
    expect(t.messages()).toBe(1);
    expect(t.cursor()).toEqual({ x: 5, y: 5 });
  });

  it('hides the cursor when the pointer leaves, even if a move was still waiting', () => {
    const t = setup();
    awareness = t.awareness;
    t.broadcaster.moveCursor({ x: 1, y: 1 });
    t.broadcaster.moveCursor({ x: 2, y: 2 });
    t.broadcaster.hideCursor();
    vi.advanceTimersByTime(100);
    expect(t.cursor()).toBeNull();
    expect(t.messages()).toBe(2);
  });

  it('sends a selection only when the set of ids changes', () => {
    const t = setup();
    awareness = t.awareness;
    t.broadcaster.setSelection([]);
    expect(t.messages()).toBe(0);
    t.broadcaster.setSelection(['card:b', 'card:a']);
    t.broadcaster.setSelection(['card:a', 'card:b']);
    t.broadcaster.setSelection(['card:a', 'card:b', 'card:a']);
    expect(t.messages()).toBe(1);
    expect(t.selection()).toEqual(['card:a', 'card:b']);
    t.broadcaster.setSelection(Array.from({ length: 5000 }, (_, i) => `card:${i}`));
    expect(t.selection()).toHaveLength(200);
    expect(t.messages()).toBe(2);
  });

  it('withdraws cursor and selection, and stops a waiting move', () => {
    const t = setup();
    awareness = t.awareness;
    t.broadcaster.setSelection(['card:a']);
    t.broadcaster.moveCursor({ x: 1, y: 1 });
    t.broadcaster.moveCursor({ x: 2, y: 2 });
    t.broadcaster.withdraw();
    vi.advanceTimersByTime(100);
    expect(t.cursor()).toBeNull();
    expect(t.selection()).toEqual([]);
  });

  it('is harmless after the awareness is destroyed (the session closed first)', () => {
    const t = setup();
    t.awareness.destroy();
    expect(() => {
      t.broadcaster.moveCursor({ x: 1, y: 1 });
      t.broadcaster.withdraw();
      vi.advanceTimersByTime(100);
    }).not.toThrow();
    expect(t.awareness.getLocalState()).toBeNull();
  });
});
