import { EMOTION_CURVE, scoreY, smoothSegments } from '../emotionCurve.ts';
import type { Cell, EmotionNodeData } from '../layout.ts';
import { GRID } from '../metrics.ts';
import { fillBox, type Brush } from './brush.ts';

/** As canvas.css draws the emotion lane's axis and curve. */
const EMOTION = { ...EMOTION_CURVE, stroke: 3, axisDash: [4, 6] };
const CELL_DASH = [3, 3];

/** The grid's cells: half-white boxes with a dashed line, as on the map at full zoom. */
export function paintCells(brush: Brush, cells: readonly Cell[]): void {
  const { context, token } = brush;
  const radius = parseFloat(token('--radius-md')) || 0;
  context.beginPath();
  for (const cell of cells) context.roundRect(cell.x + 0.5, cell.y + 0.5, cell.width - 1, cell.height - 1, radius);
  context.fillStyle = 'rgb(255 255 255 / 0.5)';
  context.fill();
  context.setLineDash(CELL_DASH);
  context.lineWidth = 1;
  context.strokeStyle = token('--line-strong');
  context.stroke();
  context.setLineDash([]);
}

/** The emotion lane: the neutral axis, the smooth curve through the scores and a point on each. */
export function paintEmotion(brush: Brush, data: EmotionNodeData, x: number, y: number, width: number): void {
  const { context, token } = brush;
  const height = GRID.emotionRowHeight;
  const radius = parseFloat(token('--radius-md')) || 0;
  fillBox(context, x, y, width, height, radius, token('--line'));
  fillBox(context, x + 1, y + 1, width - 2, height - 2, Math.max(0, radius - 1), token('--surface'));

  const axis = y + scoreY(0, height, EMOTION.padding);
  context.beginPath();
  context.moveTo(x, axis);
  context.lineTo(x + width, axis);
  context.setLineDash(EMOTION.axisDash);
  context.lineWidth = 1;
  context.strokeStyle = token('--line-strong');
  context.stroke();
  context.setLineDash([]);

  const points = data.points.flatMap((p) => (p.score === null ? [] : [{ x: x + p.x, y: y + scoreY(p.score, height, EMOTION.padding) }]));
  const accent = token('--accent');
  context.lineWidth = EMOTION.stroke;
  context.strokeStyle = accent;
  if (points.length > 1) {
    context.beginPath();
    context.moveTo(points[0]!.x, points[0]!.y);
    for (const { c1, c2, to } of smoothSegments(points)) context.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, to.x, to.y);
    context.lineCap = 'round';
    context.stroke();
    context.lineCap = 'butt';
  }
  for (const point of points) {
    context.beginPath();
    context.arc(point.x, point.y, EMOTION.point, 0, 2 * Math.PI);
    context.fillStyle = token('--surface');
    context.fill();
    context.stroke();
  }
}
