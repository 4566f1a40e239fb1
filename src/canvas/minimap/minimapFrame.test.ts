import { getNodesBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../layout.ts';
import { clampToBox, frameFor, fromMinimap, MINIMAP_SIZE, minimapSize, toMinimap, visibleArea } from './minimapFrame.ts';

const node = (x: number, y: number, width: number, height: number) => ({ id: `n${x}:${y}`, type: 'note', position: { x, y }, width, height, data: {} }) as unknown as JourneyNode;
const size = { width: 220, height: 150, padding: 10 };

describe('minimap frame', () => {
  it('fits a wide map to the width and centres it vertically', () => {
    const frame = frameFor(getNodesBounds([node(0, 0, 1000, 100), node(1000, 200, 1000, 100)]), size);
    const map = toMinimap(frame, { x: 0, y: 0, width: 2000, height: 300 });
    expect(map.x).toBeCloseTo(10);
    expect(map.width).toBeCloseTo(200);
    expect(map.y + map.height / 2).toBeCloseTo(75);
  });

  it('maps a point back to where it is on the map', () => {
    const frame = frameFor({ x: -500, y: 40, width: 3000, height: 900 }, size);
    const there = toMinimap(frame, { x: 1200, y: 700, width: 0, height: 0 });
    expect(fromMinimap(frame, there)).toEqual({ x: expect.closeTo(1200), y: expect.closeTo(700) });
  });

  it('reads the visible area from the viewport transform', () => {
    expect(visibleArea([-200, 100, 0.5], { width: 1000, height: 600 })).toEqual({ x: 400, y: -200, width: 2000, height: 1200 });
  });

  it('cuts a view larger than the minimap to its box', () => {
    expect(clampToBox({ x: -30, y: 20, width: 400, height: 50 }, size)).toEqual({ x: 0, y: 20, width: 220, height: 50 });
  });

  it('has an empty extent for an empty map', () => {
    expect(getNodesBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('is as tall as a map’s proportions ask, within its bounds', () => {
    // 2000 x 500: the map takes the width (204 px) and a quarter of it in height, plus the padding.
    expect(minimapSize({ x: 0, y: 0, width: 2000, height: 500 })).toEqual({ width: 220, height: 67, padding: 8 });
    expect(minimapSize({ x: 0, y: 0, width: 5000, height: 100 }).height).toBe(64);
    expect(minimapSize({ x: 0, y: 0, width: 500, height: 2000 }).height).toBe(MINIMAP_SIZE.height);
  });
});
