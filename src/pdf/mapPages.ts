import type { jsPDF } from 'jspdf';
import { asIsCurveOf, isMetricSection, personaInitials, revealedDots, safeHref, unplacedCards, type Board, type Card, type Lane, type Persona, type Stage } from '../model/index.ts';
import { asLocale, type Translate } from '../i18n/index.ts';
import { drawBlueprintLine } from './blueprintLines.ts';
import { emotionCurve } from './emotionCurve.ts';
import { drawCard } from './mapCards.ts';
import { drawConnectors, routeOf, tracksOf, type Placement, type Spot } from './mapConnectors.ts';
import { anchorNotes, type MapGrid, type NoteAnchor } from './mapGrid.ts';
import { drawLaneHeader, drawStageHeader } from './mapHeaders.ts';
import { cellKey, columnX, fillPage, titleBottom, type MapContent, type MapPageLayout } from './mapLayout.ts';
import type { MapMetrics } from './mapMetrics.ts';
import { drawNote, type PlacedNote } from './mapNotes.ts';
import { planMap } from './mapPacking.ts';
import { fillRect, type Page } from './page.ts';
import { fitted, setType } from './text.ts';
import { ACCENT, EDGE, INK, INK_FAINT, LINE, LINE_STRONG, SUNKEN, TYPE, WHITE } from './theme.ts';

/** What the map pages showed in full and what they cut: the appendix carries the rest. */
export interface MapShown {
  cutCards: Set<string>;
  cutStages: Set<string>;
  cutNotes: Set<string>;
  /** False when the board has no stages, so no map, and its notes are nowhere else. */
  notesShown: boolean;
}

/**
 * The journey map as a grid over as many pages as it needs (mapPacking.ts chooses how many
 * stages share a page, and how large it is drawn), with its sticky notes where they sit
 * against the grid and its connectors between the cards they join.
 */
export function drawMapPages(doc: jsPDF, board: Board, page: Page, t: Translate, grid: MapGrid, onPage: () => void): MapShown {
  const shown: MapShown = { cutCards: new Set(), cutStages: new Set(), cutNotes: new Set(), notesShown: board.stages.length > 0 };
  if (board.stages.length === 0) return shown;
  const content = mapContent(doc, board, page, t, grid);
  const layouts = planMap(content);

  const placements = new Map<string, Placement>();
  layouts.forEach((layout, index) => {
    for (const row of layout.rows) {
      if (row.kind !== 'cards') continue;
      row.cells.forEach((items, i) => {
        for (const { box } of items) if (box.kind === 'card') placements.set(box.card.id, { page: index, stage: layout.first + i });
      });
    }
  });
  const joined = board.connectors.filter((c) => placements.has(c.from) && placements.has(c.to) && c.from !== c.to);
  const wanted = tracksOf(
    joined.map((c) => {
      const [a, b] = [placements.get(c.from)!, placements.get(c.to)!];
      return { kind: routeOf(c, a, b), pages: [...new Set([a.page, b.page])] };
    }),
    layouts.length,
  );
  layouts.forEach((layout, i) => {
    // Never more tracks than the page holds under its grid: the rest say where they go beside their card.
    const room = Math.floor((layout.bottom - layout.gridBottom - layout.m.gap - (layout.notesBelow.length ? layout.notesBelowHeight + layout.m.gap : 0)) / layout.m.track);
    fillPage(layout, Math.max(0, Math.min(wanted[i]!, room)));
  });

  const spots = new Map<string, Spot>();
  layouts.forEach((layout, index) => {
    for (const row of layout.rows) {
      if (row.kind !== 'cards') continue;
      row.cells.forEach((items, i) => {
        const x = columnX(page, layout.m, layout.column, i) + layout.m.cellPad;
        for (const { box, dy } of items) {
          if (box.kind === 'card') spots.set(box.card.id, { page: index, stage: layout.first + i, x, y: row.y + dy, width: layout.column - 2 * layout.m.cellPad, height: box.height });
        }
      });
    }
  });

  const firstPage = doc.getNumberOfPages() + 1;
  const groups = new Set(layouts.map((l) => l.first)).size;
  layouts.forEach((layout, index) => {
    doc.addPage();
    onPage();
    drawPage(doc, board, page, t, layout, groups > 1, shown);
    drawConnectors({ doc, page, t, pageNumber: (i) => firstPage + i }, layout, index, joined, spots);
  });
  return shown;
}

