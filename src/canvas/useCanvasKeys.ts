import { useEffect } from 'react';
import { deleteCards, deleteLane, deleteNotes, deleteStage, duplicateCards, transact, type EditContext } from '../doc/index.ts';
import type { Board } from '../model/index.ts';
import { nodeId, recordIdOf } from './layout.ts';

interface Keys {
  ctx: EditContext;
  board: Board;
  selected: ReadonlySet<string>;
  selectOnly(ids: Iterable<string>): void;
  editingCardId: string | null;
  setEditingCard(id: string | null): void;
  onOpenCard(id: string): void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function byKind(selected: ReadonlySet<string>, kind: string): string[] {
  return [...selected].filter((id) => id.startsWith(`${kind}:`)).map(recordIdOf);
}

/** Delete, duplicate, select all, edit and escape on the canvas; undo lives with the board. */
export function useCanvasKeys({ ctx, board, selected, selectOnly, editingCardId, setEditingCard, onOpenCard }: Keys): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || editingCardId) return;
      const mod = e.ctrlKey || e.metaKey;
      const cards = byKind(selected, 'card');
      if (e.key === 'Delete' || e.key === 'Backspace') {
        if (selected.size === 0) return;
        transact(ctx, () => {
          deleteCards(ctx, cards);
          deleteNotes(ctx, byKind(selected, 'note'));
          byKind(selected, 'stage').forEach((id) => deleteStage(ctx, id));
          byKind(selected, 'lane').forEach((id) => deleteLane(ctx, id));
        });
        selectOnly([]);
      } else if (mod && e.key.toLowerCase() === 'd') {
        const copies = duplicateCards(ctx, board.cards.filter((c) => cards.includes(c.id)));
        selectOnly(copies.map(nodeId.card));
      } else if (mod && e.key.toLowerCase() === 'a') {
        selectOnly(board.cards.map((c) => nodeId.card(c.id)));
      } else if (e.key === 'Enter' && cards.length === 1) {
        if (e.shiftKey) onOpenCard(cards[0]!);
        else setEditingCard(cards[0]!);
      } else if (e.key === 'Escape') {
        selectOnly([]);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx, board, selected, selectOnly, editingCardId, setEditingCard, onOpenCard]);
}
