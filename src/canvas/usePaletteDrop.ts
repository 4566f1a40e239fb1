import type { ReactFlowInstance } from '@xyflow/react';
import { useT } from '../browser/i18n.tsx';
import type { DragEvent } from 'react';
import type { EditContext } from '../doc/index.ts';
import type { JourneyLayout, JourneyNode } from './layout.ts';
import { PALETTE_MIME, readPaletteItem, type PaletteItem } from './palette.ts';
import { dropPaletteItem } from './paletteDrop.ts';

interface Options {
  ctx: EditContext;
  layout: JourneyLayout;
  flow: ReactFlowInstance<JourneyNode>;
  setDropTarget(cellNodeId: string | null): void;
  setEditingCard(cardId: string): void;
  /** A new note takes the keyboard, as a new card does: what one types next is its text. */
  setNoteToEdit(noteId: string): void;
  onNotice(message: string): void;
  /** Brings a node into view once it is laid out. */
  reveal(nodeId: string): void;
  targetUnder(point: { x: number; y: number }): string | null;
}

/** Dragging from the palette (or the unplaced tray) onto the canvas, and adding by click. */
export function usePaletteDrop({ ctx, layout, flow, setDropTarget, setEditingCard, setNoteToEdit, onNotice, reveal, targetUnder }: Options) {
  const t = useT();
  const addAt = (item: PaletteItem, point: { x: number; y: number }) => {
    const result = dropPaletteItem(ctx, layout, item, point);
    if (result.added === 'card') setEditingCard(result.cardId);
    if (result.added === 'note') setNoteToEdit(result.noteId);
    if (result.added === 'nothing') onNotice(t('canvas.drop.cardOutsideCell'));
    return result;
  };
  return {
    onDragOver(e: DragEvent) {
      if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDropTarget(targetUnder(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY })));
    },
    onDrop(e: DragEvent) {
      const item = readPaletteItem(e.dataTransfer.getData(PALETTE_MIME));
      setDropTarget(null);
      if (!item) return;
      e.preventDefault();
      addAt(item, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    /** Without a drop point: stages and lanes go at the end, a card into the first cell, a note mid-view. */
    add(item: PaletteItem) {
      const firstCell = layout.cells[0];
      const point =
        item.kind === 'stage' ? { x: layout.width + 1, y: 0 } :
        item.kind === 'lane' ? { x: 0, y: layout.height + 1 } :
        item.kind === 'card' && firstCell ? { x: firstCell.x + 1, y: firstCell.y + firstCell.height } :
        flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
      const result = addAt(item, point);
      // Dropped, a stage or lane lands where one looks; pressed, it goes at the end, maybe out of view.
      if (result.added === 'stage' || result.added === 'lane') reveal(result.nodeId);
    },
  };
}