function mapContent(doc: jsPDF, board: Board, page: Page, t: Translate, grid: MapGrid): MapContent {
  const unplaced = new Set(unplacedCards(board).map((c) => c.id));
  const cells = new Map<string, Card[]>();
  for (const card of board.cards) {
    if (unplaced.has(card.id)) continue;
    const key = cellKey(card.stageId, card.laneId);
    cells.set(key, [...(cells.get(key) ?? []), card]);
  }
  const anchors = anchorNotes(board, grid);
  const cellNotes = new Map<string, NoteAnchor[]>();
  const cardLanes = new Set(board.lanes.filter((l) => l.kind !== 'emotion').map((l) => l.id));
  for (const a of anchors) {
    if (a.zone.kind !== 'lane') continue;
    // A note over the emotion curve is drawn below the grid: the curve's row holds no boxes.
    if (!cardLanes.has(a.zone.laneId)) continue;
    const key = cellKey(board.stages[a.stage]!.id, a.zone.laneId);
    cellNotes.set(key, [...(cellNotes.get(key) ?? []), a]);
  }
  const metrics = new Map<string, string[]>();
  for (const item of board.strategy) {
    if (item.stageId && item.text.trim() && isMetricSection(item.sectionId)) metrics.set(item.stageId, [...(metrics.get(item.stageId) ?? []), item.text.trim()]);
  }
  const dots = revealedDots(board);
  const opportunityLanes = new Set(board.lanes.filter((l) => l.kind === 'opportunities').map((l) => l.id));
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]));
  const stageOfCard = new Map(board.cards.filter((c) => !unplaced.has(c.id)).map((c) => [c.id, stageIndex.get(c.stageId)!]));
  const placed = board.connectors.filter((c) => c.from !== c.to && stageOfCard.has(c.from) && stageOfCard.has(c.to));
  return {
    doc,
    board,
    page,
    t,
    locale: asLocale(board.meta.locale),
    cells,
    cellNotes,
    above: anchors.filter((a) => a.zone.kind === 'above'),
    below: anchors.filter((a) => a.zone.kind === 'below' || (a.zone.kind === 'lane' && !cardLanes.has(a.zone.laneId))),
    metrics,
    details: (card) => {
      const n = dots.get(card.id) ?? 0;
      const parts = [card.channel, card.owner, ...card.tags.map((tag) => `#${tag}`)];
      if (card.emotion !== null) parts.push(t('report.map.emotion', { score: card.emotion > 0 ? `+${card.emotion}` : String(card.emotion) }));
      if (opportunityLanes.has(card.laneId) && card.impact !== null) parts.push(t('opportunities.chip.impact', { level: card.impact }));
      if (opportunityLanes.has(card.laneId) && card.effort !== null) parts.push(t('opportunities.chip.effort', { level: card.effort }));
      if (n > 0) parts.push(t('voting.report.cardDots', { count: n }));
      if (safeHref(card.link)) parts.push(`↗ ${t('report.map.link')}`);
      return parts.filter(Boolean).join(' · ');
    },
    channelTracks: (first, count) => {
      // Before pages exist, a group is one page: what leaves it is split, and needs a track too.
      const inGroup = (id: string) => stageOfCard.get(id)! >= first && stageOfCard.get(id)! < first + count;
      const at = (id: string) => ({ page: inGroup(id) ? 0 : 1, stage: stageOfCard.get(id)! });
      const touching = placed.filter((c) => inGroup(c.from) || inGroup(c.to));
      const long = touching.filter((c) => routeOf(c, at(c.from), at(c.to)) !== 'gap').length;
      // One track more for a short connector that a row continued on the next page splits.
      return long + (touching.length > long ? 1 : 0);
    },
  };
}

function drawPage(doc: jsPDF, board: Board, page: Page, t: Translate, layout: MapPageLayout, ranged: boolean, shown: MapShown): void {
  const { m, first, count, column } = layout;
  const range = ranged ? ` · ${t('report.map.stages', { first: first + 1, last: first + count, total: board.stages.length })}` : '';
  setType(doc, TYPE.title, 'bold', INK);
  doc.text(`${t('report.part.map')}${range}`, page.left, page.top + TYPE.title.size);
  const x = (local: number) => columnX(page, m, column, local);

  const notes = (placed: PlacedNote[], top: number) => {
    for (const note of placed) {
      drawNote(doc, note.box, note.x, top + note.dy, note.width, m);
      if (note.box.cut) shown.cutNotes.add(note.box.note.id);
    }
  };
  notes(layout.notesAbove, titleBottom(page));
  layout.headers.forEach((header, i) => {
    drawStageHeader(doc, header, x(i), layout.headerY, column, layout.headerHeight, m);
    if (header.cut) shown.cutStages.add(header.stage.id);
  });
  for (const row of layout.rows) {
    if (row.lines.length > 0) drawBlueprintLine(doc, row.lines, page.left, x(count - 1) + column, row.y, m, t);
    drawLaneHeader(doc, row.lane, page.left, row.y, row.height, row.kind === 'cards' && row.continued, m, t);
    if (row.kind === 'emotion') {
      const persona = board.personas.find((p) => p.id === row.lane.personaId) ?? null;
      drawEmotionRow(doc, row.lane, persona, asIsCurveOf(row.lane, board.lanes)?.scores ?? null, board.stages, first, count, x(0), row.y, row.height, column, m, t);
      continue;
    }
    row.cells.forEach((items, i) => {
      fillRect(doc, x(i), row.y, column, row.height, SUNKEN, m.radius + 1);
      for (const { box, dy } of items) {
        if (box.kind === 'card') {
          drawCard(doc, box, x(i) + m.cellPad, row.y + dy, column - 2 * m.cellPad, m);
          if (box.cut) shown.cutCards.add(box.card.id);
        } else {
          drawNote(doc, box, x(i) + m.cellPad, row.y + dy, column - 2 * m.cellPad, m);
          if (box.cut) shown.cutNotes.add(box.note.id);
        }
      }
    });
  }
  notes(layout.notesBelow, layout.gridBottom + (layout.tracks > 0 ? m.gap + layout.tracks * m.track : 0) + m.gap);
}

