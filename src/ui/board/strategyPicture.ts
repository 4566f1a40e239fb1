import { tokenReader } from '../../browser/cssToken.ts';
import { fittingPixelRatio } from '../../browser/pictureLimits.ts';
import { wrapText } from '../../canvas/picture/wrapText.ts';
import { asLocale, translatorFor } from '../../i18n/index.ts';
import type { Board, StrategyItem } from '../../model/index.ts';
import { itemsBySection } from '../../model/strategyItems.ts';
import { CANVAS_LAYOUT, bandLabel, phaseLabel, sectionById, sectionPrompt, sectionTitle } from '../../model/strategyLayout.ts';
import { PictureError } from './pictureError.ts';

/*
 * The Customer Experience Strategy Canvas as a PNG, drawn from the board as the strategy view
 * lays it out (three bands of six sections, Pre-Sales left, Post-Sales right), every item in
 * full: a band is as tall as its longest list. Labels are in the board's language, as in the
 * report; colours, type and radii are the stylesheet's tokens.
 */
const WIDTH = 1600;
const PAD = 32;
const GAP = 12;
const LABEL = 40;
const PANEL_PAD = 14;
const MIN_BAND = 180;
const BAND_COLORS = { business: 'blue', customer: 'teal', plans: 'amber' } as const;

type Context2D = OffscreenCanvasRenderingContext2D;
interface Line {
  text: string;
  font: string;
  color: string;
  height: number;
  indent: number;
  bullet?: boolean;
}

