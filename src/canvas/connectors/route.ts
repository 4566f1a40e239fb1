import { GRID } from '../metrics.ts';

export interface Point { x: number; y: number }
export interface Box { x: number; y: number; width: number; height: number }

/** The grid's columns and rows, as the layout places them: the gaps between them hold no card. */
export interface Channels {
  columns: readonly { x: number; width: number }[];
  rows: readonly { y: number; height: number }[];
}

/** A connector's way from one box to another, corner by corner, and where its label sits. */
export interface Route {
  points: Point[];
  label: Point;
  /** The leg the label sits on, along which it may slide to keep clear of other labels. */
  labelLeg: [Point, Point];
}

/** How far a connector's label reaches along a line before it would cover the cards beside it. */
const LABEL_ROOM = 48;
/** Where no column holds both ends, the path first runs this far out of its box. */
const STANDOFF = 24;

const middle = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

function columnOf(channels: Channels, box: Box): number {
  const { x } = middle(box);
  return channels.columns.findIndex((c) => x >= c.x && x < c.x + c.width);
}

/** The middle of the gap left and right of a column: no card ever lies there. */
const leftGap = (channels: Channels, i: number) => channels.columns[i]!.x - GRID.gap / 2;
const rightGap = (channels: Channels, i: number) => channels.columns[i]!.x + channels.columns[i]!.width + GRID.gap / 2;

/** The gaps above each row and below the last: lines across the grid that no card crosses. */
function rowGaps(channels: Channels): number[] {
  const gaps = channels.rows.map((row) => row.y - GRID.gap / 2);
  const last = channels.rows.at(-1);
  if (last) gaps.push(last.y + last.height + GRID.gap / 2);
  return gaps;
}

/** The row gap that makes the shortest way from height `a` to height `b` (the upper one on a tie). */
function nearestRowGap(channels: Channels, a: number, b: number): number | null {
  let best: number | null = null;
  for (const gap of rowGaps(channels)) {
    if (best === null || Math.abs(gap - a) + Math.abs(gap - b) < Math.abs(best - a) + Math.abs(best - b)) best = gap;
  }
  return best;
}