/**
 * The emotion lane: a smooth vector curve through each stage's score, -2 at the bottom, +2 at
 * the top. It is one curve over the whole map, so on a page of some of the stages it comes in
 * from the left edge and goes on past the right one (clipped to the row) where other pages go on.
 * A persona's curve is in their colour, dashed for the journey to be (over their as-is curve,
 * pale), and says whose it is.
 */
function drawEmotionRow(doc: jsPDF, lane: Lane, persona: Persona | null, asIs: Lane['scores'] | null, stages: readonly Stage[], first: number, count: number, x: number, y: number, height: number, column: number, m: MapMetrics, t: Translate): void {
  const width = count * (column + m.gap) - m.gap;
  fillRect(doc, x, y, width, height, WHITE, m.radius + 1, LINE);
  const pad = 14 * m.scale;
  // A persona's curve is named above its highest score, so the name never meets a score's label.
  const top = persona ? pad + m.type.small.line : pad;
  const levelY = (score: number) => y + top + ((2 - score) / 4) * (height - top - pad);
  doc.setDrawColor(LINE_STRONG);
  doc.setLineWidth(0.6);
  doc.setLineDashPattern([3, 3], 0);
  doc.line(x + 6, levelY(0), x + width - 6, levelY(0));
  doc.setLineDashPattern([], 0);
  const centre = (stage: number) => x + (stage - first) * (column + m.gap) + column / 2;
  const curve = emotionCurve(stages, lane.scores, first, count, centre, levelY);
  const colour = persona ? EDGE[persona.color] : ACCENT;
  const stroke = (drawn: ReturnType<typeof emotionCurve>, lineWidth: number, dash: number[], opacity: number) => {
    if (!drawn.start) return;
    doc.saveGraphicsState();
    doc.rect(x, y, width, height, null);
    doc.clip();
    doc.discardPath();
    doc.setGState(doc.GState({ 'stroke-opacity': opacity }));
    doc.setDrawColor(colour);
    doc.setLineWidth(lineWidth);
    doc.setLineDashPattern(dash, 0);
    doc.lines(drawn.segments, drawn.start.x, drawn.start.y, [1, 1], 'S', false);
    doc.restoreGraphicsState();
  };
  // A to-be curve over its persona's as-is curve, pale: the row reads as the change wanted.
  if (asIs) stroke(emotionCurve(stages, asIs, first, count, centre, levelY), 3.6 * m.scale, [], 0.3);
  stroke(curve, 1.8 * m.scale, lane.curve === 'toBe' ? [6 * m.scale, 4 * m.scale] : [], 1);
  if (persona) {
    const state = t(lane.curve === 'toBe' ? (asIs ? 'report.map.toBeOverAsIs' : 'report.map.toBe') : 'report.map.asIs');
    setType(doc, m.type.small, 'bold', colour);
    doc.text(fitted(doc, t('report.map.curveOf', { name: persona.name || personaInitials(persona), state }), width - 16 * m.scale), x + 8 * m.scale, y + 10 * m.scale);
  }
  for (const p of curve.marked) {
    doc.setFillColor(WHITE);
    doc.setDrawColor(colour);
    doc.setLineWidth(1.5 * m.scale);
    doc.circle(p.x, p.y, 3.2 * m.scale, 'FD');
    setType(doc, m.type.tiny, 'bold', INK);
    doc.text(p.score > 0 ? `+${p.score}` : String(p.score), p.x + 6 * m.scale, p.y - 4 * m.scale);
  }
  if (!curve.start && curve.marked.length === 0) {
    setType(doc, m.type.small, 'normal', INK_FAINT);
    doc.text(t('report.map.noScores'), x + 8 * m.scale, y + height / 2 + 3);
  }
}
