import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useT } from '../browser/i18n.tsx';

/** React Flow's own words (its zoom buttons, its keyboard hints) in the interface's language. */
export function useFlowLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.flow.nodeHint'),
      'node.a11yDescription.keyboardDisabled': t('canvas.flow.nodeHint'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('canvas.flow.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('canvas.flow.edgeHint'),
      'controls.ariaLabel': t('canvas.flow.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.flow.fitView'),
      'controls.interactive.ariaLabel': t('canvas.flow.interactive'),
      'minimap.ariaLabel': t('canvas.flow.minimap'),
      'handle.ariaLabel': t('canvas.connector.handle'),
    }),
    [t],
  );
}
