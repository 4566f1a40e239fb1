import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** Undo and redo of my own changes, enabled only when there is something to undo or redo. */
export function UndoButtons({ undo }: { undo: Y.UndoManager }) {
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
  return (
    <div className="undo-buttons">
      <button className="button button--quiet" onClick={() => undo.undo()} disabled={!state.canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button className="button button--quiet" onClick={() => undo.redo()} disabled={!state.canRedo} title="Redo (Shift+Ctrl+Z)">
        Redo
      </button>
    </div>
  );
}
