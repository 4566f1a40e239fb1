import type { jsPDF } from 'jspdf';
import type { Connector } from '../model/index.ts';
import type { Translate } from '../i18n/index.ts';
import { columnX, type MapPageLayout } from './mapLayout.ts';
import type { MapMetrics } from './mapMetrics.ts';
import type { Page } from './page.ts';
import { cutWithEllipsis, setType } from './text.ts';
import { INK_FAINT, INK_MUTED, LINE, WHITE } from './theme.ts';

/** Where a card was drawn: on which map page (0-based), its box, and its stage on the whole map. */
export interface Spot {
  page: number;
  stage: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How a connector is drawn. Cards in one column or in neighbouring ones are joined through
 * the gap beside or between the columns, which no card covers; farther apart, or labelled, a
 * connector runs down to a channel under the grid and along it (around the column, for two
 * cards of one stage), where its label has room and hides nothing. Cards on different pages each get the half that is theirs, off the page's edge,
 * saying on which page the other half is.
 */
export type RouteKind = 'gap' | 'channel' | 'split';

/** Where a card is on the map before the pages are filled: its page and stage are enough to choose a route. */
export interface Placement {
  page: number;
  stage: number;
}

export function routeOf(connector: Connector, from: Placement, to: Placement): RouteKind {
  if (from.page !== to.page) return 'split';
  const apart = Math.abs(to.stage - from.stage);
  return apart <= 1 && !connector.label.trim() ? 'gap' : 'channel';
}

/** The connectors that need a track in the channel of each page. */
export function tracksOf(routes: { kind: RouteKind; pages: number[] }[], pageCount: number): number[] {
  const tracks = new Array<number>(pageCount).fill(0);
  for (const route of routes) if (route.kind !== 'gap') for (const page of route.pages) tracks[page]!++;
  return tracks;
}

type Point = [number, number];

/** Everything a page's connectors are drawn with. */
export interface ConnectorPainter {
  doc: jsPDF;
  page: Page;
  t: Translate;
  /** The page number printed for a map page. */
  pageNumber(mapPage: number): number;
}

/** Draws the connectors that touch map page `index`, above its cards. */
export function drawConnectors(painter: ConnectorPainter, layout: MapPageLayout, index: number, connectors: readonly Connector[], spots: ReadonlyMap<string, Spot>): void {
  const { doc, page, t } = painter;
  const { m } = layout;
  const gapRight = (stage: number) => columnX(page, m, layout.column, stage - layout.first) + layout.column + m.gap / 2;
  const gapLeft = (stage: number) => columnX(page, m, layout.column, stage - layout.first) - m.gap / 2;
  const middle = (s: Spot) => s.y + Math.min(s.height / 2, 14 * m.scale);
  let track = 0;
  const trackY = () => layout.gridBottom + m.gap + (track++ + 0.5) * m.track;
  // Two connectors in one gap run side by side rather than on top of one another.
  const inGap = new Map<number, number>();
  const nudge = (x: number) => {
    const n = inGap.get(x) ?? 0;
    inGap.set(x, n + 1);
    return x + [0, 0.25, -0.25][n % 3]! * m.gap;
  };

  // The channel's tracks go first to connectors with both ends on this page, then to halves.
  const drawn = connectors
    .map((connector) => ({ connector, a: spots.get(connector.from), b: spots.get(connector.to) }))
    .filter((c): c is { connector: Connector; a: Spot; b: Spot } => Boolean(c.a && c.b) && (c.a!.page === index || c.b!.page === index) && c.connector.from !== c.connector.to)
    .map((c) => ({ ...c, kind: routeOf(c.connector, c.a, c.b) }))
    .sort((p, q) => PRIORITY[p.kind] - PRIORITY[q.kind]);
  for (const { connector, a, b, kind } of drawn) {
    const label = connector.label.trim();
    const dir = Math.sign(b.stage - a.stage) || Math.sign(b.page - a.page) || 1;
    const fromEdge = (x: number) => (x > a.x ? a.x + a.width : a.x);
    const toEdge = (x: number) => (x > b.x ? b.x + b.width : b.x);
    if (kind === 'gap' || (kind === 'channel' && track >= layout.tracks)) {
      // Beside one column, the gap on its right; between two, the gap that parts them. (A long
      // connector the channel has no room for takes this way too, over the cards between.)
      const x = nudge(b.stage >= a.stage ? gapRight(a.stage) : gapLeft(a.stage));
      strokeRoute(doc, [[fromEdge(x), middle(a)], [x, middle(a)], [x, middle(b)], [toEdge(x), middle(b)]], m);
      if (label) drawLabel(doc, label, x, (middle(a) + middle(b)) / 2, layout.column, m, 'center');
    } else if (kind === 'channel') {
      const y = trackY();
      // Two cards of one stage: out on the column's right, round under it, in on its left.
      const out = nudge(dir > 0 ? gapRight(a.stage) : gapLeft(a.stage));
      const into = nudge(dir > 0 ? gapLeft(b.stage) : gapRight(b.stage));
      strokeRoute(doc, [[fromEdge(out), middle(a)], [out, middle(a)], [out, y], [into, y], [into, middle(b)], [toEdge(into), middle(b)]], m);
      if (label) drawLabel(doc, label, (out + into) / 2, y, Math.abs(into - out) - 8 * m.scale, m, 'center');
    } else if (a.page === index) {
      // The first half: out of the card, down to the channel and off the page's edge.
      const edge = dir > 0 ? page.right + m.gap : page.left - m.gap;
      const out = nudge(dir > 0 ? gapRight(a.stage) : gapLeft(a.stage));
      const note = t('report.map.continuesOn', { page: painter.pageNumber(b.page) });
      const text = label ? `${label} · ${note}` : note;
      if (track >= layout.tracks) {
        strokeRoute(doc, [[fromEdge(out), middle(a)], [out, middle(a)]], m);
        drawLabel(doc, text, out, middle(a) + 8 * m.scale, layout.column, m, 'center');
        continue;
      }
      const y = trackY();
      strokeRoute(doc, [[fromEdge(out), middle(a)], [out, middle(a)], [out, y], [edge, y]], m);
      drawLabel(doc, text, dir > 0 ? edge - 10 * m.scale : edge + 10 * m.scale, y, Math.abs(edge - out) - 14 * m.scale, m, dir > 0 ? 'right' : 'left');
    } else {
      // The second half: in from the edge the first half left by, along the channel, up to the card.
      const edge = dir > 0 ? page.left - m.gap : page.right + m.gap;
      const into = nudge(dir > 0 ? gapLeft(b.stage) : gapRight(b.stage));
      const note = t('report.map.comesFrom', { page: painter.pageNumber(a.page) });
      const text = label ? `${note} · ${label}` : note;
      if (track >= layout.tracks) {
        strokeRoute(doc, [[into, middle(b)], [toEdge(into), middle(b)]], m);
        drawLabel(doc, text, into, middle(b) - 8 * m.scale, layout.column, m, 'center');
        continue;
      }
      const y = trackY();
      strokeRoute(doc, [[edge, y], [into, y], [into, middle(b)], [toEdge(into), middle(b)]], m);
      drawLabel(doc, text, dir > 0 ? edge + 4 * m.scale : edge - 4 * m.scale, y, Math.abs(into - edge) - 14 * m.scale, m, dir > 0 ? 'left' : 'right');
    }
  }
}

const PRIORITY: Record<RouteKind, number> = { channel: 0, split: 1, gap: 2 };

/** A line through the points, its corners rounded, ending in an arrowhead. */
function strokeRoute(doc: jsPDF, points: Point[], m: MapMetrics): void {
  const clean = points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1]![0], p[1] - points[i - 1]![1]) > 0.01);
  if (clean.length < 2) return;
  const radius = 4 * m.scale;
  const segments: number[][] = [];
  let at = clean[0]!;
  for (let i = 1; i < clean.length; i++) {
    const p = clean[i]!;
    const next = clean[i + 1];
    if (!next) {
      segments.push([p[0] - at[0], p[1] - at[1]]);
      break;
    }
    // A corner: straight to just before it, then a quarter curve to just after it.
    const r = Math.min(radius, Math.hypot(p[0] - at[0], p[1] - at[1]) / 2, Math.hypot(next[0] - p[0], next[1] - p[1]) / 2);
    const before = towards(p, at, r);
    const after = towards(p, next, r);
    segments.push([before[0] - at[0], before[1] - at[1]]);
    segments.push([p[0] - before[0], p[1] - before[1], p[0] - before[0], p[1] - before[1], after[0] - before[0], after[1] - before[1]]);
    at = after;
  }
  doc.setDrawColor(INK_FAINT);
  doc.setLineWidth(0.9 * m.scale);
  doc.lines(segments, clean[0]![0], clean[0]![1], [1, 1], 'S', false);
  const end = clean.at(-1)!;
  const from = clean.at(-2)!;
  const length = Math.hypot(end[0] - from[0], end[1] - from[1]);
  const ux = (end[0] - from[0]) / length;
  const uy = (end[1] - from[1]) / length;
  const size = 3.6 * m.scale;
  doc.setFillColor(INK_FAINT);
  doc.triangle(end[0], end[1], end[0] - ux * size * 1.4 - uy * size, end[1] - uy * size * 1.4 + ux * size, end[0] - ux * size * 1.4 + uy * size, end[1] - uy * size * 1.4 - ux * size, 'F');
}

