import type { LaneKind } from '../model/index.ts';

/** What can be dragged from the palette onto the canvas. */
export type PaletteItem =
  | { kind: 'stage' }
  | { kind: 'lane'; laneKind: LaneKind }
  | { kind: 'card' }
  | { kind: 'note' }
  /** An unplaced card, dragged from the tray back into a cell. */
  | { kind: 'place'; cardId: string };

export const PALETTE_MIME = 'application/x-journeyboard-palette';

export function readPaletteItem(data: string): PaletteItem | null {
  try {
    const item = JSON.parse(data) as PaletteItem;
    return item && ['stage', 'lane', 'card', 'note', 'place'].includes(item.kind) ? item : null;
  } catch {
    return null;
  }
}
