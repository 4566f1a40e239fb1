import { describe, expect, it } from 'vitest';
import { GRID } from '../metrics.ts';
import { arrowPath, routeConnector, routeConnectors, routePath, type Box, type Channels, type Point } from './route.ts';

/** Five columns and two rows, spaced as the layout spaces them. */
const columns = [0, 1, 2, 3, 4].map((i) => ({ x: 232 + i * 312, width: 300 }));
const rows = [{ y: 144, height: 300 }, { y: 456, height: 200 }];
const channels: Channels = { columns, rows };

/** A card-sized box in column `i`, `dy` below its row's top. */
function card(i: number, row: number, dy = 12, height = 80): Box {
  return { x: columns[i]!.x + 12, y: rows[row]!.y + dy, width: 276, height };
}

function overlaps(box: Box, p: Point, q: Point): boolean {
  // A leg is a horizontal or vertical segment: it touches a box if its span meets the box's inside.
  const [x1, x2] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y1, y2] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x2 > box.x && x1 < box.x + box.width && y2 > box.y && y1 < box.y + box.height;
}

function legs(points: Point[]): [Point, Point][] {
  return points.slice(1).map((q, k) => [points[k]!, q]);
}

describe('routeConnector', () => {
  it('runs a feedback loop from the fourth column back to the first along the gap between rows, under no card', () => {
    const from = card(3, 0, 100);
    const to = card(0, 0, 40);
    const others = [card(1, 0, 12, 260), card(2, 0, 12, 260), card(3, 0, 12, 80), card(0, 0, 130, 100)];
    const { points, label } = routeConnector(channels, from, to);
    // Out of the left side of the source, into the right side of the target.
    expect(points[0]).toEqual({ x: from.x, y: from.y + from.height / 2 });
    expect(points.at(-1)).toEqual({ x: to.x + to.width, y: to.y + to.height / 2 });
    for (const box of others) for (const [p, q] of legs(points)) expect(overlaps(box, p, q)).toBe(false);
    // The label sits on the level run, in the gap above the row.
    expect(label.y).toBe(rows[0]!.y - GRID.gap / 2);
    expect(label.x).toBeGreaterThan(to.x + to.width);
    expect(label.x).toBeLessThan(from.x);
  });

  it('joins neighbouring columns through the gap between them, with no run across a cell', () => {
    const from = card(1, 0);
    const to = card(2, 1);
    const { points } = routeConnector(channels, from, to);
    const gap = columns[1]!.x + columns[1]!.width + GRID.gap / 2;
    expect(points).toEqual([
      { x: from.x + from.width, y: from.y + 40 },
      { x: gap, y: from.y + 40 },
      { x: gap, y: to.y + 40 },
      { x: to.x, y: to.y + 40 },
    ]);
  });

  it('draws one straight line between cards level with each other in neighbouring columns', () => {
    const { points } = routeConnector(channels, card(0, 1), card(1, 1));
    expect(points).toHaveLength(2);
    expect(points[0]!.y).toBe(points[1]!.y);
  });

  it('joins two cards of one column through the gap on its right', () => {
    const from = card(2, 0);
    const to = card(2, 1);
    const { points } = routeConnector(channels, from, to);
    expect(points[0]!.x).toBe(from.x + from.width);
    expect(points.at(-1)!.x).toBe(to.x + to.width);
    expect(points[1]!.x).toBe(columns[2]!.x + columns[2]!.width + GRID.gap / 2);
  });

  it('puts the label of a line between rows where it crosses the gap between them', () => {
    const { label } = routeConnector(channels, card(1, 0), card(2, 1));
    expect(label.y).toBe(rows[1]!.y - GRID.gap / 2);
  });

  it('runs three straight legs between facing sides of boxes off the grid', () => {
    const left = { x: -400, y: 200, width: 200, height: 120 };
    expect(routeConnector(channels, left, card(0, 0))).toMatchObject({ points: [{ x: -200, y: 260 }, { x: 22, y: 260 }, { x: 22, y: 196 }, { x: 244, y: 196 }] });
    const below = { x: -350, y: 500, width: 200, height: 120 };
    expect(routeConnector(channels, left, below).points).toEqual([{ x: -300, y: 320 }, { x: -300, y: 410 }, { x: -250, y: 410 }, { x: -250, y: 500 }]);
  });

  it('treats a note over a column as a card of that column', () => {
    const above = { x: 300, y: -300, width: 200, height: 120 };
    const { points } = routeConnector(channels, above, card(0, 0));
    const gap = columns[0]!.x + columns[0]!.width + GRID.gap / 2;
    expect(points).toEqual([{ x: 500, y: -240 }, { x: gap, y: -240 }, { x: gap, y: 196 }, { x: 520, y: 196 }]);
  });
});

describe('routeConnectors', () => {
  it('runs connectors that share a gap side by side, and leaves one alone in the middle of its gap', () => {
    const [first, second, apart] = routeConnectors(channels, [
      { from: card(1, 0), to: card(3, 0) },
      { from: card(4, 0), to: card(0, 0) },
      { from: card(0, 1), to: card(1, 1, 60) },
    ]);
    // The run along the gap between rows: a level leg, neither the first nor the last.
    const level = (points: Point[]) => points.find((p, k) => k > 1 && k < points.length - 1 && points[k - 1]!.y === p.y)!.y;
    expect(level(first!.points)).toBe(rows[0]!.y - GRID.gap / 2);
    expect(level(second!.points)).not.toBe(level(first!.points));
    expect(Math.abs(level(second!.points) - level(first!.points))).toBeLessThanOrEqual(10);
    expect(apart!.points[1]!.x).toBe(columns[0]!.x + columns[0]!.width + GRID.gap / 2);
  });
});

describe('labels', () => {
  it('slide along their legs so that two labels never cover each other', () => {
    const size = { width: 120, height: 26 };
    const routes = routeConnectors(channels, [
      { from: card(1, 0), to: card(3, 0), label: size },
      { from: card(4, 0), to: card(0, 0), label: size },
    ]);
    const [a, b] = routes.map((r) => r.label);
    expect(Math.abs(a!.x - b!.x) >= size.width || Math.abs(a!.y - b!.y) >= size.height).toBe(true);
    // Each stays on its own line.
    expect(a!.y).toBe(rows[0]!.y - GRID.gap / 2);
    expect(b!.y).toBe(rows[0]!.y - GRID.gap / 2 + 5);
  });
});

describe('routePath and arrowPath', () => {
  it('rounds each corner and stops the line inside the arrowhead, whose tip is the end', () => {
    const points = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }];
    const d = routePath(points);
    expect(d.startsWith('M0 0 L92 0 Q100 0 100 8')).toBe(true);
    expect(d.endsWith('L100 95')).toBe(true);
    expect(arrowPath(points)).toBe('M100 100 L95 90 L105 90 Z');
  });
});
