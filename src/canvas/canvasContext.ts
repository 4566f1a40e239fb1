import { createContext, useContext } from 'react';
import { may, type EditContext } from '../doc/index.ts';

/**
 * What node components need besides their data. Split in two so that the fast-changing part
 * (the drop target under the pointer) re-renders only the cells, never every card.
 */
export interface CanvasActions {
  ctx: EditContext;
  /** Opens the full editor of a card. */
  openCard(cardId: string): void;
  /** Opens the full editor of a stage. */
  openStage(stageId: string): void;
  /** Zooms the view to one stage's column. */
  zoomToStage(stageId: string): void;
  /** Opens the import of measures from a spreadsheet into a measures lane (its header offers it). */
  openMeasuresImport(laneId: string): void;
  /** Deletes a stage or lane with its cards, asking first when it holds any. */
  askToDelete(kind: 'stage' | 'lane', id: string): void;
  /** The card whose title is being edited in place, if any, and a way to change it. */
  editingCardId: string | null;
  setEditingCard(cardId: string | null): void;
  /** A note just added, whose text is edited as soon as it is on screen; cleared once it is. */
  noteToEdit: string | null;
  clearNoteToEdit(): void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);
export const DropTargetContext = createContext<string | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions outside the journey canvas');
  return actions;
}

/** Whether this person's link lets them change the map: else no node offers to. */
export function useCanEdit(): boolean {
  return may(useCanvasActions().ctx, 'edit');
}

/**
 * What is locked on the map (model/lock.ts), and whether this person leads the workshop and so
 * may change it anyway.
 */
export const LocksContext = createContext<{ locked: ReadonlySet<string>; leads: boolean }>({ locked: new Set(), leads: false });

/** Whether a stage, lane or card is locked, whether this person may change it, and may lock or unlock it. */
export function useLock(id: string): { locked: boolean; mayChange: boolean; mayLock: boolean } {
  const canEdit = useCanEdit();
  const { locked, leads } = useContext(LocksContext);
  const isLocked = locked.has(id);
  return { locked: isLocked, mayChange: canEdit && (!isLocked || leads), mayLock: canEdit && leads };
}

/** The id of the cell a drag is over, or null. */
export function useDropTarget(): string | null {
  return useContext(DropTargetContext);
}

/** Cards the highlight filter puts in the background; null when nothing is filtered. */
export const DimmedCardsContext = createContext<ReadonlySet<string> | null>(null);

export function useIsDimmed(cardId: string): boolean {
  return useContext(DimmedCardsContext)?.has(cardId) ?? false;
}
