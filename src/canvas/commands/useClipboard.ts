import { useEffect, useRef } from 'react';
import { addCard, deleteCards, transact } from '../../doc/index.ts';
import { nodeId, recordIdOf } from '../layout.ts';
import { MAX_PASTE_CHARS, parseClipboard, serializeCards } from './clipboard.ts';
import type { CommandScope } from './registry.ts';
import { keysBelongElsewhere } from './useCanvasCommands.ts';

/** Where pasted cards go: after the selected card, else into the first cell that takes cards. */
function pasteTarget(scope: CommandScope): { stageId: string; laneId: string; index?: number } | null {
  const selectedCard = [...scope.selected].find((id) => id.startsWith('card:'));
  const card = selectedCard && scope.board.cards.find((c) => c.id === recordIdOf(selectedCard));
  if (card) {
    const inCell = scope.board.cards.filter((c) => c.stageId === card.stageId && c.laneId === card.laneId);
    return { stageId: card.stageId, laneId: card.laneId, index: inCell.indexOf(card) + 1 };
  }
  const stage = scope.board.stages[0];
  const lane = scope.board.lanes.find((l) => l.kind !== 'emotion');
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

/**
 * Copy, cut and paste through the browser's clipboard events, so cards travel between boards
 * and tabs, and text pasted from elsewhere becomes cards. One paste is one undo step. Off while
 * the board is read-only.
 */
export function useClipboard(scope: CommandScope, notify: (message: string) => void, enabled: boolean): void {
  const latest = useRef(scope);
  useEffect(() => {
    latest.current = scope;
  });
  useEffect(() => {
    if (!enabled) return;
    const selectedCards = () => {
      const ids = new Set([...latest.current.selected].filter((id) => id.startsWith('card:')).map(recordIdOf));
      return latest.current.board.cards.filter((c) => ids.has(c.id));
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (keysBelongElsewhere(e.target)) return;
      const cards = selectedCards();
      if (cards.length === 0 || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', serializeCards(cards));
      e.preventDefault();
      if (cut) {
        deleteCards(latest.current.ctx, cards.map((c) => c.id));
        latest.current.selectOnly([]);
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (keysBelongElsewhere(e.target) || !e.clipboardData) return;
      const text = e.clipboardData.getData('text/plain');
      if (!text.trim()) return;
      e.preventDefault();
      const scope = latest.current;
      const target = pasteTarget(scope);
      if (!target) return notify('Add a stage and a lane first: pasted cards go into a cell.');
      const { cards, dropped, tooLarge } = parseClipboard(text);
      if (tooLarge) return notify(`That paste is too large (${text.length.toLocaleString()} characters). Paste at most ${MAX_PASTE_CHARS.toLocaleString()} at a time.`);
      const ids = transact(scope.ctx, () =>
        cards.map((card, i) => addCard(scope.ctx, { ...card, ...target, index: target.index === undefined ? undefined : target.index + i })),
      );
      scope.selectOnly(ids.map(nodeId.card));
      if (dropped > 0) notify(`Pasted the first ${cards.length} cards; ${dropped} more were left out.`);
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [notify, enabled]);
}
