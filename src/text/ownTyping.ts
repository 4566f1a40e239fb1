import { useEffect, useMemo, useRef } from 'react';
import * as Y from 'yjs';
import type { EditContext } from '../doc/index.ts';

export interface OwnTyping {
  /** Whether this person has changed the text since the field opened. */
  typed(): boolean;
  /** Takes back what this person typed into the text since the field opened; others' letters stay. */
  revert(): void;
}

/**
 * What this person types into one text from now on, so that Escape can take back that and
 * nothing else. A second undo manager, scoped to the text and to the person's typing origin,
 * holds it all as one step. The board's own undo manager will not do: an undo there that finds
 * nothing left to revert (someone else deleted the letters) goes on to the step before, which
 * would take back the command that came before the typing, such as adding the card. Yjs undoes
 * only the given insertions and deletions, so letters others typed meanwhile stay. The board's
 * undo does not record the revert: its typing step then has nothing left to revert, and Ctrl+Z
 * goes on to what came before, as if the typing had never been.
 */
export function trackOwnTyping(ctx: EditContext, text: Y.Text): OwnTyping & { stop(): void } {
  const own = new Y.UndoManager(text, { trackedOrigins: new Set([ctx.typingOrigin]), captureTimeout: Number.POSITIVE_INFINITY });
  return {
    typed: () => own.undoStack.length > 0,
    revert() {
      while (own.undoStack.length > 0) own.undo();
    },
    stop: () => own.destroy(),
  };
}

/** trackOwnTyping for as long as a field is open on `text`. */
export function useOwnTyping(ctx: EditContext, text: Y.Text | null): OwnTyping {
  const tracking = useRef<(OwnTyping & { stop(): void }) | null>(null);
  useEffect(() => {
    if (!text) return;
    const own = trackOwnTyping(ctx, text);
    tracking.current = own;
    return () => {
      own.stop();
      if (tracking.current === own) tracking.current = null;
    };
  }, [ctx, text]);
  return useMemo(
    () => ({
      typed: () => tracking.current?.typed() ?? false,
      revert: () => tracking.current?.revert(),
    }),
    [],
  );
}
