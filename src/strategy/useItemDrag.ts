import { useState, type DragEvent } from 'react';
import { moveStrategyItem, type EditContext } from '../doc/index.ts';
import type { StrategySectionId } from '../model/index.ts';
import { dropIndex } from '../model/strategyItems.ts';

/** The type under which a dragged item travels, so other drops (files, text) are ignored. */
const ITEM_TYPE = 'application/x-journeyboard-strategy-item';

export interface DropTarget {
  sectionId: StrategySectionId;
  index: number;
}

export interface ItemDrag {
  draggingId: string | null;
  target: DropTarget | null;
  start(event: DragEvent, itemId: string): void;
  end(): void;
  /** Handlers for a section's list, which takes items dragged from any section. */
  listHandlers(sectionId: StrategySectionId): {
    onDragOver(event: DragEvent<HTMLElement>): void;
    onDrop(event: DragEvent<HTMLElement>): void;
  };
}

/**
 * Dragging items to reorder them or to move them to another section (HTML drag and drop, so it
 * works across the whole page). The landing place is shown while dragging and committed as
 * one move command on drop.
 */
export function useItemDrag(ctx: EditContext): ItemDrag {
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);

  const targetOf = (event: DragEvent<HTMLElement>, sectionId: StrategySectionId): DropTarget => {
    // Row middles without the dragged row: indexes then count the other items, as a move does.
    const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-item-id]')].filter((row) => row.dataset.itemId !== draggingId);
    const middles = rows.map((row) => {
      const box = row.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return { sectionId, index: dropIndex(event.clientY, middles) };
  };

  return {
    draggingId,
    target,
    start(event, itemId) {
      event.dataTransfer.setData(ITEM_TYPE, itemId);
      event.dataTransfer.effectAllowed = 'move';
      const row = (event.currentTarget as HTMLElement).closest('[data-item-id]');
      if (row) event.dataTransfer.setDragImage(row, 24, 20);
      setDraggingId(itemId);
    },
    end() {
      setDraggingId(null);
      setTarget(null);
    },
    listHandlers(sectionId) {
      return {
        onDragOver(event) {
          if (!event.dataTransfer.types.includes(ITEM_TYPE)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          const next = targetOf(event, sectionId);
          if (next.sectionId !== target?.sectionId || next.index !== target.index) setTarget(next);
        },
        onDrop(event) {
          const itemId = event.dataTransfer.getData(ITEM_TYPE);
          if (!itemId) return;
          event.preventDefault();
          const { index } = targetOf(event, sectionId);
          moveStrategyItem(ctx, itemId, sectionId, index);
          setDraggingId(null);
          setTarget(null);
        },
      };
    },
  };
}
