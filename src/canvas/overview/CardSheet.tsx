import { useStore, type NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useCanvasRestores } from '../../browser/useCanvasRestores.ts';
import { useSettled } from '../../browser/useSettled.ts';
import { useT } from '../../browser/i18n.tsx';
import { laneName } from '../../model/laneName.ts';
import { drawSheet } from './drawSheet.ts';
import { changedAreas, sameCards } from './sheetDamage.ts';
import type { SheetCard } from './sheetShapes.ts';
import type { CardSheetNode, SheetRow } from './overviewNodes.ts';
import { mapSheetLevel, sheetLevel, sheetScale } from './sheetScale.ts';
import './overview.css';

/** How long the zoom must rest before the sheet is redrawn at its resolution. */
const RESCALE_AFTER_MS = 200;

/**
 * Room a row's canvas keeps below the row, in map units: about four one-line cards. A row that
 * grows into it keeps its canvas, as resizing one clears it: a fresh bitmap and a repaint of
 * the whole row took 2-3 ms of a remote move on a 1,000-card map. The room is transparent and
 * lets the pointer through, like the rest of the sheet. The canvas is made smaller again only
 * once the row is more than twice that much shorter.
 */
const ROW_ROOM = 240;

/** The height of a row's canvas, in map units: the row's, and room to grow into. */
function useCanvasHeight(rowHeight: number): number {
  const [height, setHeight] = useState(rowHeight + ROW_ROOM);
  if (rowHeight <= height && rowHeight >= height - 2 * ROW_ROOM) return height;
  // React's pattern for state that follows a prop: set during render, drawn once, at the new size.
  setHeight(rowHeight + ROW_ROOM);
  return rowHeight + ROW_ROOM;
}

/**
 * The node that draws the map's cards when it is seen from far away: a canvas per lane row,
 * placed where the row is. It moves and scales with the map for free.
 */
export const CardSheet = memo(function CardSheet({ data, width = 0, height = 0 }: NodeProps<CardSheetNode>) {
  const level = useStore((state) => sheetLevel(state.transform[2] * (window.devicePixelRatio || 1)));
  const mapLevel = mapSheetLevel(level, { width, height });
  return data.rows.map((row) => <RowCanvas key={row.laneId} row={row} level={mapLevel} width={width} />);
});

interface RowProps {
  row: SheetRow;
  /** The map's level (sheetScale.ts). */
  level: number;
  /** The map's width: every row spans it. */
  width: number;
}

/** Each edit makes new rows: one that holds the same cards where it was is the same row. */
function sameRowProps(a: RowProps, b: RowProps): boolean {
  return (
    a.level === b.level &&
    a.width === b.width &&
    a.row.y === b.row.y &&
    a.row.height === b.row.height &&
    a.row.lane.title === b.row.lane.title &&
    a.row.lane.kind === b.row.lane.kind &&
    sameCards(a.row.cards, b.row.cards)
  );
}

/**
 * One row's canvas. Once a zoom has settled it is redrawn sharp at the new zoom (in steps of
 * √2), so a redraw of every card never lands in the middle of a wheel gesture. A change of the
 * row's cards redraws it in the same commit as the nodes around it, so cells and cards never
 * disagree for a frame; between two draws at the same resolution only the areas whose cards
 * changed are painted again. To assistive technology it is one picture that says what it holds.
 */
const RowCanvas = memo(function RowCanvas({ row, level, width }: RowProps) {
  const { cards } = row;
  const height = useCanvasHeight(row.height);
  const scale = useSettled(sheetScale(level, { width, height }), RESCALE_AFTER_MS);
  const canvas = useRef<HTMLCanvasElement>(null);
  const restores = useCanvasRestores(canvas);
  const t = useT();
  const drawn = useRef<{ cards: readonly SheetCard[]; scale: number; width: number; height: number; restores: number } | null>(null);
  useLayoutEffect(() => {
    if (!canvas.current) return;
    // A new size or resolution resets the canvas, as does a restored context: then all of it is painted again.
    const last = drawn.current;
    const same = last !== null && last.scale === scale && last.width === width && last.height === height && last.restores === restores;
    drawSheet(canvas.current, cards, scale, same ? changedAreas(last.cards, cards) : null);
    drawn.current = { cards, scale, width, height, restores };
  }, [cards, scale, width, height, restores]);
  return (
    <canvas
      ref={canvas}
      className="card-sheet"
      style={{ top: row.y, height }}
      width={Math.ceil(width * scale)}
      height={Math.ceil(height * scale)}
      role="img"
      aria-label={t('lanes.sheet.label', { lane: laneName(row.lane, t), count: cards.length })}
      data-cards-drawn={cards.length}
    />
  );
}, sameRowProps);