function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
  return [from[0] + ((to[0] - from[0]) / length) * distance, from[1] + ((to[1] - from[1]) / length) * distance];
}

/** A label on a white tag, on top of its line: anchored at `x` by its centre, left or right edge. */
function drawLabel(doc: jsPDF, text: string, x: number, y: number, maxWidth: number, m: MapMetrics, align: 'center' | 'left' | 'right'): void {
  const padX = 4 * m.scale;
  setType(doc, m.type.tiny, 'normal', INK_MUTED);
  const room = Math.max(24 * m.scale, maxWidth - 2 * padX);
  const shown = doc.getTextWidth(text) <= room ? text : cutWithEllipsis(doc, text, room);
  const width = doc.getTextWidth(shown) + 2 * padX;
  const height = m.type.tiny.line + 3 * m.scale;
  const left = align === 'center' ? x - width / 2 : align === 'left' ? x : x - width;
  doc.setFillColor(WHITE);
  doc.setDrawColor(LINE);
  doc.setLineWidth(0.5 * m.scale);
  doc.roundedRect(left, y - height / 2, width, height, height / 2, height / 2, 'FD');
  setType(doc, m.type.tiny, 'normal', INK_MUTED);
  doc.text(shown, left + padX, y + m.type.tiny.size * 0.35);
}
