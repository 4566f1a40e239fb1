import { useImperativeHandle, type Ref } from 'react';
import type { JourneyLayout } from './layout.ts';

/** What the canvas offers the export dialog: the whole map as a picture. */
export interface MapExporter {
  wholeMap(): Promise<{ blob: Blob; pixelRatio: number }>;
}

/**
 * The whole map as a PNG, drawn from the layout by picture/mapPicture.ts (loaded only when
 * someone exports): it does not depend on what the view shows, so nothing on screen changes.
 */
export function useMapExport(ref: Ref<MapExporter> | undefined, layout: JourneyLayout, dimmed: ReadonlySet<string> | null): void {
  useImperativeHandle(
    ref,
    () => ({
      async wholeMap() {
        const { mapPicture } = await import('./picture/mapPicture.ts');
        return mapPicture(layout, dimmed);
      },
    }),
    [layout, dimmed],
  );
}
