import { useStore, type NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { useSettled } from '../../ui/useSettled.ts';
import { drawSheet } from './drawSheet.ts';
import type { CardSheetNode } from './overviewNodes.ts';
import { sheetLevel, sheetScale } from './sheetScale.ts';
import './overview.css';

/** How long the zoom must rest before the sheet is redrawn at its resolution. */
const RESCALE_AFTER_MS = 200;

/**
 * The canvas that draws the map's cards when it is seen from far away. It moves and scales
 * with the map for free; once a zoom has settled it is redrawn sharp at the new zoom (in
 * steps of √2), so a redraw of every card never lands in the middle of a wheel gesture. A
 * change of the cards redraws it in the same commit as the nodes around it, so cells and
 * cards never disagree for a frame. To assistive technology it is one picture that says what
 * it holds.
 */
export const CardSheet = memo(function CardSheet({ data, width = 0, height = 0 }: NodeProps<CardSheetNode>) {
  const level = useStore((state) => sheetLevel(state.transform[2] * (window.devicePixelRatio || 1)));
  const scale = useSettled(sheetScale(level, width, height), RESCALE_AFTER_MS);
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) drawSheet(canvas.current, data.cards, scale);
  }, [data.cards, scale, width, height]);
  return (
    <canvas
      ref={canvas}
      className="card-sheet"
      width={Math.ceil(width * scale)}
      height={Math.ceil(height * scale)}
      role="img"
      aria-label={`${data.cards.length.toLocaleString('en')} cards drawn small; zoom in to read them, or select them one by one with the arrow keys`}
      data-cards-drawn={data.cards.length}
    />
  );
});
