import type { Translate } from '../../i18n/index.ts';
import { CONNECTOR_STYLE } from '../layout.ts';
import { CARD, CHIP, NOTE } from '../metrics.ts';
import { wrapText } from './wrapText.ts';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A style of text in the picture, as canvas.css sets it on the map. */
export interface TextStyle {
  /** A canvas `font` shorthand: style, weight, size and family. */
  font: string;
  /** Line height, in map units. */
  line: number;
  /** Letter spacing, as the canvas takes it ("0.96px"). */
  spacing: string;
}

/** What the painters draw with: a context, the board's tokens, and a way to measure text. */
export interface Brush {
  context: Context2D;
  /** A token of the board's stylesheet (a colour, a size), as the page sees it. */
  token(name: string): string;
  type: PictureType;
  /** Device pixels per map unit: canvas shadows are given in device pixels. */
  scale: number;
  measure(style: TextStyle, text: string): number;
  /** The messages of the language the picture is in (its placeholders, its lane kinds). */
  t: Translate;
  /** That language, for its numbers (a measure's value). */
  locale: string;
}

export type PictureType = ReturnType<typeof pictureType>;

/**
 * The type scale of the map, from the stylesheet's tokens: the text size, weight and line
 * height of each part of canvas.css, so the picture's text is the screen's.
 */
export function pictureType(token: (name: string) => string) {
  const family = token('--font-sans') || 'sans-serif';
  const px = (name: string) => parseFloat(token(name)) || 16;
  const weight = (name: 'regular' | 'medium' | 'bold') => token(`--weight-${name}`) || '400';
  const style = (size: number, w: string, line: number, { italic = false, spacing = 0 } = {}): TextStyle => ({
    font: `${italic ? 'italic ' : ''}${w} ${size}px ${family}`,
    line,
    spacing: `${Math.round(spacing * size * 100) / 100}px`,
  });
  const normal = parseFloat(token('--leading-normal')) || 1.5;
  const labelSize = CONNECTOR_STYLE.labelStyle.fontSize;
  const tight = parseFloat(token('--leading-tight')) || 1.25;
  return {
    cardTitle: style(CARD.titleSize, weight('medium'), CARD.titleLine),
    cardTitleEmpty: style(CARD.titleSize, weight('medium'), CARD.titleLine, { italic: true }),
    cardBody: style(CARD.bodySize, weight('regular'), CARD.bodyLine),
    cardTitleQuiet: style(CARD.titleSize, weight('regular'), CARD.titleLine),
    chip: style(px('--text-xs'), weight('regular'), CHIP.height),
    measureValue: style(px('--text-xl'), weight('bold'), CARD.measureHeight),
    measureNote: style(px('--text-xs'), weight('regular'), 15),
    measureGap: style(px('--text-xs'), weight('bold'), 15),
    stageNumber: style(px('--text-xs'), weight('bold'), px('--text-xs') * normal, { spacing: 0.08 }),
    stageTitle: style(px('--text-lg'), weight('bold'), px('--text-lg') * tight),
    stageWindow: style(px('--text-sm'), weight('medium'), px('--text-sm') * normal),
    stageDescription: style(px('--text-xs'), weight('regular'), px('--text-xs') * normal),
    laneTitle: style(px('--text-md'), weight('bold'), px('--text-md') * normal),
    laneKind: style(px('--text-xs'), weight('regular'), px('--text-xs') * normal, { spacing: 0.06 }),
    blueprintLine: style(px('--text-sm'), weight('bold'), px('--text-sm') * normal),
    note: style(px('--text-sm'), weight('regular'), NOTE.line),
    // React Flow sizes a label's tag to the text's box, about 1.2 times its size.
    connectorLabel: style(labelSize, weight('regular'), labelSize * 1.2),
  };
}

/** A step of the spacing scale (`--space-n`), in map units. */
export function space(brush: Brush, step: number): number {
  return parseFloat(brush.token(`--space-${step}`)) || 0;
}

/** Text wrapped to `width` in a style, at most `maxLines` lines. */
export function linesOf(brush: Brush, style: TextStyle, text: string, width: number, maxLines: number): string[] {
  return wrapText(text, width, maxLines, (s) => brush.measure(style, s));
}

/** Draws lines of text from `top` down, each centred in its line box as CSS does. Returns the height used. */
export function drawLines(brush: Brush, style: TextStyle, lines: readonly string[], x: number, top: number, color: string): number {
  const { context } = brush;
  context.font = style.font;
  context.letterSpacing = style.spacing;
  context.fillStyle = color;
  context.textBaseline = 'middle';
  lines.forEach((line, i) => context.fillText(line, x, top + i * style.line + style.line / 2));
  return lines.length * style.line;
}

/** Fills a rounded box. */
export function fillBox(context: Context2D, x: number, y: number, width: number, height: number, radii: number | number[], color: string): void {
  context.beginPath();
  context.roundRect(x, y, width, height, radii);
  context.fillStyle = color;
  context.fill();
}

/** The layers of a `box-shadow` token ("0 1px 2px rgb(…), 0 8px 24px rgb(…)"), as canvas shadow settings. */
export function shadowsOf(value: string): { x: number; y: number; blur: number; color: string }[] {
  const layer = /(-?[\d.]+)(?:px)?\s+(-?[\d.]+)(?:px)?\s+([\d.]+)(?:px)?\s+((?:rgba?|hsla?)\([^)]*\)|#[\da-f]+)/gi;
  return [...value.matchAll(layer)].map((m) => ({ x: parseFloat(m[1]!), y: parseFloat(m[2]!), blur: parseFloat(m[3]!), color: m[4]! }));
}

/**
 * Runs `paint` once per layer of a `box-shadow` token, with that layer's shadow under what it
 * fills (a canvas draws one shadow at a time), scaled with the picture. Meant for opaque shapes,
 * which cover their own earlier copies.
 */
export function withShadow(brush: Brush, token: string, paint: () => void): void {
  const { context, scale } = brush;
  const layers = shadowsOf(brush.token(token));
  if (layers.length === 0) return paint();
  for (const shadow of layers) {
    context.save();
    context.shadowColor = shadow.color;
    context.shadowOffsetX = shadow.x * scale;
    context.shadowOffsetY = shadow.y * scale;
    context.shadowBlur = shadow.blur * scale;
    paint();
    context.restore();
  }
}

/** An icon drawn as lanes.css masks it: an SVG path on a 24-unit square, stroked 2 units wide with round ends, `size` units across. */
export function strokeIcon(brush: Brush, path: string, x: number, y: number, size: number, color: string): void {
  const { context } = brush;
  context.save();
  context.translate(x, y);
  context.scale(size / 24, size / 24);
  context.lineWidth = 2;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = color;
  context.stroke(new Path2D(path));
  context.restore();
}
