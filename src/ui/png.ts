import { fittingPixelRatio } from '../browser/pictureLimits.ts';
import { PICTURE_STYLE_PROPERTIES } from './pictureStyles.ts';
import { PictureError } from './board/pictureError.ts';

/** Editing affordances (add buttons, placeholders, handles) that a picture of the board leaves out. */
const AFFORDANCES = ['cell-node__add', 'inline-text--empty', 'node-actions', 'card-node__more', 'card-node__handle'];

export interface PngRequest {
  element: HTMLElement;
  width: number;
  height: number;
  /** Parts of the screen that are controls, not content (the minimap, zoom buttons…). */
  leaveOut?: (element: HTMLElement) => boolean;
}

/**
 * A PNG of part of the page at twice its size (less when that would pass the canvas limits),
 * drawn by html-to-image, which is loaded only when someone exports.
 */
export async function captureElement({ element, width, height, leaveOut }: PngRequest): Promise<{ blob: Blob; pixelRatio: number }> {
  const { toBlob } = await import('html-to-image');
  const pixelRatio = fittingPixelRatio(width, height, 2);
  const blob = await toBlob(element, {
    width,
    height,
    pixelRatio,
    backgroundColor: '#f3f4f7',
    includeStyleProperties: [...PICTURE_STYLE_PROPERTIES],
    filter: (node) => !(node instanceof HTMLElement && (AFFORDANCES.some((name) => node.classList.contains(name)) || leaveOut?.(node))),
  });
  if (!blob || blob.size === 0) throw new PictureError('export.error.pictureEmpty');
  return { blob, pixelRatio };
}
