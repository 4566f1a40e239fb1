import { laneKindLabel, type Lane, type Stage } from '../../model/index.ts';
import { laneName, namedApartFromKind } from '../../model/laneName.ts';
import { LANE_LOOKS } from '../laneLook.ts';
import { drawLines, fillBox, linesOf, space, strokeIcon, withShadow, type Brush, type TextStyle } from './brush.ts';

/** canvas.css's stage header: 5 units of colour on top, a 1-unit line around, 2 between parts, metric pills 18 tall. */
const STAGE = { top: 5, border: 1, gap: 2, pill: 18 } as const;

/** Headers wrap as `white-space: normal` does: runs of spaces and line breaks are one space. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A stage header: its number, title, time window, description and up to three metrics, as
 * on the map. Empty fields show nothing (on screen they show an "add" placeholder).
 */
export function paintStage(brush: Brush, stage: Stage, index: number, metrics: readonly string[], x: number, y: number, width: number, height: number): void {
  const { context, token, type } = brush;
  const radius = parseFloat(token('--radius-md')) || 0;
  const edge = token(`--edge-${stage.color}`) || token('--ink-faint');
  withShadow(brush, '--shadow-sm', () => fillBox(context, x, y, width, height, radius, token('--line')));
  context.save();
  context.beginPath();
  context.roundRect(x, y, width, height, radius);
  context.clip();
  context.fillStyle = edge;
  context.fillRect(x, y, width, STAGE.top);
  const inner = { x: x + STAGE.border, y: y + STAGE.top, width: width - 2 * STAGE.border, height: height - STAGE.top - STAGE.border };
  const innerRadius = Math.max(0, radius - STAGE.border);
  fillBox(context, inner.x, inner.y, inner.width, inner.height, [Math.max(0, radius - STAGE.top), Math.max(0, radius - STAGE.top), innerRadius, innerRadius], token('--surface'));
  context.beginPath();
  context.rect(inner.x, inner.y, inner.width, inner.height);
  context.clip();

  // Padding as canvas.css: --space-3 above and below, --space-4 at the sides, --space-6 kept
  // at the end of the title for the header's buttons.
  const left = inner.x + space(brush, 4);
  const textWidth = inner.width - 2 * space(brush, 4);
  const bottom = inner.y + inner.height;
  let top = inner.y + space(brush, 3);
  // Each part is drawn whole or not at all: a header holds what fits, top to bottom, and a
  // picture shows no half-cut line.
  const block = (style: TextStyle, text: string, width: number, maxLines: number, color: string) => {
    const lines = linesOf(brush, style, collapsed(text), width, Math.min(maxLines, Math.floor((bottom - top) / style.line)));
    if (lines.length > 0) top += drawLines(brush, style, lines, left, top, color) + STAGE.gap;
  };
  block(type.stageNumber, String(index + 1), textWidth, 1, edge);
  if (stage.title.trim()) block(type.stageTitle, stage.title, textWidth - space(brush, 6), 2, token('--ink'));
  if (stage.window.trim()) block(type.stageWindow, stage.window, textWidth, 2, token('--ink-muted'));
  if (stage.description.trim()) block(type.stageDescription, stage.description, textWidth, 2, token('--ink-muted'));
  if (metrics.length > 0 && top + STAGE.pill <= bottom) {
    // The metrics' row is cut at the header's padding, as its `overflow: hidden` does.
    context.beginPath();
    context.rect(left, top, textWidth, STAGE.pill);
    context.clip();
    const tint = token(`--tint-${stage.color}`) || token('--sunken');
    let pillX = left;
    for (const metric of metrics.slice(0, 3)) {
      const pillWidth = brush.measure(type.stageDescription, metric) + 2 * space(brush, 2);
      fillBox(context, pillX, top, pillWidth, STAGE.pill, STAGE.pill / 2, tint);
      drawLines(brush, type.stageDescription, [metric], pillX + space(brush, 2), top, token('--ink'));
      pillX += pillWidth + space(brush, 1);
    }
  }
  context.restore();
}

/** lanes.css's lane header: the kind's colour down the left edge, its icon on a white tile, then the name. */
const LANE = { edge: 4, tile: 28, icon: 18, titleLines: 4 } as const;

/**
 * A lane header: its kind's colour and icon, its name (its own title, else its kind in the
 * picture's language) and, when its own title is not just its kind's name, its kind in small capitals.
 */
export function paintLane(brush: Brush, lane: Lane, x: number, y: number, width: number, height: number): void {
  const { context, token, type, t } = brush;
  const look = LANE_LOOKS[lane.kind];
  const accent = token(look.accent);
  const radius = parseFloat(token('--radius-md')) || 0;
  fillBox(context, x, y, width, height, radius, accent);
  fillBox(context, x + LANE.edge, y, width - LANE.edge, height, [0, radius, radius, 0], token('--sunken'));
  context.save();
  context.beginPath();
  context.rect(x, y, width, height);
  context.clip();
  const padding = space(brush, 4);
  const gap = space(brush, 2);
  const left = x + padding;
  const top = y + padding;
  withShadow(brush, '--shadow-sm', () => fillBox(context, left, top, LANE.tile, LANE.tile, parseFloat(token('--radius-sm')) || 0, token('--surface')));
  strokeIcon(brush, look.icon, left + (LANE.tile - LANE.icon) / 2, top + (LANE.tile - LANE.icon) / 2, LANE.icon, accent);
  const textLeft = left + LANE.tile + gap;
  const textWidth = x + width - padding - space(brush, 5) - textLeft;
  // The title's first line sits 2 units down, level with the icon's middle, and the kind below both, as in lanes.css.
  const titleHeight = drawLines(brush, type.laneTitle, linesOf(brush, type.laneTitle, collapsed(laneName(lane, t)), textWidth, LANE.titleLines), textLeft, top + 2, token('--ink'));
  const below = Math.max(LANE.tile, 2 + titleHeight) + space(brush, 1);
  if (namedApartFromKind(lane, t)) drawLines(brush, type.laneKind, [laneKindLabel(lane.kind, t).toUpperCase()], textLeft, top + below, token('--ink-faint'));
  context.restore();
}
