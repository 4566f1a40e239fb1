import { getNodesBounds, type ReactFlowInstance } from '@xyflow/react';
import { useImperativeHandle, useState, type Ref, type RefObject } from 'react';
import { captureElement } from '../ui/png.ts';
import type { JourneyNode } from './layout.ts';

/** What the canvas offers the export dialog: the whole map as a picture. */
export interface MapExporter {
  wholeMap(): Promise<{ blob: Blob; pixelRatio: number }>;
}

const MARGIN = 40;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The whole map as a PNG. The canvas normally draws only what is on screen, and far-away cards
 * as plain blocks; while exporting it draws every node in full, waits until all of them are in
 * the page, and frames the viewport on the map's bounds at zoom 1.
 */
export function useMapExport(ref: Ref<MapExporter> | undefined, flow: ReactFlowInstance<JourneyNode>, container: RefObject<HTMLElement | null>): boolean {
  const [exporting, setExporting] = useState(false);
  useImperativeHandle(ref, () => ({
    async wholeMap() {
      setExporting(true);
      try {
        // First a frame for React to render the nodes that were culled, then until every one
        // of them is in the page and shown (a big map takes more than one frame).
        await nextFrame();
        const expected = flow.getNodes().length;
        for (let i = 0; i < 240 && !allRendered(container.current, expected); i++) await nextFrame();
        await nextFrame();
        const element = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
        if (!element) throw new Error('The map is not on screen.');
        const bounds = getNodesBounds(flow.getNodes());
        const width = Math.ceil(bounds.width + 2 * MARGIN);
        const height = Math.ceil(bounds.height + 2 * MARGIN);
        return await captureElement({
          element,
          width,
          height,
          style: { width: `${width}px`, height: `${height}px`, transform: `translate(${MARGIN - bounds.x}px, ${MARGIN - bounds.y}px) scale(1)` },
        });
      } finally {
        setExporting(false);
      }
    },
  }));
  return exporting;
}

/** Every node of the map is in the page, and none is hidden (as React Flow hides a node it cannot size). */
function allRendered(root: HTMLElement | null, expected: number): boolean {
  if (!root) return false;
  const nodes = root.querySelectorAll<HTMLElement>('.react-flow__node');
  return nodes.length >= expected && [...nodes].every((node) => node.style.visibility !== 'hidden');
}
