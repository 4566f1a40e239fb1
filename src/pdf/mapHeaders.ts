import type { jsPDF } from 'jspdf';
import { laneKindLabel, type Lane, type Stage } from '../model/index.ts';
import { laneName, ownLaneTitle } from '../model/laneName.ts';
import type { Translate } from '../i18n/index.ts';
import type { MapMetrics } from './mapMetrics.ts';
import { fillRect } from './page.ts';
import { clampLines, drawLines, setType, wrap, wrapClamped } from './text.ts';
import { ACCENT, EDGE, INK, INK_FAINT, INK_MUTED, LINE, SUNKEN, WHITE } from './theme.ts';

/** A stage's header laid out for its column: number, title, time window, description and measures. */
export interface StageHeader {
  stage: Stage;
  index: number;
  title: string[];
  window: string[];
  description: string[];
  metrics: string | null;
  height: number;
  /** The title, window or description did not fit: the appendix carries them. */
  cut: boolean;
}

export function measureStageHeader(doc: jsPDF, stage: Stage, index: number, metrics: string[], width: number, m: MapMetrics, t: Translate): StageHeader {
  const { pad, titleLines, descriptionLines } = m.stage;
  const inner = width - 2 * pad;
  let cut = false;
  const clamp = (text: string, max: number) => {
    const lines = wrap(doc, text, inner, max);
    if (lines.length > max) cut = true;
    return clampLines(doc, lines, max, inner);
  };
  let height = 2 * pad + m.type.tiny.line;
  setType(doc, m.type.stage, 'bold');
  const title = clamp(stage.title || t('report.map.untitledStage'), titleLines);
  height += title.length * m.type.stage.line;
  setType(doc, m.type.small, 'bold');
  const window = stage.window ? clamp(stage.window, 2) : [];
  height += window.length * m.type.small.line;
  setType(doc, m.type.small, 'normal');
  const description = stage.description.trim() ? clamp(stage.description.trim(), descriptionLines) : [];
  if (description.length) height += 3 * m.scale + description.length * m.type.small.line;
  setType(doc, m.type.tiny, 'normal');
  // The measures are the strategy canvas's: in full there, so one line here cuts nothing away.
  const measured = metrics.length ? wrapClamped(doc, t('report.map.measuredBy', { metrics: metrics.join(', ') }), inner, 1)[0]! : null;
  if (measured) height += 3 * m.scale + m.type.tiny.line;
  return { stage, index, title, window, description, metrics: measured, height, cut };
}

export function drawStageHeader(doc: jsPDF, header: StageHeader, x: number, y: number, width: number, height: number, m: MapMetrics): void {
  const { stage } = header;
  const pad = m.stage.pad;
  fillRect(doc, x, y, width, height, WHITE, m.radius + 1, LINE);
  fillRect(doc, x, y, width, 3 * m.scale, EDGE[stage.color]);
  let top = y + pad;
  setType(doc, m.type.tiny, 'bold', EDGE[stage.color]);
  top += drawLines(doc, [String(header.index + 1)], x + pad, top, m.type.tiny);
  setType(doc, m.type.stage, 'bold', INK);
  top += drawLines(doc, header.title, x + pad, top, m.type.stage);
  setType(doc, m.type.small, 'bold', INK_MUTED);
  top += drawLines(doc, header.window, x + pad, top, m.type.small);
  if (header.description.length) {
    setType(doc, m.type.small, 'normal', INK_MUTED);
    top += 3 * m.scale + drawLines(doc, header.description, x + pad, top + 3 * m.scale, m.type.small);
  }
  if (header.metrics) {
    setType(doc, m.type.tiny, 'normal', ACCENT);
    drawLines(doc, [header.metrics], x + pad, top + 3 * m.scale, m.type.tiny);
  }
}

export function drawLaneHeader(doc: jsPDF, lane: Lane, x: number, y: number, height: number, continued: boolean, m: MapMetrics, t: Translate): void {
  fillRect(doc, x, y, m.laneWidth, height, SUNKEN, m.radius + 1);
  const pad = 6 * m.scale;
  const inner = m.laneWidth - 2 * pad;
  const kind = laneKindLabel(lane.kind, t);
  setType(doc, m.type.body, 'bold', INK);
  const title = wrapClamped(doc, laneName(lane, t), inner, Math.max(1, Math.floor((height - 2 * pad - m.type.tiny.line) / m.type.body.line)));
  const used = drawLines(doc, title, x + pad, y + pad, m.type.body);
  setType(doc, m.type.tiny, 'normal', INK_FAINT);
  // The kind says what the row holds; a lane titled after its kind needs it said once only.
  const caption = continued ? t('report.map.continued') : ownLaneTitle(lane) && ownLaneTitle(lane) !== kind ? kind : null;
  if (caption) drawLines(doc, wrapClamped(doc, caption, inner, 1), x + pad, y + pad + 2 * m.scale + used, m.type.tiny);
}
