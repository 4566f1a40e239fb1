import type { Rect } from '@xyflow/react';
import { tokenReader } from '../../browser/cssToken.ts';
import { fittingPixelRatio } from '../../browser/pictureLimits.ts';
import { asLocale, translatorFor, type Translate } from '../../i18n/index.ts';
import { BLUEPRINT_LINES, LANE_KINDS, laneKindLabel } from '../../model/index.ts';
import { DIMMED_ALPHA, DIMMED_FILTER } from '../cardShape.ts';
import type { JourneyLayout } from '../layout.ts';
import { pictureType, type Brush, type TextStyle } from './brush.ts';
import { paintMap, pictureBounds, type MapPaintOptions } from './paintMap.ts';

/**
 * The whole journey map as a PNG at twice its size (less where that would pass the canvas
 * limits), drawn from its layout rather than copied from the page: every card in full,
 * wherever the view is, in the board's own type and colours. The filter's dimming is kept. Its
 * few words of its own (an untitled card, a lane's kind) are in the page's language.
 */
export async function mapPicture(layout: JourneyLayout, dimmed: ReadonlySet<string> | null, tokens: Element = document.documentElement): Promise<{ blob: Blob; pixelRatio: number }> {
  const bounds = pictureBounds(layout);
  const pixelRatio = fittingPixelRatio(bounds.width, bounds.height, 2);
  const canvas = new OffscreenCanvas(Math.ceil(bounds.width * pixelRatio), Math.ceil(bounds.height * pixelRatio));
  const context = canvas.getContext('2d');
  const locale = asLocale(tokens.ownerDocument.documentElement.lang);
  const t = translatorFor(locale);
  if (!context) throw new Error(t('lanes.picture.tooLarge'));
  const token = tokenReader(tokens);
  const type = pictureType(token);
  // The web font comes in ranges of characters, each loaded when first needed: every range the
  // map's text uses is loaded before drawing. A font that cannot load leaves the fallback font.
  const characters = charactersOf(layout, t);
  await Promise.allSettled(Object.values(type).map((style) => document.fonts.load(style.font, characters)));
  const brush: Brush = { context, token, type, scale: pixelRatio, measure: textMeasurer(), t, locale };

  context.fillStyle = token('--canvas');
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, -bounds.x * pixelRatio, -bounds.y * pixelRatio);
  paintMap(brush, layout, { dimmed, faded: fadedPainter(brush) });
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  if (blob.size === 0) throw new Error(t('lanes.picture.empty'));
  return { blob, pixelRatio };
}

/** Each character the map's text uses, once: the board's, and the words the picture adds in its language. */
function charactersOf(layout: JourneyLayout, t: Translate): string {
  // The words the picture adds of its own: lane kinds, a blueprint's lines, a measure's standing, ratings.
  const own = [
    ...LANE_KINDS.map((kind) => laneKindLabel(kind, t)),
    ...BLUEPRINT_LINES.map((line) => t(`blueprint.line.${line}`)),
    t('lanes.card.untitled'),
    t('measures.noValue'),
    t('measures.target', { target: '0123456789.,-%' }),
    t('measures.short', { gap: '' }),
    t('measures.met'),
    t('opportunities.chip.impact', { level: 12345 }),
    t('opportunities.chip.effort', { level: 12345 }),
  ].join('');
  const text = JSON.stringify(layout.nodes.map((node) => node.data)) + layout.edges.map((edge) => String(edge.label ?? '')).join('') + own;
  return [...new Set(text)].join('');
}

/** Text widths by style and text, from a canvas of their own; the same words come back on card after card. */
function textMeasurer(): Brush['measure'] {
  const context = new OffscreenCanvas(1, 1).getContext('2d')!;
  const known = new Map<string, number>();
  return (style: TextStyle, text: string) => {
    const key = `${style.font}|${style.spacing}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      context.font = style.font;
      context.letterSpacing = style.spacing;
      width = context.measureText(text).width;
      known.set(key, width);
    }
    return width;
  };
}

/** Room around a faded part for its shadow. */
const FADE_MARGIN = 4;

/**
 * Faded as a whole, as CSS opacity fades a card: painted on a layer of its own, then laid on
 * at the dimmed opacity, so the layers inside it do not show through one another.
 */
function fadedPainter(brush: Brush): MapPaintOptions['faded'] {
  const layer = new OffscreenCanvas(1, 1);
  const layerContext = layer.getContext('2d')!;
  const { scale } = brush;
  return (box: Rect, paint) => {
    const width = Math.ceil((box.width + 2 * FADE_MARGIN) * scale);
    const height = Math.ceil((box.height + 2 * FADE_MARGIN) * scale);
    if (layer.width < width || layer.height < height) {
      layer.width = Math.max(layer.width, width);
      layer.height = Math.max(layer.height, height);
    }
    layerContext.setTransform(1, 0, 0, 1, 0, 0);
    layerContext.clearRect(0, 0, layer.width, layer.height);
    layerContext.setTransform(scale, 0, 0, scale, (FADE_MARGIN - box.x) * scale, (FADE_MARGIN - box.y) * scale);
    paint({ ...brush, context: layerContext });
    const { context } = brush;
    context.save();
    context.globalAlpha = DIMMED_ALPHA;
    context.filter = DIMMED_FILTER;
    context.drawImage(layer, 0, 0, width, height, box.x - FADE_MARGIN, box.y - FADE_MARGIN, width / scale, height / scale);
    context.restore();
  };
}
