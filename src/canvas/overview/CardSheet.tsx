import { useStore, type NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { useSettled } from '../../ui/useSettled.ts';
import { drawSheet } from './drawSheet.ts';
import { changedAreas } from './sheetDamage.ts';
import type { SheetCard } from './sheetShapes.ts';
import type { CardSheetNode, SheetRow } from './overviewNodes.ts';
import { sheetLevel, sheetScale } from './sheetScale.ts';
import './overview.css';

/** How long the zoom must rest before the sheet is redrawn at its resolution. */
const RESCALE_AFTER_MS = 200;

/**
 * The node that draws the map's cards when it is seen from far away: a canvas per lane row,
 * placed where the row is. It moves and scales with the map for free.
 */
export const CardSheet = memo(function CardSheet({ data, width = 0, height = 0 }: NodeProps<CardSheetNode>) {
  const level = useStore((state) => sheetLevel(state.transform[2] * (window.devicePixelRatio || 1)));
  return data.rows.map((row) => <RowCanvas key={row.laneId} row={row} level={level} mapWidth={width} mapHeight={height} />);
});

/**
 * One row's canvas. Once a zoom has settled it is redrawn sharp at the new zoom (in steps of
 * √2), so a redraw of every card never lands in the middle of a wheel gesture. A change of the
 * row's cards redraws it in the same commit as the nodes around it, so cells and cards never
 * disagree for a frame; between two draws at the same resolution only the areas whose cards
 * changed are painted again. To assistive technology it is one picture that says what it holds.
 */
const RowCanvas = memo(function RowCanvas({ row, level, mapWidth, mapHeight }: { row: SheetRow; level: number; mapWidth: number; mapHeight: number }) {
  const { cards, height } = row;
  const width = mapWidth;
  const scale = useSettled(sheetScale(level, { width: mapWidth, height: mapHeight }, { width, height }), RESCALE_AFTER_MS);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<{ cards: readonly SheetCard[]; scale: number; width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    if (!canvas.current) return;
    // A new size or resolution resets the canvas: then all of it is painted again.
    const last = drawn.current;
    const same = last !== null && last.scale === scale && last.width === width && last.height === height;
    drawSheet(canvas.current, cards, scale, same ? changedAreas(last.cards, cards) : null);
    drawn.current = { cards, scale, width, height };
  }, [cards, scale, width, height]);
  return (
    <canvas
      ref={canvas}
      className="card-sheet"
      style={{ top: row.y, height }}
      width={Math.ceil(width * scale)}
      height={Math.ceil(height * scale)}
      role="img"
      aria-label={`${row.laneTitle || 'Untitled lane'}: ${cards.length.toLocaleString('en')} cards drawn small; zoom in to read them, or select them one by one with the arrow keys`}
      data-cards-drawn={cards.length}
    />
  );
});