/** Drops corners that do not turn (a zero-length leg, or three points on one line). */
function tidy(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out.at(-2);
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * Between two boxes in columns of the grid (cards, or notes over it): out of the side that
 * faces the other end, into the gap beside the column, along a gap between rows to the gap
 * beside the other end's column, and in. Every long run lies in a gap, so the line passes
 * under no card; a box of the same column is joined through the gap on its right.
 */
function throughGaps(channels: Channels, from: Box, to: Box, i: number, j: number, track: number): Point[] {
  const a = middle(from);
  const b = middle(to);
  const leftward = j < i;
  const start = { x: leftward ? from.x : from.x + from.width, y: a.y };
  const end = { x: j > i ? to.x : to.x + to.width, y: b.y };
  const out = (leftward ? leftGap(channels, i) : rightGap(channels, i)) + track;
  const into = (j > i ? leftGap(channels, j) : rightGap(channels, j)) + track;
  if (out === into) return [start, { x: out, y: a.y }, { x: out, y: b.y }, end];
  const across = (nearestRowGap(channels, a.y, b.y) ?? Math.min(from.y, to.y) - GRID.gap / 2) + track;
  return [start, { x: out, y: a.y }, { x: out, y: across }, { x: into, y: across }, { x: into, y: b.y }, end];
}

/** Between boxes off the grid (a note outside it): three straight legs between the facing sides. */
function direct(from: Box, to: Box, track: number): Point[] {
  const a = middle(from);
  const b = middle(to);
  if (to.x >= from.x + from.width || to.x + to.width <= from.x) {
    const rightward = to.x >= from.x + from.width;
    const start = { x: rightward ? from.x + from.width : from.x, y: a.y };
    const end = { x: rightward ? to.x : to.x + to.width, y: b.y };
    const x = (start.x + end.x) / 2 + track;
    return [start, { x, y: a.y }, { x, y: b.y }, end];
  }
  if (to.y >= from.y + from.height || to.y + to.height <= from.y) {
    const downward = to.y >= from.y + from.height;
    const start = { x: a.x, y: downward ? from.y + from.height : from.y };
    const end = { x: b.x, y: downward ? to.y : to.y + to.height };
    const y = (start.y + end.y) / 2 + track;
    return [start, { x: a.x, y }, { x: b.x, y }, end];
  }
  // Overlapping boxes: round the right of both.
  const x = Math.max(from.x + from.width, to.x + to.width) + STANDOFF + track;
  return [{ x: from.x + from.width, y: a.y }, { x, y: a.y }, { x, y: b.y }, { x: to.x + to.width, y: b.y }];
}

/**
 * Where the label goes: halfway along the longest level run, which lies in a gap between rows;
 * else where the line crosses such a gap, whose whole width is free of cards; else halfway
 * along its longest leg.
 */
function labelPlace(channels: Channels, points: Point[]): Pick<Route, 'label' | 'labelLeg'> {
  let level: { leg: [Point, Point]; length: number } | null = null;
  let longest: { leg: [Point, Point]; length: number } | null = null;
  for (let k = 1; k < points.length; k++) {
    const leg: [Point, Point] = [points[k - 1]!, points[k]!];
    const [p, q] = leg;
    const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (p.y === q.y && length >= LABEL_ROOM && (!level || length > level.length)) level = { leg, length };
    if (!longest || length > longest.length) longest = { leg, length };
  }
  const halfway = ([p, q]: [Point, Point]) => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
  if (level) return { label: halfway(level.leg), labelLeg: level.leg };
  for (let k = 1; k < points.length; k++) {
    const p = points[k - 1]!;
    const q = points[k]!;
    if (p.x !== q.x) continue;
    const crossing = rowGaps(channels).find((gap) => gap > Math.min(p.y, q.y) && gap < Math.max(p.y, q.y));
    if (crossing !== undefined) return { label: { x: p.x, y: crossing }, labelLeg: [{ x: p.x, y: crossing }, { x: p.x, y: crossing }] };
  }
  const leg = longest?.leg ?? [points[0] ?? { x: 0, y: 0 }, points[0] ?? { x: 0, y: 0 }];
  return { label: halfway(leg), labelLeg: leg };
}

/**
 * The way a connector takes from box `from` to box `to` over the grid of `channels`. `track`
 * shifts its runs along the gaps sideways, so connectors sharing a gap run side by side.
 */
export function routeConnector(channels: Channels, from: Box, to: Box, track = 0): Route {
  const i = columnOf(channels, from);
  const j = columnOf(channels, to);
  const points = tidy(i >= 0 && j >= 0 ? throughGaps(channels, from, to, i, j, track) : direct(from, to, track));
  return { points, ...labelPlace(channels, points) };
}

/** How far apart connectors sharing a gap run: the middle first, then either side of it. */
const TRACKS = [0, 5, -5, 10, -10, 15, -15];

/** A connector's legs between its first and last, which run along gaps: a line each, and the stretch of it they take. */
function runsOf(points: readonly Point[]): { line: string; from: number; to: number }[] {
  const runs: { line: string; from: number; to: number }[] = [];
  for (let k = 2; k < points.length - 1; k++) {
    const p = points[k - 1]!;
    const q = points[k]!;
    if (p.x === q.x) runs.push({ line: `x${p.x}`, from: Math.min(p.y, q.y), to: Math.max(p.y, q.y) });
    else runs.push({ line: `y${p.y}`, from: Math.min(p.x, q.x), to: Math.max(p.x, q.x) });
  }
  return runs;
}

/** Where along its leg a label is tried, from the middle outwards. */
const LABEL_STOPS = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Slides each label along its leg to the first place where it covers no label placed before it. */
function placeLabels(routes: Route[], sizes: readonly ({ width: number; height: number } | null)[]): Route[] {
  const placed: Box[] = [];
  return routes.map((route, k) => {
    const size = sizes[k];
    if (!size) return route;
    const [p, q] = route.labelLeg;
    const boxAt = (at: Point) => ({ x: at.x - size.width / 2, y: at.y - size.height / 2, ...size });
    const stops = LABEL_STOPS.map((f) => ({ x: p.x + (q.x - p.x) * f, y: p.y + (q.y - p.y) * f }));
    const label = stops.find((at) => !placed.some((box) => overlap(box, boxAt(at)))) ?? route.label;
    placed.push(boxAt(label));
    return label === route.label ? route : { ...route, label };
  });
}

/**
 * Routes every connector, giving each the first track on which none of its runs lies along
 * another's: two connectors through one gap are drawn side by side instead of as one line.
 * Labels (of the sizes given; null for none) then slide along their legs clear of each other.
 */
export function routeConnectors(channels: Channels, ends: readonly { from: Box; to: Box; label?: { width: number; height: number } | null }[]): Route[] {
  const taken = new Map<string, { from: number; to: number }[]>();
  const routes = ends.map(({ from, to }) => {
    const runs = runsOf(routeConnector(channels, from, to).points);
    const free = (offset: number) =>
      runs.every((run) => !(taken.get(`${offset}:${run.line}`) ?? []).some((other) => run.from < other.to && other.from < run.to));
    const track = TRACKS.find(free) ?? 0;
    for (const run of runs) {
      const key = `${track}:${run.line}`;
      taken.set(key, [...(taken.get(key) ?? []), run]);
    }
    return routeConnector(channels, from, to, track);
  });
  return placeLabels(routes, ends.map((end) => end.label ?? null));
}

/** Size of the arrowhead at a connector's end, in map units. */
export const ARROW = { length: 10, halfWidth: 5 } as const;

/** Rounded corners of at most this radius, as React Flow's smooth-step edges draw them. */
const CORNER = 8;

/** An SVG path through the points, each corner rounded (the picture strokes the same path). */
export function routePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  let d = `M${points[0]!.x} ${points[0]!.y}`;
  for (let k = 1; k < points.length - 1; k++) {
    const p = points[k - 1]!;
    const c = points[k]!;
    const n = points[k + 1]!;
    const r = Math.min(CORNER, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const towards = (from: Point, length: number) => {
      const d = Math.hypot(from.x - c.x, from.y - c.y) || 1;
      return { x: c.x + ((from.x - c.x) / d) * length, y: c.y + ((from.y - c.y) / d) * length };
    };
    const a = towards(p, r);
    const b = towards(n, r);
    d += ` L${a.x} ${a.y} Q${c.x} ${c.y} ${b.x} ${b.y}`;
  }
  if (points.length < 2) return d;
  // The line stops inside the arrowhead, so its square end does not poke out past the tip.
  const tip = points.at(-1)!;
  const before = points.at(-2)!;
  const leg = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const back = Math.min(ARROW.length / 2, leg / 2) / leg;
  return `${d} L${tip.x - (tip.x - before.x) * back} ${tip.y - (tip.y - before.y) * back}`;
}

/** A closed triangle whose tip is the route's end, pointing along its last leg. */
export function arrowPath(points: readonly Point[]): string {
  const tip = points.at(-1);
  const before = points.at(-2);
  if (!tip || !before) return '';
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / length;
  const uy = (tip.y - before.y) / length;
  const bx = tip.x - ux * ARROW.length;
  const by = tip.y - uy * ARROW.length;
  return `M${tip.x} ${tip.y} L${bx - uy * ARROW.halfWidth} ${by + ux * ARROW.halfWidth} L${bx + uy * ARROW.halfWidth} ${by - ux * ARROW.halfWidth} Z`;
}
