import { useReactFlow, type NodeProps } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../browser/i18n.tsx';
import type { Translate } from '../../i18n/index.ts';
import { addCard } from '../../doc/index.ts';
import { laneName } from '../../model/laneName.ts';
import { useCanEdit, useCanvasActions, useDropTarget } from '../canvasContext.ts';
import type { Cell, JourneyNode } from '../layout.ts';
import { cellNextTo, rowsOf } from './cellKeys.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'cellGrid' }>>;

const GRID_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * Every cell of the grid, placed where the layout put it (the node sits at the map's origin).
 * Cells sit in a box per lane row: a row that grows moves the rows below as one box each,
 * rather than restyling every cell under it. The drop target is read here once, so a drag
 * re-renders only the cells it enters and leaves.
 *
 * The grid is one stop of the Tab key, as a data grid is: only one cell's "+ Add card" is in
 * the tab order (the last one used), and the arrow keys, Home and End go from cell to cell.
 * A map of 30 stages and 8 lanes otherwise put 240 buttons between the palette and the rest.
 * Far away the buttons are not shown, yet the grid keeps its stop: a cell that takes the focus
 * there brings the view close to it, where its button can be seen and read.
 *
 * Each row carries its lane's kind, so its cells take the kind's wash (lanes.css): pain points
 * a calm red, opportunities a calm green.
 */
export const CellGrid = memo(function CellGrid({ data }: Props) {
  const dropTarget = useDropTarget();
  const rows = useMemo(() => rowsOf(data.cells), [data.cells]);
  const [current, setCurrent] = useState<string | null>(null);
  const tabStop = data.cells.some((cell) => cell.id === current) ? current : (data.cells[0]?.id ?? null);
  const grid = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const t = useT();
  // The handler reads the latest rows, so it stays one function and the cells stay memoised.
  const latestRows = useRef(rows);
  useEffect(() => {
    latestRows.current = rows;
  });

  const onCellKey = useCallback(
    (cellId: string, event: KeyboardEvent<HTMLButtonElement>) => {
      if (!GRID_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Kept here even at the map's edge: the canvas's own arrow keys select cards.
      event.preventDefault();
      event.stopPropagation();
      const next = cellNextTo(latestRows.current, cellId, event.key);
      const button = next && grid.current?.querySelector<HTMLButtonElement>(`[data-cell-id="${CSS.escape(next.id)}"]`);
      if (!next || !button) return;
      setCurrent(next.id);
      // Focus would scroll the map's clipped container; the view is moved instead, if need be.
      button.focus({ preventScroll: true });
      if (!onScreen(button)) void flow.setCenter(next.x + next.width / 2, next.y + next.height / 2, { zoom: flow.getZoom() });
    },
    [flow],
  );

  const onCellFocus = useCallback(
    (cellId: string, button: HTMLElement) => {
      setCurrent(cellId);
      // Only a keyboard's focus: a tab coming back to the front refocuses a clicked button too.
      if (!button.closest('.is-far') || !button.matches(':focus-visible')) return;
      const cell = latestRows.current.flatMap((row) => row.cells).find((each) => each.id === cellId);
      if (cell) void flow.setCenter(cell.x + cell.width / 2, cell.y + cell.height / 2, { zoom: 1, duration: 300 });
    },
    [flow],
  );

  return (
    <div ref={grid} role="grid" aria-label={t('lanes.grid.label')}>
      {rows.map((row) => (
        <div key={row.laneId} className="cell-row" role="row" data-lane-kind={row.cells[0]!.lane.kind} style={{ top: row.y, height: row.height }}>
          {row.cells.map((cell) => (
            <CellBox
              key={cell.id}
              id={cell.id}
              stageId={cell.stageId}
              laneId={cell.laneId}
              where={cellName(cell, t)}
              x={cell.x}
              width={cell.width}
              target={cell.id === dropTarget}
              tabStop={cell.id === tabStop}
              onKey={onCellKey}
              onFocus={onCellFocus}
            />
          ))}
        </div>
      ))}
    </div>
  );
});

/** A cell as people name it: "Quotation / Pain points". */
function cellName(cell: Cell, t: Translate): string {
  return t('lanes.cell.where', { stage: cell.stageTitle.trim() || t('lanes.stage.untitled'), lane: laneName(cell.lane, t) });
}

/** True when the element lies wholly inside the map's visible area. */
function onScreen(element: HTMLElement): boolean {
  const pane = element.closest('.react-flow')?.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return !pane || (box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom);
}

type CellBoxProps = Pick<Cell, 'id' | 'stageId' | 'laneId' | 'x' | 'width'> & {
  /** What the cell is called: its stage and lane. */
  where: string;
  target: boolean;
  tabStop: boolean;
  onKey(cellId: string, event: KeyboardEvent<HTMLButtonElement>): void;
  onFocus(cellId: string, button: HTMLElement): void;
};

/** The background of one grid cell: a drop target, with a button to add a card at its end. */
const CellBox = memo(function CellBox({ id, stageId, laneId, where, x, width, target, tabStop, onKey, onFocus }: CellBoxProps) {
  const { ctx, setEditingCard } = useCanvasActions();
  const canEdit = useCanEdit();
  const t = useT();
  return (
    <div className={`cell-node ${target ? 'is-drop-target' : ''}`} role="gridcell" aria-label={t('lanes.cell.label', { where })} style={{ left: x, width }}>
      {canEdit && <button
        className="cell-node__add nodrag"
        aria-label={t('lanes.cell.add', { where })}
        data-cell-id={id}
        tabIndex={tabStop ? 0 : -1}
        onKeyDown={(event) => onKey(id, event)}
        onFocus={(event) => onFocus(id, event.currentTarget)}
        onClick={() => setEditingCard(addCard(ctx, { stageId, laneId }))}
      >
        {t('lanes.cell.addVisible')}
      </button>}
    </div>
  );
});
