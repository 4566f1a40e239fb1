import { describe, expect, it, vi } from 'vitest';
import { createViewSender, readViewRect, sameRect, viewRectOf } from './sharedView.ts';

describe('viewRectOf', () => {
  it('turns a pan and zoom into the part of the map on screen', () => {
    expect(viewRectOf({ x: -200, y: 100, zoom: 0.5 }, { width: 1000, height: 600 })).toEqual({ x: 400, y: -200, width: 2000, height: 1200 });
  });

  it('has no rectangle for a pane without size or a broken zoom', () => {
    expect(viewRectOf({ x: 0, y: 0, zoom: 0 }, { width: 1000, height: 600 })).toBeNull();
    expect(viewRectOf({ x: 0, y: 0, zoom: 1 }, { width: 0, height: 600 })).toBeNull();
    expect(viewRectOf({ x: Number.NaN, y: 0, zoom: 1 }, { width: 10, height: 10 })).toBeNull();
  });
});

describe('readViewRect', () => {
  it('reads a rectangle as a client sends it', () => {
    expect(readViewRect({ x: 1, y: -2, width: 30, height: 40 })).toEqual({ x: 1, y: -2, width: 30, height: 40 });
  });

  it('reads anything else as none', () => {
    for (const value of [null, 5, 'x', [], {}, { x: 1, y: 2, width: 0, height: 3 }, { x: 1, y: 2, width: -3, height: 3 }, { x: '1', y: 2, width: 3, height: 3 }, { x: 1e12, y: 2, width: 3, height: 3 }, { x: 1, y: 2, width: Infinity, height: 3 }, Object.create({ x: 1, y: 2, width: 3, height: 4 })]) {
      expect(readViewRect(value)).toBeNull();
    }
  });

  it('compares rectangles by value', () => {
    expect(sameRect({ x: 1, y: 2, width: 3, height: 4 }, { x: 1, y: 2, width: 3, height: 4 })).toBe(true);
    expect(sameRect({ x: 1, y: 2, width: 3, height: 4 }, null)).toBe(false);
  });
});

describe('createViewSender', () => {
  it('sends a moving view once per window and a settled one at once, never the same twice', () => {
    vi.useFakeTimers();
    try {
      const sent: unknown[] = [];
      const sender = createViewSender({ setLocalStateField: (_field: string, value: unknown) => void sent.push(value) }, 100);
      const at = (x: number) => ({ x, y: 0, width: 10, height: 10 });
      sender.moved(at(1));
      sender.moved(at(2));
      sender.moved(at(3));
      expect(sent).toEqual([at(1)]);
      sender.settled(at(4));
      expect(sent).toEqual([at(1), at(4)]);
      vi.advanceTimersByTime(200);
      // The window's waiting move was dropped by the settled view, which is newer.
      expect(sent).toEqual([at(1), at(4)]);
      sender.settled(at(4));
      expect(sent).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
