import { createContext, useContext } from 'react';
import type { ComparedBoards, RecordChange } from '../model/compareBoards.ts';

/**
 * While two states of the board are compared (model/compareBoards.ts), how each record changed:
 * the map and the strategy canvas both mark what they draw from it. Null otherwise.
 */
export const ChangesContext = createContext<ComparedBoards | null>(null);

/** How the record changed between the states compared; null when it did not, or nothing is compared. */
export function useChange(id: string): RecordChange | null {
  return useContext(ChangesContext)?.changes.get(id) ?? null;
}

/** The record's classes while compared, one per way it changed (is-change-added…); empty otherwise. */
export function useChangeClass(id: string): string {
  const change = useChange(id);
  return change ? change.kinds.map((kind) => `is-change-${kind}`).join(' ') : '';
}
