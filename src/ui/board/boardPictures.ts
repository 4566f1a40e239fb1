import { captureElement } from '../png.ts';
import { PictureError } from './pictureError.ts';

/** The pictures of a board the export dialog can make: what is on screen, and the whole map. */
export interface BoardPictures {
  view(): Promise<{ blob: Blob; pixelRatio: number }>;
  /** Only in the map view. */
  wholeMap?: () => Promise<{ blob: Blob; pixelRatio: number }>;
}

/** Controls drawn over the board, left out of a picture of it. */
const CONTROLS = ['minimap', 'react-flow__controls', 'palette', 'filter-bar', 'notice', 'unplaced'];

/** The board as it is on screen now, without the controls over it. */
export function captureView(body: HTMLElement | null): Promise<{ blob: Blob; pixelRatio: number }> {
  if (!body) return Promise.reject(new PictureError('export.error.notOnScreen'));
  return captureElement({
    element: body,
    width: body.clientWidth,
    height: body.clientHeight,
    leaveOut: (el) => CONTROLS.some((name) => el.classList.contains(name)),
  });
}
