import type { jsPDF } from 'jspdf';
import type { Translate } from '../i18n/index.ts';
import { RATING_MAX, RATING_MIN, opportunityMatrix, quadrantOf, rankedOpportunities, ratingText, type Board, type Opportunity, type Quadrant } from '../model/index.ts';
import { fillRect, type Page } from './page.ts';
import { fitted, setType } from './text.ts';
import { INK, INK_FAINT, INK_MUTED, LINE, LINE_STRONG, TYPE, WHITE } from './theme.ts';

const MATRIX = 220;
const ROW = 26;
const NUMBER = 18;
/** Each quadrant's wash, as the panel's matrix tints it (the app's success, accent, surface and danger softs). */
const WASH: Record<Quadrant, string> = { quickWin: '#e3f4ec', bigBet: '#e8edfc', fillIn: WHITE, moneyPit: '#fbe6e4' };

/**
 * The opportunities ranked, on a page of their own after the map: the impact/effort matrix with
 * each rated one numbered by its rank, and the ranked list beside it, each with its stage, its
 * rating and quadrant, and its dots when a round was revealed; the list goes on over more pages
 * if it must. Nothing when no opportunity is rated yet: the order would say nothing.
 */
export function drawOpportunitiesPage(doc: jsPDF, board: Board, page: Page, t: Translate, onPage: () => void): void {
  const ranked = rankedOpportunities(board);
  if (!ranked.some((o) => o.quadrant !== null)) return;
  let y = startPage(doc, page, t, false, onPage);
  drawMatrix(doc, ranked, page.left, y + 14, t);
  const left = page.left + MATRIX + 56;
  const columns = { rank: left, title: left + NUMBER + 10, stage: left + (page.right - left) * 0.5, rating: left + (page.right - left) * 0.72 };
  const header = () => {
    setType(doc, TYPE.tiny, 'bold', INK_FAINT);
    doc.text(t('report.opportunities.opportunity').toUpperCase(), columns.title, y + TYPE.tiny.size);
    doc.text(t('report.opportunities.stage').toUpperCase(), columns.stage, y + TYPE.tiny.size);
    doc.text(t('report.opportunities.rating').toUpperCase(), columns.rating, y + TYPE.tiny.size);
    y += TYPE.tiny.line + 4;
  };
  header();
  ranked.forEach((o, i) => {
    if (y + ROW > page.bottom) {
      y = startPage(doc, page, t, true, onPage);
      header();
    }
    drawRow(doc, o, i + 1, columns, page.right, y, t);
    y += ROW;
  });
}

function startPage(doc: jsPDF, page: Page, t: Translate, continued: boolean, onPage: () => void): number {
  doc.addPage();
  onPage();
  setType(doc, TYPE.title, 'bold', INK);
  const title = t('report.part.opportunities');
  doc.text(continued ? `${title} (${t('report.map.continued')})` : title, page.left, page.top + TYPE.title.size);
  return page.top + TYPE.title.line + 12;
}

function drawRow(doc: jsPDF, o: Opportunity, rank: number, columns: { rank: number; title: number; stage: number; rating: number }, right: number, y: number, t: Translate): void {
  doc.setDrawColor(LINE);
  doc.setLineWidth(0.5);
  doc.line(columns.rank, y + ROW - 4, right, y + ROW - 4);
  const middle = y + (ROW - 4) / 2;
  doc.setFillColor(o.quadrant ? INK : LINE_STRONG);
  doc.circle(columns.rank + NUMBER / 2, middle, NUMBER / 2, 'F');
  setType(doc, TYPE.small, 'bold', WHITE);
  doc.text(String(rank), columns.rank + NUMBER / 2, middle, { align: 'center', baseline: 'middle' });
  setType(doc, TYPE.body, 'bold', INK);
  doc.text(fitted(doc, o.card.title.trim() || t('report.map.untitledCard'), columns.stage - columns.title - 10), columns.title, middle, { baseline: 'middle' });
  setType(doc, TYPE.body, 'normal', INK_MUTED);
  doc.text(fitted(doc, o.stage.title.trim() || t('report.map.untitledStage'), columns.rating - columns.stage - 10), columns.stage, middle, { baseline: 'middle' });
  const rating = ratingText(o, t);
  const dots = o.dots !== null ? ` · ${t('opportunities.list.dots', { count: o.dots })}` : '';
  setType(doc, TYPE.small, 'normal', o.quadrant ? INK : INK_FAINT);
  doc.text(fitted(doc, rating + dots, right - columns.rating), columns.rating, middle, { baseline: 'middle' });
}

