import { useEffect } from 'react';
import type * as Y from 'yjs';
import { matchesShortcut } from '../canvas/commands/keys.ts';
import { keysBelongElsewhere } from '../canvas/commands/useCanvasCommands.ts';

/**
 * Undo and redo of my own changes with the map's shortcuts. As on the map, a text field keeps
 * these keys for its own undo, and an open dialog keeps its keys.
 */
export function useUndoKeys(undo: Y.UndoManager, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (keysBelongElsewhere(e.target)) return;
      if (matchesShortcut(e, 'Mod+Z')) undo.undo();
      else if (matchesShortcut(e, 'Mod+Shift+Z') || matchesShortcut(e, 'Mod+Y')) undo.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, enabled]);
}
