import { useEffect, useState } from 'react';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createEditContext, createUndoManager, type EditContext } from '../../doc/index.ts';
import { writeBoardToDoc } from '../../file/index.ts';
import type { Board } from '../../model/index.ts';

/** What the map and the strategy canvas need to show a board no one may change here. */
export interface LookDoc {
  doc: Y.Doc;
  /** A view link's: every command refuses, every field reads. */
  ctx: EditContext;
  undo: Y.UndoManager;
  /** This page's alone: looking at the past is shown to no one, and shows no one. */
  awareness: Awareness;
}

/**
 * A read-only document for a board read back from the server (a version), or over the live
 * document when `board` is null (the board now, compared). Made in an effect, as a session is
 * (StrictMode renders twice), and again when either changes; null until the first is made.
 */
export function useLookDoc(board: Board | null, live: Y.Doc, wanted: boolean): LookDoc | null {
  const [look, setLook] = useState<(LookDoc & { of: Board | null; over: Y.Doc; ended: boolean }) | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const doc = board ? new Y.Doc() : live;
    if (board) writeBoardToDoc(doc, board);
    const ctx = createEditContext(doc, 'history', 'view');
    const made = { doc, ctx, undo: createUndoManager(ctx), awareness: new Awareness(new Y.Doc()), of: board, over: live, ended: false };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the document is an external resource
    setLook(made);
    return () => {
      made.ended = true;
      made.undo.destroy();
      made.awareness.destroy();
      if (board) doc.destroy();
    };
  }, [board, live, wanted]);
  // Made for these inputs and not yet destroyed: never the last ones' for the render that changes them.
  return wanted && look && !look.ended && look.of === board && look.over === live ? look : null;
}
