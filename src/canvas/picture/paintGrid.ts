import { BAND_OPACITY, FACE, TONES, mouthPath, toneOf } from '../emotionFace.ts';
import { EMOTION_CURVE, scoreY, smoothSegments } from '../emotionCurve.ts';
import { LANE_LOOKS, PLAIN_CELL, WASH_OPACITY } from '../laneLook.ts';
import type { Cell, EmotionNodeData } from '../layout.ts';
import { GRID } from '../metrics.ts';
import { fillBox, type Brush } from './brush.ts';

/** As lanes.css draws the emotion lane's axis and curve. */
const EMOTION = { ...EMOTION_CURVE, stroke: 3, axisDash: [4, 6] };
const CELL_DASH = [3, 3];
/** As lanes.css draws a to-be curve, and the as-is curve beneath it. */
const TO_BE_DASH = [10, 8];
const AS_IS_OPACITY = 0.25;

/** The grid's cells as on the map at full zoom: each filled with its lane's wash (half-white for most), with a dashed line. */
export function paintCells(brush: Brush, cells: readonly Cell[]): void {
  const { context, token } = brush;
  const radius = parseFloat(token('--radius-md')) || 0;
  const outline = (cell: Cell) => context.roundRect(cell.x + 0.5, cell.y + 0.5, cell.width - 1, cell.height - 1, radius);
  const byWash = new Map<string | null, Cell[]>();
  for (const cell of cells) {
    const wash = LANE_LOOKS[cell.lane.kind].wash;
    byWash.set(wash, [...(byWash.get(wash) ?? []), cell]);
  }
  for (const [wash, washed] of byWash) {
    context.beginPath();
    washed.forEach(outline);
    context.fillStyle = wash ? token(wash) : PLAIN_CELL;
    context.globalAlpha = wash ? WASH_OPACITY : 1;
    context.fill();
    context.globalAlpha = 1;
  }
  context.beginPath();
  cells.forEach(outline);
  context.setLineDash(CELL_DASH);
  context.lineWidth = 1;
  context.strokeStyle = token('--line-strong');
  context.stroke();
  context.setLineDash([]);
}

/** The emotion lane: the green and red bands, the neutral axis, the smooth curve through the scores and a face on each. */
export function paintEmotion(brush: Brush, data: EmotionNodeData, x: number, y: number, width: number): void {
  const { context, token } = brush;
  const height = GRID.emotionRowHeight;
  const radius = parseFloat(token('--radius-md')) || 0;
  fillBox(context, x, y, width, height, radius, token('--line'));
  const inner = { x: x + 1, y: y + 1, width: width - 2, height: height - 2 };
  const innerRadius = Math.max(0, radius - 1);
  fillBox(context, inner.x, inner.y, inner.width, inner.height, innerRadius, token('--surface'));
  context.globalAlpha = BAND_OPACITY;
  fillBox(context, inner.x, inner.y, inner.width, inner.height / 2, [innerRadius, innerRadius, 0, 0], token(TONES.positive.fill));
  fillBox(context, inner.x, inner.y + inner.height / 2, inner.width, inner.height / 2, [0, 0, innerRadius, innerRadius], token(TONES.negative.fill));
  context.globalAlpha = 1;

  const axis = y + scoreY(0, height, EMOTION.padding);
  context.beginPath();
  context.moveTo(x, axis);
  context.lineTo(x + width, axis);
  context.setLineDash(EMOTION.axisDash);
  context.lineWidth = 1;
  context.strokeStyle = token('--line-strong');
  context.stroke();
  context.setLineDash([]);

  // The curve in its persona's colour, dashed for the journey to be, over its as-is curve, pale (EmotionNode).
  const colour = data.persona ? token(`--edge-${data.persona.color}`) : token('--ink-muted');
  const at = (scores: Record<string, number>) =>
    data.points.flatMap((p) => (Object.hasOwn(scores, p.stageId) ? [{ x: x + p.x, y: y + scoreY(scores[p.stageId]!, height, EMOTION.padding), score: scores[p.stageId]! }] : []));
  const stroke = (line: { x: number; y: number }[], width: number, dash: number[], alpha: number) => {
    if (line.length < 2) return;
    context.beginPath();
    context.moveTo(line[0]!.x, line[0]!.y);
    for (const { c1, c2, to } of smoothSegments(line)) context.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, to.x, to.y);
    context.globalAlpha = alpha;
    context.lineWidth = width;
    context.strokeStyle = colour;
    context.lineCap = 'round';
    context.setLineDash(dash);
    context.stroke();
    context.setLineDash([]);
    context.lineCap = 'butt';
    context.globalAlpha = 1;
  };
  if (data.asIs) stroke(at(data.asIs), 2 * EMOTION.stroke, [], AS_IS_OPACITY);
  const points = at(data.lane.scores);
  stroke(points, EMOTION.stroke, data.lane.curve === 'toBe' ? TO_BE_DASH : [], 1);
  for (const point of points) paintFace(brush, point.x, point.y, point.score);
}

/** A face for a score, as EmotionNode draws it: a circle in its tone, two eyes and a mouth. */
function paintFace(brush: Brush, x: number, y: number, score: number): void {
  const { context, token } = brush;
  const tone = TONES[toneOf(score)];
  context.save();
  context.translate(x, y);
  context.beginPath();
  context.arc(0, 0, FACE.radius, 0, 2 * Math.PI);
  context.fillStyle = token(tone.fill);
  context.fill();
  context.lineWidth = FACE.stroke;
  context.strokeStyle = token(tone.line);
  context.stroke();
  context.fillStyle = token('--ink');
  for (const side of [-1, 1]) {
    context.beginPath();
    context.arc(side * FACE.eyeX, FACE.eyeY, FACE.eye, 0, 2 * Math.PI);
    context.fill();
  }
  context.lineCap = 'round';
  context.strokeStyle = token('--ink');
  context.stroke(new Path2D(mouthPath(score)));
  context.restore();
}
