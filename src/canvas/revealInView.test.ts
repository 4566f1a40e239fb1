import { describe, expect, it } from 'vitest';
import { viewportRevealing } from './revealInView.ts';

const pane = { width: 1000, height: 600 };

describe('viewportRevealing', () => {
  it('leaves the view alone when the node is in it', () => {
    expect(viewportRevealing({ x: 0, y: 0, zoom: 1 }, pane, { x: 100, y: 100, width: 200, height: 80 })).toBeNull();
  });

  it('moves a node beyond the right edge just inside it, at the same zoom', () => {
    // At zoom 0.5 the node spans 1100–1200 on screen; its right edge comes to 1000 − 48.
    const next = viewportRevealing({ x: 0, y: 0, zoom: 0.5 }, pane, { x: 2200, y: 0, width: 200, height: 60 });
    expect(next).toEqual({ x: -248, y: 48, zoom: 0.5 });
  });

  it('moves a node above or left of the view down and right, to the margin', () => {
    expect(viewportRevealing({ x: -500, y: -300, zoom: 1 }, pane, { x: 0, y: 100, width: 150, height: 400 })).toEqual({ x: 48, y: -52, zoom: 1 });
  });

  it('shows the start of a node wider than the view', () => {
    expect(viewportRevealing({ x: 0, y: 0, zoom: 1 }, pane, { x: 500, y: 100, width: 3000, height: 100 })).toEqual({ x: -452, y: 0, zoom: 1 });
  });
});