export async function strategyPicture(board: Board, tokens: Element = document.documentElement): Promise<{ blob: Blob; pixelRatio: number }> {
  const token = tokenReader(tokens);
  const t = translatorFor(asLocale(board.meta.locale));
  const family = token('--font-sans') || 'sans-serif';
  const weight = (name: string, fallback: string) => token(`--weight-${name}`) || fallback;
  const font = (size: number, w: string) => `${w} ${size}px ${family}`;
  const type = {
    title: font(28, weight('bold', '700')),
    subtitle: font(16, weight('regular', '400')),
    phase: font(12, weight('bold', '700')),
    heading: font(16, weight('bold', '700')),
    step: font(12, weight('bold', '700')),
    small: font(12, weight('regular', '400')),
    item: font(14, weight('regular', '400')),
  };
  const color = (name: string, fallback: string) => token(name) || fallback;
  const ink = color('--ink', '#1b2430');
  const muted = color('--ink-muted', '#556070');
  const faint = color('--ink-faint', '#8590a0');
  const radius = parseFloat(token('--radius-md')) || 10;

  // Every range of the web font the text needs is loaded before anything is measured.
  const characters = [...new Set(JSON.stringify(board.strategy.map((i) => i.text)) + board.meta.title + t('report.part.strategy'))].join('');
  await Promise.allSettled(Object.values(type).map((f) => document.fonts.load(f, characters)));
  const measurer = new OffscreenCanvas(1, 1).getContext('2d')!;
  const measure = (f: string) => (s: string) => {
    measurer.font = f;
    return measurer.measureText(s).width;
  };

  const panelWidth = (WIDTH - 2 * PAD - LABEL - GAP - 5 * GAP) / 6;
  const inner = panelWidth - 2 * PANEL_PAD;
  const bySection = itemsBySection(board.strategy);
  const stageTitles = new Map(board.stages.map((s) => [s.id, s.title]));
  const panelLines = (items: StrategyItem[], prompt: string): Line[] => {
    if (items.length === 0) return wrapText(prompt, inner, 4, measure(type.small)).map((text) => ({ text, font: type.small, color: faint, height: 17, indent: 0 }));
    return items.flatMap((item) => {
      const lines: Line[] = wrapText(item.text || '—', inner - 14, 40, measure(type.item)).map((text, i) => ({ text, font: type.item, color: ink, height: 20, indent: 14, bullet: i === 0 }));
      const stage = item.stageId ? stageTitles.get(item.stageId) : undefined;
      if (stage) lines.push(...wrapText(`→ ${stage}`, inner - 14, 2, measure(type.small)).map((text) => ({ text, font: type.small, color: muted, height: 17, indent: 14 })));
      lines.at(-1)!.height += 6;
      return lines;
    });
  };
  const bands = CANVAS_LAYOUT.map((band) => {
    const panels = band.sections.map((id) => {
      const section = sectionById(id);
      // The title beside its step number, in up to two lines; the phase under it.
      const title = wrapText(sectionTitle(section, t), inner - (section.step !== null ? 30 : 0), 2, measure(type.heading));
      const head = PANEL_PAD + title.length * 21 + (section.phase !== 'both' ? 18 : 0) + 10;
      return { section, title, head, lines: panelLines(bySection.get(id) ?? [], sectionPrompt(section, t)) };
    });
    const height = Math.max(MIN_BAND, ...panels.map((p) => p.head + p.lines.reduce((sum, l) => sum + l.height, 0) + PANEL_PAD));
    return { band, panels, height };
  });
  const top = PAD + 40 + 26 + 20 + 28;
  const height = top + bands.reduce((sum, b) => sum + b.height + GAP, 0) - GAP + PAD;

  const pixelRatio = fittingPixelRatio(WIDTH, height, 2);
  const canvas = new OffscreenCanvas(Math.ceil(WIDTH * pixelRatio), Math.ceil(height * pixelRatio));
  const context = canvas.getContext('2d');
  if (!context) throw new PictureError('export.error.pictureTooLarge');
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = color('--canvas', '#f3f4f7');
  context.fillRect(0, 0, WIDTH, height);
  context.textBaseline = 'alphabetic';
  const text = (s: string, x: number, y: number, f: string, c: string, align: CanvasTextAlign = 'left') => {
    context.font = f;
    context.fillStyle = c;
    context.textAlign = align;
    context.fillText(s, x, y);
  };

  text(t('report.part.strategy'), PAD, PAD + 30, type.title, ink);
  text(wrapText(board.meta.title, WIDTH - 2 * PAD, 1, measure(type.subtitle))[0] ?? '', PAD, PAD + 60, type.subtitle, muted);
  const phasesY = PAD + 92;
  text(phaseLabel('pre', t).toUpperCase(), PAD + LABEL + GAP, phasesY, type.phase, faint);
  text(phaseLabel('post', t).toUpperCase(), WIDTH - PAD, phasesY, type.phase, faint, 'right');
  context.fillStyle = color('--line-strong', '#c9ced8');
  context.fillRect(PAD + LABEL + GAP, phasesY + 8, WIDTH - 2 * PAD - LABEL - GAP, 2);

  let y = top;
  for (const { band, panels, height: bandHeight } of bands) {
    const tint = color(`--tint-${BAND_COLORS[band.band]}`, '#e8effd');
    const edge = color(`--edge-${BAND_COLORS[band.band]}`, '#4a72d9');
    box(context, PAD, y, LABEL, bandHeight, radius, tint);
    context.save();
    context.translate(PAD + LABEL / 2 + 5, y + bandHeight / 2);
    context.rotate(-Math.PI / 2);
    text(bandLabel(band.band, t).toUpperCase(), 0, 0, font(14, weight('bold', '700')), edge, 'center');
    context.restore();
    panels.forEach(({ section, title, head, lines }, i) => {
      const x = PAD + LABEL + GAP + i * (panelWidth + GAP);
      box(context, x, y, panelWidth, bandHeight, radius, color('--surface', '#ffffff'), color('--line', '#e1e4ea'));
      box(context, x, y, panelWidth, 3, [radius, radius, 0, 0], edge);
      let cx = x + PANEL_PAD;
      if (section.step !== null) {
        context.beginPath();
        context.arc(cx + 11, y + PANEL_PAD + 13, 11, 0, 2 * Math.PI);
        context.fillStyle = edge;
        context.fill();
        text(String(section.step), cx + 11, y + PANEL_PAD + 17, type.step, '#ffffff', 'center');
        cx += 30;
      }
      title.forEach((line, n) => text(line, cx, y + PANEL_PAD + 19 + n * 21, type.heading, ink));
      if (section.phase !== 'both') text(phaseLabel(section.phase, t), x + PANEL_PAD, y + PANEL_PAD + title.length * 21 + 13, type.small, faint);
      let ly = y + head;
      for (const line of lines) {
        if (line.bullet) text('•', x + PANEL_PAD, ly + 14, line.font, faint);
        text(line.text, x + PANEL_PAD + line.indent, ly + 14, line.font, line.color);
        ly += line.height;
      }
    });
    y += bandHeight + GAP;
  }
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  if (blob.size === 0) throw new PictureError('export.error.pictureEmpty');
  return { blob, pixelRatio };
}

function box(context: Context2D, x: number, y: number, width: number, height: number, radii: number | number[], fill: string, stroke?: string): void {
  context.beginPath();
  context.roundRect(x, y, width, height, radii);
  context.fillStyle = fill;
  context.fill();
  if (stroke) {
    context.strokeStyle = stroke;
    context.lineWidth = 1;
    context.stroke();
  }
}
