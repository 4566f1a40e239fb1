import type { jsPDF } from 'jspdf';
import { LANE_KIND_LABELS, isMetricSection, unplacedCards, type Board, type Card, type Lane, type Stage } from '../model/index.ts';
import { emotionCurve } from './emotionCurve.ts';
import { drawCard, measureCard, type CardBox } from './mapCards.ts';
import { fillRect, type Page } from './page.ts';
import { drawLines, setType, wrapClamped } from './text.ts';
import { ACCENT, EDGE, INK, INK_FAINT, INK_MUTED, LINE, LINE_STRONG, SUNKEN, TYPE, WHITE } from './theme.ts';

const LANE_W = 92;
const STAGE_H = 66;
const GAP = 6;
const MIN_COLUMN = 124;
const CELL_PAD = 5;
const CARD_GAP = 4;
const MIN_ROW = 36;
const EMOTION_ROW = 112;

/**
 * The journey map as a grid over as many pages as it needs. Stages that fit side by side make
 * a group; each page of a group repeats its stage headers, and each row its lane header. A row
 * taller than the rest of a page continues on the next one, marked as continued.
 */
export function drawMapPages(doc: jsPDF, board: Board, page: Page, onPage: () => void): void {
  if (board.stages.length === 0) return;
  const width = page.right - page.left;
  const fitting = Math.max(1, Math.floor((width - LANE_W) / (MIN_COLUMN + GAP)));
  // Stages spread evenly over the pages they need: 6 stages in pages of 5 become 3 and 3.
  const perPage = Math.ceil(board.stages.length / Math.ceil(board.stages.length / fitting));
  const column = (width - LANE_W - perPage * GAP) / perPage;
  const unplacedIds = new Set(unplacedCards(board).map((c) => c.id));
  const cells = new Map<string, Card[]>();
  for (const card of board.cards) {
    if (unplacedIds.has(card.id)) continue;
    const key = `${card.stageId}\u0000${card.laneId}`;
    cells.set(key, [...(cells.get(key) ?? []), card]);
  }
  const metrics = metricsByStage(board);

  for (let first = 0; first < board.stages.length; first += perPage) {
    const group = board.stages.slice(first, first + perPage);
    const startPage = () => {
      doc.addPage();
      onPage();
      const range = board.stages.length > perPage ? ` · stages ${first + 1}–${first + group.length} of ${board.stages.length}` : '';
      setType(doc, TYPE.title, 'bold');
      doc.text(`Journey map${range}`, page.left, page.top + TYPE.title.size);
      const y = page.top + TYPE.title.line + 10;
      group.forEach((stage, i) => drawStageHeader(doc, stage, first + i, metrics.get(stage.id) ?? [], page.left + LANE_W + GAP + i * (column + GAP), y, column));
      return y + STAGE_H + GAP;
    };
    let y = startPage();
    const rowsTop = y; // where rows start on every page of this group
    for (const lane of board.lanes) {
      if (lane.kind === 'emotion') {
        if (y + EMOTION_ROW > page.bottom) y = startPage();
        drawLaneHeader(doc, lane, page.left, y, EMOTION_ROW, false);
        drawEmotionRow(doc, lane, board.stages, first, group.length, page.left + LANE_W + GAP, y, column);
        y += EMOTION_ROW + GAP;
        continue;
      }
      let remaining = group.map((stage) => (cells.get(`${stage.id}\u0000${lane.id}`) ?? []).map((card) => measureCard(doc, card, column - 2 * CELL_PAD)));
      let continued = false;
      for (;;) {
        const atTop = y === rowsTop;
        // On a fresh page a cell always takes its first card, however tall, so nothing is skipped.
        const taken = remaining.map((boxes) => takeFitting(boxes, page.bottom - y - 2 * CELL_PAD, atTop));
        if (!atTop && taken.every((t) => t.length === 0) && remaining.some((r) => r.length > 0)) {
          y = startPage();
          continue;
        }
        const height = Math.max(MIN_ROW, ...taken.map((t) => stackHeight(t) + 2 * CELL_PAD));
        if (!atTop && y + height > page.bottom) {
          y = startPage(); // an empty row's minimum height did not fit either
          continue;
        }
        drawLaneHeader(doc, lane, page.left, y, height, continued);
        taken.forEach((boxes, i) => {
          const x = page.left + LANE_W + GAP + i * (column + GAP);
          fillRect(doc, x, y, column, height, SUNKEN, 4);
          let cy = y + CELL_PAD;
          for (const box of boxes) {
            drawCard(doc, box, x + CELL_PAD, cy, column - 2 * CELL_PAD);
            cy += box.height + CARD_GAP;
          }
        });
        y += height + GAP;
        remaining = remaining.map((boxes, i) => boxes.slice(taken[i]!.length));
        if (remaining.every((r) => r.length === 0)) break;
        y = startPage();
        continued = true;
      }
    }
  }
}

