import { PICTURE_STYLE_PROPERTIES } from './pictureStyles.ts';

/**
 * Canvas limits this export stays inside: Chromium draws nothing (a blank image) on a canvas
 * wider or taller than 16,384 pixels or larger than about 268 million pixels; Safari's area
 * limit is lower. Beyond these the picture is scaled down instead.
 */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 100_000_000;

/** The pixel ratio to draw `width` x `height` CSS pixels at: `wanted`, or less to stay in limits. */
export function fittingPixelRatio(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_AREA / Math.max(width * height, 1));
  return Math.min(wanted, bySide, byArea);
}

/** Editing affordances (add buttons, placeholders, handles) that a picture of the board leaves out. */
const AFFORDANCES = ['cell-node__add', 'inline-text--empty', 'node-actions', 'card-node__more', 'card-node__handle'];

export interface PngRequest {
  element: HTMLElement;
  width: number;
  height: number;
  /** Style for the cloned element, such as a transform that frames the whole map. */
  style?: Partial<CSSStyleDeclaration>;
  /** Parts of the screen that are controls, not content (the minimap, zoom buttons…). */
  leaveOut?: (element: HTMLElement) => boolean;
}

/**
 * A PNG of part of the page at twice its size (less when that would pass the canvas limits),
 * drawn by html-to-image, which is loaded only when someone exports.
 */
export async function captureElement({ element, width, height, style, leaveOut }: PngRequest): Promise<{ blob: Blob; pixelRatio: number }> {
  const { toBlob } = await import('html-to-image');
  const pixelRatio = fittingPixelRatio(width, height, 2);
  const blob = await toBlob(element, {
    width,
    height,
    pixelRatio,
    backgroundColor: '#f3f4f7',
    includeStyleProperties: [...PICTURE_STYLE_PROPERTIES],
    style: style as Record<string, string> | undefined,
    filter: (node) => !(node instanceof HTMLElement && (AFFORDANCES.some((name) => node.classList.contains(name)) || leaveOut?.(node))),
  });
  if (!blob || blob.size === 0) throw new Error('The picture came out empty; try exporting the current view instead.');
  return { blob, pixelRatio };
}
