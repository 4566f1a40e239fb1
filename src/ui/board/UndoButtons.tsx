import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../browser/i18n.tsx';

/**
 * Undo and redo of my own changes, enabled only when there is something to undo or redo, and
 * not while `paused`: the board's past on screen, they would change a board no one sees.
 */
export function UndoButtons({ undo, paused = false }: { undo: Y.UndoManager; paused?: boolean }) {
  const t = useT();
  const [state, setState] = useState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
  useEffect(() => {
    const update = () => setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    undo.on('stack-item-added', update);
    undo.on('stack-item-popped', update);
    undo.on('stack-cleared', update);
    return () => {
      undo.off('stack-item-added', update);
      undo.off('stack-item-popped', update);
      undo.off('stack-cleared', update);
    };
  }, [undo]);
  // Icons, as in every editor: the header keeps its width for the board's title.
  return (
    <div className="undo-buttons">
      <button className="button button--quiet button--icon" onClick={() => undo.undo()} disabled={paused || !state.canUndo} aria-label={t('board.header.undo')} title={t('board.header.undoTitle')}>
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M7.5 5 3.5 9l4 4M4 9h8a4.5 4.5 0 0 1 0 9h-2" />
        </svg>
      </button>
      <button className="button button--quiet button--icon" onClick={() => undo.redo()} disabled={paused || !state.canRedo} aria-label={t('board.header.redo')} title={t('board.header.redoTitle')}>
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M12.5 5l4 4-4 4M16 9H8a4.5 4.5 0 0 0 0 9h2" />
        </svg>
      </button>
    </div>
  );
}
