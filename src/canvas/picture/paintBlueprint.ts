import type { BlueprintLineNodeData } from '../layout.ts';
import { blueprintLineLabel } from '../blueprintLabel.ts';
import { drawLines, space, type Brush } from './brush.ts';

/** The dash of each line, as lanes.css draws it: solid interaction, dashed visibility, dotted internal interaction. */
const DASH = { interaction: [], visibility: [8, 6], internal: [2, 5] } as const;

/** A service blueprint's line (BlueprintLineNode) across the picture, its name on the canvas colour at its start. */
export function paintBlueprintLine(brush: Brush, data: BlueprintLineNodeData, x: number, y: number, width: number, height: number): void {
  const { context, token, type, t } = brush;
  const last = data.lines.at(-1)!;
  const middle = y + height / 2;
  context.save();
  context.strokeStyle = token('--ink-muted');
  context.lineWidth = last === 'internal' ? 3 : 2;
  context.lineCap = last === 'internal' ? 'round' : 'butt';
  context.setLineDash([...DASH[last]]);
  context.beginPath();
  context.moveTo(x, middle);
  context.lineTo(x + width, middle);
  context.stroke();
  const label = blueprintLineLabel(data.lines, t);
  const pad = space(brush, 2);
  const left = x + space(brush, 3);
  const textWidth = brush.measure(type.blueprintLine, label);
  context.fillStyle = token('--canvas');
  context.fillRect(left, middle - type.blueprintLine.line / 2, textWidth + 2 * pad, type.blueprintLine.line);
  drawLines(brush, type.blueprintLine, [label], left + pad, middle - type.blueprintLine.line / 2, token('--ink-muted'));
  context.restore();
}
