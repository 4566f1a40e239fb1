import type { jsPDF } from 'jspdf';
import type { Translate } from '../i18n/index.ts';
import { boardResult, type Board } from '../model/index.ts';
import { laneName } from '../model/laneName.ts';
import { fillRect, type Page } from './page.ts';
import { fitted, setType } from './text.ts';
import { ACCENT, INK, INK_FAINT, INK_MUTED, LINE, SUNKEN, TYPE, WHITE } from './theme.ts';

const ROW = 32;
const PLACE = 18;
const BAR_W = 110;
/** The ranking's measure: wider, and a card's dots would sit too far from its title to read as its. */
const TABLE_W = 560;

/**
 * The board's dot voting result, on a page of its own: the latest revealed round (a round
 * still hidden is no one's to read; model/dotCount.ts boardResult), its question and how it was run, and the cards with dots,
 * most first, each with its stage and lane and a bar for its share. As many as the page holds;
 * a line says how many more had dots. Nothing when no round was revealed.
 */
export function drawVotingPage(doc: jsPDF, board: Board, page: Page, t: Translate, onPage: () => void): void {
  const result = boardResult(board, t('voting.legacyTitle'));
  if (!result) return;
  const { round } = result;
  doc.addPage();
  onPage();
  let y = page.top;
  setType(doc, TYPE.title, 'bold');
  doc.text(t('voting.report.title'), page.left, y + TYPE.title.size);
  y += TYPE.title.line + 6;
  const summary = t('voting.report.summary', {
    title: round.title || t('voting.untitled'),
    voters: result.voters,
    budget: round.budget,
    onePerCard: round.onePerCard ? 'yes' : 'no',
  });
  setType(doc, TYPE.heading, 'normal', INK_MUTED);
  doc.text(fitted(doc, summary, page.right - page.left), page.left, y + TYPE.heading.size);
  y += TYPE.heading.line + 14;

  if (result.ranked.length === 0) {
    setType(doc, TYPE.body, 'normal', INK_MUTED);
    doc.text(t('voting.results.empty'), page.left, y + TYPE.body.size);
    return;
  }
  const stages = new Map(board.stages.map((stage) => [stage.id, stage]));
  const lanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
  const most = result.ranked[0]!.dots;
  // Room for the rows, and for the line that says how many more there were when not all fit.
  const fits = Math.floor((page.bottom - y) / ROW);
  const shown = result.ranked.length <= fits ? result.ranked : result.ranked.slice(0, Math.max(0, fits - 1));
  const right = Math.min(page.right, page.left + TABLE_W);
  const textLeft = page.left + PLACE + 12;
  const barLeft = right - BAR_W - 56;
  const textWidth = barLeft - textLeft - 16;
  shown.forEach(({ card, dots }) => {
    const place = 1 + result.ranked.findIndex((entry) => entry.dots === dots);
    const first = place === 1;
    fillRect(doc, page.left, y + 1, PLACE, PLACE, first ? ACCENT : SUNKEN, PLACE / 2);
    setType(doc, TYPE.body, 'bold', first ? WHITE : INK_MUTED);
    doc.text(String(place), page.left + PLACE / 2, y + 1 + PLACE / 2 + TYPE.body.size * 0.35, { align: 'center' });
    setType(doc, TYPE.heading, 'bold', INK);
    doc.text(fitted(doc, card.title || t('canvas.card.untitled'), textWidth), textLeft, y + TYPE.heading.size - 1);
    const stage = stages.get(card.stageId);
    const lane = lanes.get(card.laneId);
    setType(doc, TYPE.small, 'normal', INK_FAINT);
    const where = stage && lane ? t('voting.results.where', { stage: stage.title || t('canvas.stage.untitled'), lane: laneName(lane, t) }) : t('voting.results.unplaced');
    doc.text(fitted(doc, where, textWidth), textLeft, y + TYPE.heading.line + TYPE.small.size - 1);
    fillRect(doc, barLeft, y + 6, BAR_W, 5, SUNKEN, 2.5);
    fillRect(doc, barLeft, y + 6, Math.max(5, (BAR_W * dots) / most), 5, ACCENT, 2.5);
    setType(doc, TYPE.heading, 'bold', ACCENT);
    doc.text(t('voting.dot.count', { count: dots }), right, y + TYPE.heading.size - 1, { align: 'right' });
    doc.setDrawColor(LINE);
    doc.setLineWidth(0.5);
    doc.line(page.left, y + ROW - 4, right, y + ROW - 4);
    y += ROW;
  });
  if (shown.length < result.ranked.length) {
    setType(doc, TYPE.small, 'normal', INK_MUTED);
    doc.text(t('voting.report.more', { count: result.ranked.length - shown.length }), textLeft, y + TYPE.small.size + 4);
  }
}
