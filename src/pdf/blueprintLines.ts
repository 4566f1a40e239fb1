import type { jsPDF } from 'jspdf';
import type { Translate } from '../i18n/index.ts';
import type { BlueprintLine } from '../model/index.ts';
import type { MapMetrics } from './mapMetrics.ts';
import { fitted, setType } from './text.ts';
import { INK_MUTED, WHITE } from './theme.ts';

/** The dash of each line, in points at scale 1, as the map draws them: solid, dashed, dotted. */
const DASH: Record<BlueprintLine, number[]> = { interaction: [], visibility: [4, 3], internal: [0.1, 2.4] };

/**
 * A service blueprint's line across a map page, through the middle of the gap above the row at
 * `rowY`, named at its start on the page's white. Lines crossed at once are named together.
 */
export function drawBlueprintLine(doc: jsPDF, lines: readonly BlueprintLine[], left: number, right: number, rowY: number, m: MapMetrics, t: Translate): void {
  const last = lines.at(-1)!;
  const y = rowY - (m.gap + m.blueprintGap) / 2;
  doc.setDrawColor(INK_MUTED);
  doc.setLineWidth((last === 'internal' ? 1.2 : 0.8) * m.scale);
  doc.setLineCap(last === 'internal' ? 'round' : 'butt');
  doc.setLineDashPattern(DASH[last].map((n) => n * m.scale), 0);
  doc.line(left, y, right, y);
  doc.setLineDashPattern([], 0);
  doc.setLineCap('butt');
  setType(doc, m.type.tiny, 'bold', INK_MUTED);
  const pad = 3 * m.scale;
  const label = fitted(doc, lines.map((line) => t(`blueprint.line.${line}`)).join(' · '), right - left - 4 * pad);
  const width = doc.getTextWidth(label);
  doc.setFillColor(WHITE);
  doc.rect(left + pad, y - m.type.tiny.line / 2, width + 2 * pad, m.type.tiny.line, 'F');
  doc.text(label, left + 2 * pad, y, { baseline: 'middle' });
}
