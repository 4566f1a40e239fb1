import type { jsPDF } from 'jspdf';
import type { Board } from '../model/index.ts';
import type { Translate } from '../i18n/index.ts';
import { CANVAS_LAYOUT, bandLabel, phaseLabel, sectionById, sectionPrompt, sectionTitle } from '../model/strategyLayout.ts';
import { itemsBySection } from '../model/strategyItems.ts';
import { fillRect, type Page } from './page.ts';
import { clampLines, drawLines, setType, wrap, wrapClamped } from './text.ts';
import { EDGE, INK_FAINT, INK_MUTED, LINE, TINT, TYPE, WHITE } from './theme.ts';

const BAND_COLORS = { business: 'blue', customer: 'teal', plans: 'amber' } as const;
const LABEL_W = 18;
const GAP = 6;

/**
 * The strategy canvas on one page, in the app's layout: three bands of six sections, Pre-Sales
 * left and Post-Sales right. A list too long for its box ends with how many items the
 * appendix holds besides. Returns the items that did not show in full.
 */
export function drawStrategyPage(doc: jsPDF, board: Board, page: Page, t: Translate, onPage: () => void): Set<string> {
  const cut = new Set<string>();
  doc.addPage();
  onPage();
  setType(doc, TYPE.title, 'bold');
  doc.text(t('report.part.strategy'), page.left, page.top + TYPE.title.size);
  setType(doc, TYPE.small, 'bold', INK_FAINT);
  const phasesY = page.top + TYPE.title.line + 12;
  doc.text(phaseLabel('pre', t).toUpperCase(), page.left + LABEL_W + GAP, phasesY);
  doc.text(phaseLabel('post', t).toUpperCase(), page.right, phasesY, { align: 'right' });

  const bySection = itemsBySection(board.strategy);
  const top = phasesY + 8;
  const bandH = (page.bottom - top - 2 * GAP) / 3;
  const sectionW = (page.right - page.left - LABEL_W - GAP - 5 * GAP) / 6;
  CANVAS_LAYOUT.forEach((band, row) => {
    const y = top + row * (bandH + GAP);
    const color = BAND_COLORS[band.band];
    fillRect(doc, page.left, y, LABEL_W, bandH, TINT[color], 3);
    setType(doc, TYPE.tiny, 'bold', EDGE[color]);
    const bandName = bandLabel(band.band, t).toUpperCase();
    doc.text(bandName, page.left + LABEL_W / 2 + 2.5, y + bandH / 2 + doc.getTextWidth(bandName) / 2, { angle: 90 });
    band.sections.forEach((id, column) => {
      const section = sectionById(id);
      const x = page.left + LABEL_W + GAP + column * (sectionW + GAP);
      fillRect(doc, x, y, sectionW, bandH, WHITE, 4, LINE);
      fillRect(doc, x, y, sectionW, 2.5, EDGE[color]);
      const inner = sectionW - 14;
      let cy = y + 8;
      setType(doc, TYPE.body, 'bold');
      const heading = `${section.step ? `${section.step}  ` : ''}${sectionTitle(section, t)}`;
      cy += drawLines(doc, wrapClamped(doc, heading, inner, 2), x + 7, cy, TYPE.body);
      if (section.phase !== 'both') {
        setType(doc, TYPE.tiny, 'normal', INK_FAINT);
        cy += drawLines(doc, [phaseLabel(section.phase, t)], x + 7, cy, TYPE.tiny);
      }
      cy += 3;
      const items = bySection.get(id) ?? [];
      setType(doc, TYPE.small, 'normal', INK_MUTED);
      if (items.length === 0) {
        drawLines(doc, wrapClamped(doc, sectionPrompt(section, t), inner, 3), x + 7, cy, TYPE.small);
        return;
      }
      const limit = y + bandH - 6;
      let shown = 0;
      for (const item of items) {
        const lines = wrap(doc, item.text || '—', inner - 7, 40); // a box holds far fewer lines
        // Room is kept for the "more" line unless this is the last item.
        const reserve = shown < items.length - 1 ? TYPE.tiny.line + 2 : 0;
        if (shown > 0 && cy + lines.length * TYPE.small.line + reserve > limit) break;
        setType(doc, TYPE.small, 'normal', INK_MUTED);
        doc.text('•', x + 7, cy + TYPE.small.size * 0.92);
        const fit = clampLines(doc, lines, Math.max(1, Math.floor((limit - reserve - cy) / TYPE.small.line)), inner - 7);
        if (fit.length < lines.length) cut.add(item.id);
        cy += drawLines(doc, fit, x + 14, cy, TYPE.small) + 1.5;
        shown++;
      }
      if (shown < items.length) {
        for (const item of items.slice(shown)) cut.add(item.id);
        setType(doc, TYPE.tiny, 'bold', INK_FAINT);
        drawLines(doc, [t('report.strategy.more', { count: items.length - shown })], x + 7, Math.min(cy, limit - TYPE.tiny.line), TYPE.tiny);
      }
    });
  });
  return cut;
}