function metricsByStage(board: Board): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of board.strategy) {
    if (item.stageId && item.text.trim() && isMetricSection(item.sectionId)) out.set(item.stageId, [...(out.get(item.stageId) ?? []), item.text.trim()]);
  }
  return out;
}

/** The cards from the top of a cell that fit in `room` (and the first one anyway, if `atLeastOne`). */
function takeFitting(boxes: CardBox[], room: number, atLeastOne: boolean): CardBox[] {
  const out: CardBox[] = [];
  let used = 0;
  for (const box of boxes) {
    const next = used + (out.length ? CARD_GAP : 0) + box.height;
    if (next > room && !(atLeastOne && out.length === 0)) break;
    out.push(box);
    used = next;
  }
  return out;
}

function stackHeight(boxes: CardBox[]): number {
  return boxes.reduce((sum, box, i) => sum + box.height + (i ? CARD_GAP : 0), 0);
}

function drawStageHeader(doc: jsPDF, stage: Stage, index: number, metrics: string[], x: number, y: number, width: number): void {
  fillRect(doc, x, y, width, STAGE_H, WHITE, 4, LINE);
  fillRect(doc, x, y, width, 3, EDGE[stage.color]);
  const inner = width - 16;
  let top = y + 8;
  setType(doc, TYPE.tiny, 'bold', EDGE[stage.color]);
  top += drawLines(doc, [String(index + 1)], x + 8, top, TYPE.tiny);
  setType(doc, TYPE.body, 'bold');
  const title = wrapClamped(doc, stage.title || 'Untitled stage', inner, 2);
  top += drawLines(doc, title, x + 8, top, TYPE.body);
  if (stage.window) {
    setType(doc, TYPE.small, 'normal', INK_MUTED);
    top += drawLines(doc, wrapClamped(doc, stage.window, inner, 1), x + 8, top, TYPE.small);
  }
  if (metrics.length && top + TYPE.tiny.line <= y + STAGE_H - 4) {
    setType(doc, TYPE.tiny, 'normal', ACCENT);
    drawLines(doc, wrapClamped(doc, `Measured by: ${metrics.join(', ')}`, inner, 1), x + 8, top + 1, TYPE.tiny);
  }
}

function drawLaneHeader(doc: jsPDF, lane: Lane, x: number, y: number, height: number, continued: boolean): void {
  fillRect(doc, x, y, LANE_W, height, SUNKEN, 4);
  const inner = LANE_W - 14;
  setType(doc, TYPE.body, 'bold');
  const title = wrapClamped(doc, lane.title || LANE_KIND_LABELS[lane.kind], inner, 3);
  const used = drawLines(doc, title, x + 7, y + 7, TYPE.body);
  setType(doc, TYPE.tiny, 'normal', INK_FAINT);
  drawLines(doc, [continued ? 'continued' : LANE_KIND_LABELS[lane.kind].toUpperCase()], x + 7, y + 9 + used, TYPE.tiny);
}

/**
 * The emotion lane: a smooth vector curve through each stage's score, -2 at the bottom, +2 at
 * the top. It is one curve over the whole map, so on a page of some of the stages it comes in
 * from the left edge and goes on past the right one (clipped to the row) where other pages go on.
 */
function drawEmotionRow(doc: jsPDF, lane: Lane, stages: readonly Stage[], first: number, count: number, x: number, y: number, column: number): void {
  const width = count * (column + GAP) - GAP;
  fillRect(doc, x, y, width, EMOTION_ROW, WHITE, 4, LINE);
  const pad = 14;
  const levelY = (score: number) => y + pad + ((2 - score) / 4) * (EMOTION_ROW - 2 * pad);
  doc.setDrawColor(LINE_STRONG);
  doc.setLineWidth(0.6);
  doc.setLineDashPattern([3, 3], 0);
  doc.line(x + 6, levelY(0), x + width - 6, levelY(0));
  doc.setLineDashPattern([], 0);
  const curve = emotionCurve(stages, lane.scores, first, count, (stage) => x + (stage - first) * (column + GAP) + column / 2, levelY);
  if (curve.start) {
    doc.saveGraphicsState();
    doc.rect(x, y, width, EMOTION_ROW, null);
    doc.clip();
    doc.discardPath();
    doc.setDrawColor(ACCENT);
    doc.setLineWidth(1.8);
    doc.lines(curve.segments, curve.start.x, curve.start.y, [1, 1], 'S', false);
    doc.restoreGraphicsState();
  }
  const points = curve.marked;
  for (const p of points) {
    doc.setFillColor(WHITE);
    doc.setDrawColor(ACCENT);
    doc.setLineWidth(1.5);
    doc.circle(p.x, p.y, 3.2, 'FD');
    setType(doc, TYPE.tiny, 'bold', INK);
    doc.text(p.score > 0 ? `+${p.score}` : String(p.score), p.x + 6, p.y - 4);
  }
  if (!curve.start && points.length === 0) {
    setType(doc, TYPE.small, 'normal', INK_FAINT);
    doc.text('No scores yet', x + 8, y + EMOTION_ROW / 2 + 3);
  }
}
