import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { fitPadding } from './fitRoom.ts';
import { minimapSize } from './minimapFrame.ts';

const pane = { width: 1096, height: 608 };

/** Where a fitted map lies on the pane, in screen pixels. */
function fitted(bounds: { x: number; y: number; width: number; height: number }, shown: boolean, coveredRight = 0) {
  const view = getViewportForBounds(bounds, pane.width, pane.height, 0.1, 1, fitPadding(bounds, pane, shown, 0.1, 1, coveredRight));
  return { left: view.x + bounds.x * view.zoom, top: view.y + bounds.y * view.zoom, right: view.x + (bounds.x + bounds.width) * view.zoom, bottom: view.y + (bounds.y + bounds.height) * view.zoom };
}

/** The minimap's box on the pane: the bottom-left corner, inside React Flow's panel margin. */
function minimapBox(bounds: { x: number; y: number; width: number; height: number }) {
  const size = minimapSize(bounds);
  return { left: 15, right: 15 + size.width, top: pane.height - 15 - size.height, bottom: pane.height - 15 };
}

const overlaps = (a: ReturnType<typeof fitted>, b: ReturnType<typeof minimapBox>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('fitting the map beside the minimap', () => {
  it('pads as React Flow does while the minimap is folded', () => {
    expect(fitPadding({ x: 0, y: 0, width: 3000, height: 900 }, pane, false, 0.1, 1)).toEqual({ top: '27px', right: '49px', bottom: '27px', left: '49px' });
  });

  it('keeps the fitted map off the minimap, where the usual fit would run under it', () => {
    const maps = [
      { x: 0, y: 0, width: 3000, height: 1300 },
      { x: -200, y: 40, width: 2600, height: 1500 },
      { x: 0, y: 0, width: 2000, height: 1200 },
    ];
    expect(maps.map((bounds) => overlaps(fitted(bounds, false), minimapBox(bounds)))).toEqual([true, true, true]);
    expect(maps.map((bounds) => overlaps(fitted(bounds, true), minimapBox(bounds)))).toEqual([false, false, false]);
  });

  it('puts a wide map above the minimap and a tall one beside it', () => {
    expect(fitPadding({ x: 0, y: 0, width: 4000, height: 1400 }, pane, true, 0.1, 1)).toMatchObject({ left: '49px' });
    expect(fitPadding({ x: 0, y: 0, width: 1000, height: 1600 }, pane, true, 0.1, 1)).toMatchObject({ bottom: '27px' });
  });
});

describe('fitting the map beside a side column', () => {
  it('fits the map left of a column open over the right edge, with the usual margin', () => {
    const bounds = { x: 0, y: 0, width: 3000, height: 900 };
    expect(fitted(bounds, false).right).toBeGreaterThan(pane.width - 380);
    expect(fitted(bounds, false, 380).right).toBeCloseTo(pane.width - 380 - 15, 0);
    expect(fitted(bounds, true, 380).right).toBeLessThanOrEqual(pane.width - 380 - 15 + 0.5);
  });
});