/** The 5 × 5 matrix, impact up and effort across, each quadrant washed and named, each rated opportunity its rank (a full cell, how many more). */
function drawMatrix(doc: jsPDF, ranked: readonly Opportunity[], x: number, y: number, t: Translate): void {
  const left = x + 16;
  const cell = MATRIX / (RATING_MAX - RATING_MIN + 1);
  const rank = new Map(ranked.map((o, i) => [o.card.id, i + 1]));
  opportunityMatrix(ranked).forEach((row, r) =>
    row.forEach((here, c) => {
      const cx = left + c * cell;
      const cy = y + r * cell;
      fillRect(doc, cx, cy, cell, cell, WASH[quadrantOf(RATING_MAX - r, RATING_MIN + c)], 0, LINE);
      const size = 14;
      const perRow = Math.max(1, Math.floor((cell - 4) / (size + 2)));
      // As many as the cell holds; the last place says how many more are there, all in the list.
      const room = perRow * perRow;
      const shown = here.length > room ? here.slice(0, room - 1) : here;
      const marks = [...shown.map((o) => String(rank.get(o.card.id))), ...(here.length > room ? [`+${here.length - shown.length}`] : [])];
      marks.forEach((mark, k) => {
        const dx = cx + 2 + (k % perRow) * (size + 2) + size / 2 + (cell - 4 - Math.min(marks.length, perRow) * (size + 2)) / 2;
        const dy = cy + 2 + Math.floor(k / perRow) * (size + 2) + size / 2 + (cell - 4 - Math.ceil(marks.length / perRow) * (size + 2)) / 2;
        const more = mark.startsWith('+');
        doc.setFillColor(more ? WHITE : INK);
        if (more) doc.setDrawColor(INK_MUTED);
        doc.circle(dx, dy, size / 2, more ? 'FD' : 'F');
        setType(doc, TYPE.tiny, 'bold', more ? INK : WHITE);
        doc.text(fitted(doc, mark, size + 2), dx, dy, { align: 'center', baseline: 'middle' });
      });
    }),
  );
  setType(doc, TYPE.tiny, 'bold', INK_MUTED);
  const quadrant = (q: Quadrant, qx: number, qy: number, align: 'left' | 'right') => doc.text(t(`opportunities.quadrant.${q}`).toUpperCase(), qx, qy, { align });
  quadrant('quickWin', left + 3, y + 8, 'left');
  quadrant('bigBet', left + MATRIX - 3, y + 8, 'right');
  quadrant('fillIn', left + 3, y + MATRIX - 4, 'left');
  quadrant('moneyPit', left + MATRIX - 3, y + MATRIX - 4, 'right');
  setType(doc, TYPE.tiny, 'normal', INK_FAINT);
  for (let level = RATING_MIN; level <= RATING_MAX; level++) {
    doc.text(String(level), left + (level - RATING_MIN + 0.5) * cell, y + MATRIX + 9, { align: 'center' });
    doc.text(String(level), left - 5, y + (RATING_MAX - level + 0.5) * cell, { align: 'right', baseline: 'middle' });
  }
  setType(doc, TYPE.small, 'bold', INK_MUTED);
  doc.text(`${t('opportunities.matrix.effort')} →`, left + MATRIX / 2, y + MATRIX + 22, { align: 'center' });
  doc.text(`${t('opportunities.matrix.impact')} →`, x, y + MATRIX / 2, { angle: 90, align: 'center' });
}
